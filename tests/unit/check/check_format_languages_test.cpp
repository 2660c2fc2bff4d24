// Tests of the format checks of the languages beyond C and Python's %
// (src/check/format_*.cpp, one table per language): what each reads as an
// argument, what makes a string invalid, and the sentence it reports.
// tests/oracle/format_msgfmt_test.cpp checks the verdicts against msgfmt.
#include "check/check.h"
#include "check/format_languages.h"
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

using Strings = std::vector<std::string>;
Strings flag(const char* f) { return {f}; }

TEST(CheckFormatLanguages, EveryLanguageIsACheckNamedByItsFlag) {
  for (const FormatLanguage& language : kFormatLanguages) {
    ASSERT_TRUE(xloc::find_check(language.flag)) << language.flag;
    EXPECT_EQ(xloc::find_check(language.flag)->severity, xloc::Severity::kError);
  }
}

TEST(CheckFormatLanguages, PythonBrace) {
  const auto f = flag("python-brace-format");
  expect_table("python-brace-format", {
      {"fr", {"Copied {name} to {dir}", "{dir} reçoit {name}", f}, {}},
      {"fr", {"{0} of {1}", "{1} sur {0}", f}, {}},
      {"fr", {"{{literal}} {x}", "{{littéral}} {x}", f}, {}},
      {"fr", {"{name}", "{nom}", f}, {"'{nom}' in the translation has no argument 'nom' in the source"}},
      {"fr", {"{count} files", "fichiers", f}, {"argument 'count' ('{count}') of the source is missing from the translation"}},
      {"fr", {"{size:>10}", "{size}", f}, {"'{size}' in the translation has no argument 'size' in the source"}},
      {"fr", {"{w:{width}}", "{w:{width}}", f}, {}},
      {"fr", {"{a.b[0]}", "{a.b[0]}", f}, {}},
      {"fr", {"{x}", "{x", f}, {"invalid format directive '{x': the field is not closed in the translation"}},
      {"fr", {"{x!r}", "a", f},  // not a format string: a warning (below), nothing compared
       {"the source is not a valid python-brace-format string: invalid format directive '{x!': unexpected character in the field"}},
      {"fr", {"{name}", "{name}"}, {}},  // not flagged
  });
  EXPECT_EQ(run_check("python-brace-format", make_catalog("fr", {{"{x!r}", "a", f}})),
            Strings{"10: warning: the source is not a valid python-brace-format string: invalid format directive "
                    "'{x!': unexpected character in the field"});
}

TEST(CheckFormatLanguages, NamedPlaceholders) {
  expect_table("perl-brace-format", {
      {"de", {"{count} files in {dir}", "{dir}: {count} Dateien", flag("perl-brace-format")}, {}},
      {"de", {"{count} files", "Dateien {extra}", flag("perl-brace-format")},
       {"argument 'count' ('{count}') of the source is missing from the translation"}},
      {"de", {"{count}", "{count} {new}", flag("perl-brace-format")}, {}},  // __x ignores unknown names
  });
  expect_table("sh-format", {
      {"de", {"Cannot open $file", "Kann ${file} nicht öffnen", flag("sh-format")}, {}},
      {"de", {"$file", "$datei", flag("sh-format")}, {"'$datei' in the translation has no argument 'datei' in the source"}},
      {"de", {"$file", "$1", flag("sh-format")},
       {"invalid format directive '$1': a positional parameter differs inside a shell function in the translation"}},
  });
  expect_table("ruby-format", {
      {"de", {"Hello %{user}", "Hallo %{user}", flag("ruby-format")}, {}},
      {"de", {"%<n>d items", "%<n>s Elemente", flag("ruby-format")},
       {"argument 'n' is '%<n>d' (integer) in the source but '%<n>s' (string) in the translation"}},
      {"de", {"%s and %d", "%2$d und %1$s", flag("ruby-format")}, {}},
  });
}

