// Tests of the check runner (src/check/check_catalog.cpp), the registry
// (src/check/registry.cpp) and the catalog-level checks: plural-count,
// plural-forms-cldr, inconsistent, fuzzy, untranslated.
#include <gtest/gtest.h>

#include <set>

#include "check/check.h"
#include "check/check_catalog.h"
#include "unit/check/check_test_support.h"

namespace xloc::test {
namespace {

using Strings = std::vector<std::string>;

TEST(CheckRegistry, IdsAreUniqueLowerCaseHyphenated) {
  std::set<std::string_view> ids;
  for (const CheckInfo& info : check_registry()) {
    EXPECT_TRUE(ids.insert(info.id).second) << info.id;
    for (char c : info.id) EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '-') << info.id;
    EXPECT_FALSE(info.title.empty());
  }
  for (const char* id : {"syntax", "encoding", "language-header", "plural-forms-cldr", "plural-count", "c-format",
                         "python-format", "icu-syntax", "icu-plural-categories", "markup", "bidi-control",
                         "mixed-script", "script", "same-as-source", "numbers", "whitespace", "end-punctuation",
                         "normalization"})
    EXPECT_TRUE(find_check(id)) << id;
  EXPECT_EQ(find_check("bidi-control")->severity, Severity::kError);
  EXPECT_EQ(find_check("mixed-script")->severity, Severity::kWarning);
  EXPECT_FALSE(find_check("nonsense"));
  EXPECT_EQ(suggest_check("c-fromat"), "c-format");
}

TEST(CheckCatalog, IgnoreFlagSilencesOneCheckForOneMessage) {
  Catalog c = make_catalog("de", {{"%d files", "%s Dateien", {"c-format"}}, {"%d files.", "%s Dateien", {"c-format", "ignore-c-format"}}});
  EXPECT_EQ(run_check("c-format", c),
            Strings{"10: error: argument 1 is '%d' (int) in the source but '%s' (string) in the translation"});
}

TEST(CheckCatalog, DisabledChecksDoNotRunAndOutputIsSorted) {
  Catalog c = make_catalog("de", {{"Save the file.", "Speichern  Sie die Datei"}});
  CheckOptions options;
  auto all = check_catalog(c, options);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].to_string(), "test.po:10:8: warning: the source ends with a full stop but the translation with no punctuation [end-punctuation]");
  EXPECT_EQ(all[1].check, "repeated-spaces");
  options.disabled = {"end-punctuation"};
  EXPECT_EQ(check_catalog(c, options).size(), 1u);
}

TEST(CheckCatalog, FuzzyAndUntranslatedAreCountedAsInfo) {
  Catalog c = make_catalog("de", {{"A", "B"}, {"C", ""}, {"D", "E", {"fuzzy"}}, {"F", ""}});
  EXPECT_EQ(run_check("untranslated", c), Strings{"1: info: 2 of 4 messages are untranslated (the first at line 20)"});
  EXPECT_EQ(run_check("fuzzy", c), Strings{"1: info: 1 of 4 messages is fuzzy (the first at line 30)"});
  // Fuzzy messages are not checked otherwise.
  c.messages[3].msgstr = {"E  "};
  EXPECT_EQ(run_check("whitespace", c), Strings{});
}

TEST(CheckCatalog, PluralCount) {
  Row plural{"One file", "", {}, "%d files", {"Datei", "Dateien", "Dateien"}};
  EXPECT_EQ(run_check("plural-count", make_catalog("de", {plural})),
            Strings{"10: error: plural message has 3 msgstr forms but Plural-Forms says nplurals=2"});
  plural.plural_translations = {"Datei", "Dateien"};
  EXPECT_EQ(run_check("plural-count", make_catalog("de", {plural})), Strings{});
  EXPECT_EQ(run_check("plural-count", make_catalog("de", {plural}, "")),
            Strings{"1: error: the catalog has plural messages but no Plural-Forms header"});
}

TEST(CheckCatalog, PluralFormsDisagreeingWithCldr) {
  Row plural{"One file", "", {}, "%d files", {"Dosya"}};
  EXPECT_EQ(run_check("plural-forms-cldr", make_catalog("tr", {plural}, "nplurals=1; plural=0;")),
            Strings{"1: error: Plural-Forms has nplurals=1 but CLDR's tr has 2 forms for 0..10000 (one, other); "
                    "a header that agrees: 'Plural-Forms: nplurals=2; plural=(n != 1);'"});
  EXPECT_EQ(run_check("plural-forms-cldr", make_catalog("tr", {{"File", "Dosya"}}, "nplurals=1; plural=0;")),
            Strings{"1: warning: Plural-Forms has nplurals=1 but CLDR's tr has 2 forms for 0..10000 (one, other); "
                    "a header that agrees: 'Plural-Forms: nplurals=2; plural=(n != 1);'"});
  plural.plural_translations = {"a", "b"};
  EXPECT_EQ(run_check("plural-forms-cldr", make_catalog("hi", {plural}, "nplurals=2; plural=(n != 1);")),
            Strings{"1: error: Plural-Forms puts n=0 in msgstr[1] but CLDR's hi puts it in 'one' (msgstr[0]); "
                    "a header that agrees: 'Plural-Forms: nplurals=2; plural=((n == 0 || n == 1) ? 0 : 1);'"});
  EXPECT_EQ(run_check("plural-forms-cldr", make_catalog("de", {plural}, "nplurals=2; plural=(n != 1);")), Strings{});
  // CLDR's French "many" starts at 1000000: two forms agree on 0..10000.
  EXPECT_EQ(run_check("plural-forms-cldr", make_catalog("fr", {plural}, "nplurals=2; plural=(n > 1);")), Strings{});
  EXPECT_EQ(run_check("plural-forms-cldr", make_catalog("fr", {plural}, "nplurals=2; plural=(n != 1);")),
            Strings{"1: error: Plural-Forms puts n=0 in msgstr[1] but CLDR's fr puts it in 'one' (msgstr[0]); "
                    "a header that agrees: 'Plural-Forms: nplurals=3; plural=((n == 0 || n == 1) ? 0 : n != 0 && "
                    "n % 1000000 == 0 ? 1 : 2);'"});
  // pt is Brazilian in CLDR (0 and 1 are 'one'); pt_PT is not.
  EXPECT_EQ(run_check("plural-forms-cldr", make_catalog("pt_PT", {plural}, "nplurals=2; plural=(n != 1);")), Strings{});
  const Row ru{"One file", "", {}, "%d files", {"a", "b", "c"}};
  EXPECT_EQ(run_check("plural-forms-cldr",
                      make_catalog("ru", {ru}, "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
                                               "(n%100<10 || n%100>=20) ? 1 : 2);")),
            Strings{});
}

// msgfmt -c refuses a Plural-Forms that does not parse, plural messages or
// not: an error that says what is wrong where, and what would be right.
TEST(CheckCatalog, UnparsablePluralFormsIsAnError) {
  const std::string agrees =
      "; a header that agrees with CLDR's fr: 'Plural-Forms: nplurals=3; plural=((n == 0 || n == 1) ? 0 : n != 0 "
      "&& n % 1000000 == 0 ? 1 : 2);'";
  const Row plural{"One file", "", {}, "%d files", {"a", "b"}};
  for (const Catalog& c : {make_catalog("fr", {plural}, "nplurals=2; plural=n>;"),
                           make_catalog("fr", {{"File", "Fichier"}}, "nplurals=2; plural=n>;")}) {
    EXPECT_EQ(run_check("plural-forms-cldr", c),
              Strings{"1: error: Plural-Forms 'nplurals=2; plural=n>;' is not valid: expected an operand at the end "
                      "of the expression at column 22 of its value near ';'" + agrees});
    // Said once, by plural-forms-cldr.
    EXPECT_EQ(run_check("plural-count", c), Strings{});
  }
  EXPECT_EQ(run_check("plural-forms-cldr", make_catalog("fr", {plural}, "nplurals=1000; plural=0;")),
            Strings{"1: error: Plural-Forms 'nplurals=1000; plural=0;' is not valid: 'nplurals' is 1000; xloc "
                    "accepts at most 100 plural forms at column 10 of its value near '1000'" + agrees});
}

TEST(CheckCatalog, InconsistentTranslationsOfOneSource) {
  Catalog c = make_catalog("de", {{"Open", "Öffnen"}, {"Open", "Aufmachen"}});
  c.messages[2].msgctxt = "menu";
  EXPECT_EQ(run_check("inconsistent", c), Strings{"20: warning: translated as 'Aufmachen' here but as 'Öffnen' at line 10"});
}

TEST(CheckCatalog, CatalogsAreCheckedInParallelInInputOrder) {
  std::vector<Catalog> catalogs;
  for (int i = 0; i < 6; ++i) {
    catalogs.push_back(make_catalog("de", {{"Save.", i % 2 ? "Speichern" : "Speichern."}}));
    catalogs.back().path = "c" + std::to_string(i) + ".po";
  }
  CheckOptions options;
  options.jobs = 3;
  const CheckRun run = check_catalogs(catalogs, options);
  ASSERT_EQ(run.catalogs.size(), 6u);
  for (int i = 0; i < 6; ++i) {
    EXPECT_EQ(run.catalogs[i].file, "c" + std::to_string(i) + ".po");
    EXPECT_EQ(run.catalogs[i].count(Severity::kWarning), i % 2 ? 1u : 0u);
  }
  EXPECT_FALSE(run.failed(false));
  EXPECT_TRUE(run.failed(true));
}

// A big catalog is checked in chunks of messages on several threads; the
// diagnostics must be exactly those of one thread, in the same order,
// including the catalog-wide ones (inconsistent, normalization) whose
// messages lie in different chunks.
TEST(CheckCatalog, ChunksOfOneCatalogGiveTheOutputOfOneThread) {
  std::vector<Row> rows;
  for (int i = 0; i < 12000; ++i) {
    const std::string n = std::to_string(i);
    switch (i % 6) {
      case 0: rows.push_back({"Save file " + n + ".", "Datei " + n + " speichern"}); break;    // end-punctuation
      case 1: rows.push_back({"Open", i % 12 == 1 ? "Öffnen" : "Aufmachen"}); break;          // inconsistent
      case 2: rows.push_back({"Cafe " + n, "Cafe\u0301 " + n}); break;                         // normalization
      case 3: rows.push_back({"%d of %s " + n, "%s von %s " + n, {"c-format"}}); break;         // c-format
      case 4: rows.push_back({"Close " + n, "Schließen " + n + " (", {"ignore-brackets"}}); break;
      default: rows.push_back({"Quit " + n, "Beenden  " + n}); break;                            // repeated-spaces
    }
  }
  const Catalog catalog = make_catalog("de", rows);
  CheckOptions one;
  one.jobs = 1;
  const std::vector<Diagnostic> expected = check_catalog(catalog, one);
  ASSERT_GT(expected.size(), 6000u);  // 2000 each but normalization, once
  for (unsigned jobs : {2u, 3u, 8u, 0u}) {
    CheckOptions many;
    many.jobs = jobs;
    EXPECT_EQ(check_catalog(catalog, many), expected) << jobs << " jobs";
  }
}

}  // namespace
}  // namespace xloc::test