TEST(CheckFormatLanguages, NumberedMarkers) {
  expect_table("qt-format", {
      {"de", {"Copying %1 of %2", "Kopiere %1 von %2", flag("qt-format")}, {}},
      {"de", {"%1 of %2", "%1", flag("qt-format")}, {"argument 2 ('%2') of the source is missing from the translation"}},
      {"de", {"100% of %1", "100 % von %1", flag("qt-format")}, {}},
      {"de", {"%1", "%L1", flag("qt-format")},
       {"the source uses only simple markers, but the translation has %L or a two-digit number"}},
      {"de", {"%L1", "%1", flag("qt-format")}, {}},
  });
  expect_table("qt-plural-format", {
      {"de", {"%n files", "%Ln Dateien", flag("qt-plural-format")}, {}},
      {"de", {"%n files", "Dateien", flag("qt-plural-format")},
       {"argument n ('%n') of the source is missing from the translation"}},
  });
  expect_table("kde-format", {
      {"de", {"%1 of %2", "%2 von %1", flag("kde-format")}, {}},
      {"de", {"%1 %3", "%1 %3", flag("kde-format")}, {}},  // one number may be skipped
      {"de", {"%1 %2 %3", "%3", flag("kde-format")},
       {"invalid format directive '%3': the string uses argument 3 but skips arguments 1, 2 in the translation"}},
  });
  expect_table("boost-format", {
      {"de", {"Saved %1% in %2%", "%2%: %1% gespeichert", flag("boost-format")}, {}},
      {"de", {"%|1$5s| items", "%1% Elemente", flag("boost-format")}, {}},
      {"de", {"%d items", "%s Elemente", flag("boost-format")},
       {"argument 1 is '%d' (integer) in the source but '%s' (string) in the translation"}},
  });
}

TEST(CheckFormatLanguages, BraceItems) {
  expect_table("csharp-format", {
      {"de", {"Page {0} of {1}", "Seite {0} von {1}", flag("csharp-format")}, {}},
      {"de", {"{0} {1}", "{1}", flag("csharp-format")}, {}},  // .NET compares the array's length
      {"de", {"Page {0}", "Seite {0} von {1}", flag("csharp-format")},
       {"the source takes 1 argument but the translation 2"}},
      {"de", {"{0,-5:N2}", "{0:N1}", flag("csharp-format")}, {}},
      {"de", {"{0}", "{0} }", flag("csharp-format")},
       {"invalid format directive '}': a lone '}' (write '}}' for a brace) in the translation"}},
  });
  expect_table("java-format", {
      {"de", {"Saved {0} on {1,date}", "Am {1,date} {0} gespeichert", flag("java-format")}, {}},
      {"de", {"{0,date}", "{0,time,short}", flag("java-format")}, {}},
      {"de", {"{0,date}", "{0,number}", flag("java-format")},
       {"argument 0 is '{0,date}' (date) in the source but '{0,number}' (number) in the translation"}},
      {"de", {"'{0}' is literal, {1} is not", "{1} ist es nicht", flag("java-format")}, {}},
      {"de", {"{0,choice,0#none|1#{1} one}", "{0,choice,0#keine|1#eine}", flag("java-format")},
       {"argument 1 ('{1}') of the source is missing from the translation"}},
  });
}

TEST(CheckFormatLanguages, PrintfFamilies) {
  expect_table("lua-format", {
      {"de", {"%d of %s", "%d von %s", flag("lua-format")}, {}},
      {"de", {"%d", "%s", flag("lua-format")}, {"argument 1 is '%d' (integer) in the source but '%s' (string) in the translation"}},
      {"de", {"%d", "%-5d", flag("lua-format")}, {"invalid format directive '%-': unknown conversion '-' in the translation"}},
  });
  expect_table("php-format", {
      {"de", {"%s of %d", "%2$d von %1$s", flag("php-format")}, {}},
      {"de", {"%d", "%c", flag("php-format")}, {"argument 1 is '%d' (integer) in the source but '%c' (character) in the translation"}},
  });
  expect_table("javascript-format", {
      {"de", {"%s of %d", "%2$d von %1$s", flag("javascript-format")}, {}},
      {"de", {"%j", "%s", flag("javascript-format")}, {"argument 1 is '%j' (any) in the source but '%s' (string) in the translation"}},
  });
  expect_table("java-printf-format", {
      {"de", {"%s in %d s", "%2$d s: %1$s", flag("java-printf-format")}, {}},
      {"de", {"%tY", "%tm", flag("java-printf-format")}, {}},
      {"de", {"%s", "%d", flag("java-printf-format")}, {"argument 1 is '%s' (general) in the source but '%d' (integer) in the translation"}},
  });
  expect_table("objc-format", {
      {"de", {"Deleted %@", "%@ gelöscht", flag("objc-format")}, {}},
      {"de", {"Deleted %@", "Gelöscht", flag("objc-format")}, {"argument 1 ('%@') of the source is missing from the translation"}},
  });
}

}  // namespace
}  // namespace xloc::test
