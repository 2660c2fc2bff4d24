// Tests merge_catalog(), one rule of merge.h per test, on in-memory catalogs.
#include "merge/merge.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

#include "base/limits.h"

namespace xloc {
namespace {

Message msg(std::string id, std::string str = "", std::optional<std::string> ctxt = std::nullopt) {
  Message m;
  m.msgctxt = std::move(ctxt);
  m.msgid = std::move(id);
  m.msgstr = {std::move(str)};
  return m;
}

Message plural(std::string id, std::string id_plural, std::vector<std::string> strs) {
  Message m;
  m.msgid = std::move(id);
  m.msgid_plural = std::move(id_plural);
  m.msgstr = std::move(strs);
  return m;
}

Message header(std::string fields) {
  Message h;
  h.msgstr = {std::move(fields)};
  return h;
}

const char* const kPotHeader = "Project-Id-Version: demo\nPOT-Creation-Date: 2026-11-25 10:00+0000\n"
                               "Content-Type: text/plain; charset=UTF-8\n";
const char* const kPoHeader = "Project-Id-Version: demo 1.0\nPOT-Creation-Date: 2026-01-01 00:00+0000\n"
                              "Language: de\nContent-Type: text/plain; charset=UTF-8\n"
                              "Plural-Forms: nplurals=2; plural=(n != 1);\n";

Catalog pot(std::vector<Message> messages) {
  Catalog c;
  c.path = "demo.pot";
  c.messages.push_back(header(kPotHeader));
  for (auto& m : messages) c.messages.push_back(std::move(m));
  return c;
}

Catalog po(std::vector<Message> messages, const char* fields = kPoHeader) {
  Catalog c;
  c.path = "de.po";
  c.messages.push_back(header(fields));
  for (auto& m : messages) c.messages.push_back(std::move(m));
  return c;
}

MergeResult merged(const Catalog& t, const Catalog& c, const MergeOptions& o = {}, std::span<const Catalog> comp = {}) {
  auto r = merge_catalog(t, c, comp, o);
  EXPECT_TRUE(r) << (r ? "" : r.error().to_string());
  return r ? std::move(r).value() : MergeResult{};
}

const Message& find(const Catalog& c, std::string_view id, bool obsolete = false) {
  for (const Message& m : c.messages)
    if (m.msgid == id && m.obsolete == obsolete) return m;
  static const Message none = msg("<missing>");
  ADD_FAILURE() << "no message '" << id << "'";
  return none;
}

TEST(Merge, ExactMatchKeepsTranslationCommentsAndFlagsTakesTheRestFromTheTemplate) {
  Message t = msg("Open %s");
  t.extracted_comments = {"new note"};
  t.references = {"new.c:1"};
  t.flags = {"c-format"};
  Message d = msg("Open %s", "%s öffnen");
  d.translator_comments = {"checked by Anna"};
  d.extracted_comments = {"old note"};
  d.references = {"old.c:9"};
  d.flags = {"no-c-format", "ignore-c-format"};
  auto r = merged(pot({t}), po({d}));
  const Message& m = find(r.catalog, "Open %s");
  EXPECT_EQ(m.msgstr, std::vector<std::string>{"%s öffnen"});
  EXPECT_EQ(m.translator_comments, std::vector<std::string>{"checked by Anna"});
  EXPECT_EQ(m.extracted_comments, std::vector<std::string>{"new note"});
  EXPECT_EQ(m.references, std::vector<std::string>{"new.c:1"});
  EXPECT_EQ(m.flags, (std::vector<std::string>{"c-format", "ignore-c-format"}));
  EXPECT_FALSE(m.previous_msgid);
  EXPECT_EQ(r.stats.exact, 1u);
}

TEST(Merge, ExactMatchOfAFuzzyMessageKeepsFuzzyAndItsPreviousMsgid) {
  Message d = msg("Open files", "Dateien öffnen");
  d.flags = {"fuzzy"};
  d.previous_msgid = "Open file";
  auto r = merged(pot({msg("Open files")}), po({d}));
  const Message& m = find(r.catalog, "Open files");
  EXPECT_TRUE(m.is_fuzzy());
  EXPECT_EQ(m.previous_msgid, "Open file");
}

TEST(Merge, ContextIsPartOfTheKey) {
  auto r = merged(pot({msg("Open", "", "menu")}), po({msg("Open", "Offen", "state"), msg("Open", "Öffnen", "menu")}));
  EXPECT_EQ(r.catalog.messages[1].msgstr[0], "Öffnen");
  EXPECT_EQ(r.catalog.messages[1].msgctxt, "menu");
}

TEST(Merge, FuzzyMatchCopiesTheTranslationWithPreviousMsgidAndSimilarity) {
  auto r = merged(pot({msg("Open the selected files in a new window")}),
                  po({msg("Open the selected file in a new window", "Die gewählte Datei in einem neuen Fenster öffnen")}));
  const Message& m = find(r.catalog, "Open the selected files in a new window");
  EXPECT_TRUE(m.is_fuzzy());
  EXPECT_EQ(m.msgstr[0], "Die gewählte Datei in einem neuen Fenster öffnen");
  EXPECT_EQ(m.previous_msgid, "Open the selected file in a new window");
  EXPECT_EQ(m.translator_comments, std::vector<std::string>{"xloc: fuzzy match, similarity 98%"});
  EXPECT_EQ(r.stats.fuzzy, 1u);
  // The old message was used by the fuzzy match: not obsolete, as in msgmerge.
  EXPECT_EQ(r.catalog.messages.size(), 2u);
}

TEST(Merge, MessagesWithoutLettersAreNeverFuzzy) {
  auto r = merged(pot({msg("2025")}), po({msg("2012", "2012")}));
  EXPECT_TRUE(find(r.catalog, "2025").is_untranslated());
}

TEST(Merge, NoFuzzyOptionLeavesNewMessagesUntranslated) {
  MergeOptions o;
  o.fuzzy = false;
  auto r = merged(pot({msg("Open the selected files in a new window")}),
                  po({msg("Open the selected file in a new window", "Die gewählte Datei öffnen")}), o);
  const Message& m = find(r.catalog, "Open the selected files in a new window");
  EXPECT_TRUE(m.is_untranslated());
  EXPECT_FALSE(m.is_fuzzy());
  EXPECT_EQ(find(r.catalog, "Open the selected file in a new window", true).msgstr[0], "Die gewählte Datei öffnen");
}

TEST(Merge, FuzzyMatchesObsoleteMessagesAndCompendia) {
  Message old = msg("Remove the printer from the list", "Den Drucker aus der Liste entfernen");
  old.obsolete = true;
  Catalog compendium = po({msg("Rename the printer in the list of printers", "Den Drucker umbenennen")});
  auto r = merged(pot({msg("Remove the printers from the list"), msg("Rename the printers in the list of printers")}),
                  po({old}), {}, std::span<const Catalog>(&compendium, 1));
  EXPECT_EQ(find(r.catalog, "Remove the printers from the list").msgstr[0], "Den Drucker aus der Liste entfernen");
  EXPECT_EQ(find(r.catalog, "Rename the printers in the list of printers").msgstr[0], "Den Drucker umbenennen");
  EXPECT_EQ(r.stats.fuzzy, 2u);
}

TEST(Merge, ACompendiumFillsWhatTheCatalogLeftUntranslatedButNeverOverridesATranslation) {
  // A fresh `xloc init` catalog is all empty; the old catalog as compendium fills it.
  Catalog compendium = po({msg("Knee", "Knie"), msg("Hip", "Hüfte (alt)")});
  auto r = merged(pot({msg("Knee"), msg("Hip")}), po({msg("Knee"), msg("Hip", "Hüfte")}), {},
                  std::span<const Catalog>(&compendium, 1));
  EXPECT_EQ(find(r.catalog, "Knee").msgstr[0], "Knie");
  EXPECT_FALSE(find(r.catalog, "Knee").is_fuzzy());
  EXPECT_EQ(find(r.catalog, "Hip").msgstr[0], "Hüfte");
  EXPECT_EQ(r.stats.exact, 2u);
}

// A plural entry with only msgstr[1..] translated is the translator's work
// too: a compendium does not replace it (msgmerge counts it as translated),
// and it is not also kept as an obsolete entry with a live msgid, which
// gettext would refuse as a duplicate definition.
TEST(Merge, APartlyTranslatedPluralEntryIsNotReplacedByACompendium) {
  Catalog compendium = po({plural("%d file", "%d files", {"%d Datei", "%d Dateien (alt)"})});
  auto r = merged(pot({plural("%d file", "%d files", {"", ""})}), po({plural("%d file", "%d files", {"", "%d Dateien"})}),
                  {}, std::span<const Catalog>(&compendium, 1));
  EXPECT_EQ(find(r.catalog, "%d file").msgstr, (std::vector<std::string>{"", "%d Dateien"}));
  EXPECT_EQ(r.catalog.messages.size(), 2u);
}

TEST(Merge, NeverFuzzyMatchesACandidateWhosePlaceholdersTheMsgidLacks) {
  auto r = merged(pot({msg("See the printer settings for details")}),
                  po({msg("See the <_:link-1/> printer settings for details", "Siehe <_:link-1/> Druckereinstellungen")}));
  EXPECT_TRUE(find(r.catalog, "See the printer settings for details").is_untranslated());
  EXPECT_EQ(r.stats.rejected_by_placeholders, 1u);
  MergeOptions o;
  o.check_placeholders = false;
  EXPECT_TRUE(merged(pot({msg("See the printer settings for details")}),
                     po({msg("See the <_:link-1/> printer settings for details", "Siehe <_:link-1/>")}), o)
                  .catalog.messages[1].is_fuzzy());
}

TEST(Merge, TrivialEditsKeepTheTranslationWithoutFuzzyAndWithAReviewNote) {
  struct Case {
    const char* before;
    const char* after;
    const char* note;
  };
  const Case cases[] = {
      {"Open the  file browser", "Open the file browser", "xloc: trivial source change (whitespace), please review"},
      {"Click \"OK\" to go on", "Click \xE2\x80\x9COK\xE2\x80\x9D to go on",
       "xloc: trivial source change (quotes), please review"},
      {"Select the prefered printer", "Select the preferred printer", "xloc: trivial source change (typo), please review"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.after);
    auto r = merged(pot({msg(c.after)}), po({msg(c.before, "Übersetzung")}));
    const Message& m = find(r.catalog, c.after);
    EXPECT_FALSE(m.is_fuzzy());
    EXPECT_EQ(m.msgstr[0], "Übersetzung");
    EXPECT_EQ(m.translator_comments, std::vector<std::string>{c.note});
    EXPECT_EQ(m.previous_msgid, c.before);
    EXPECT_EQ(r.stats.trivial, 1u);
  }
}

TEST(Merge, CaseChangesAreFuzzyNotTrivial) {
  auto r = merged(pot({msg("Open the File Browser")}), po({msg("Open the file browser", "Dateibrowser öffnen")}));
  EXPECT_TRUE(r.catalog.messages[1].is_fuzzy());
}

TEST(Merge, MessagesThatLeftTheTemplateBecomeObsoleteWithTheirTranslations) {
  Message gone = msg("Gone", "Weg");
  gone.translator_comments = {"note"};
  auto r = merged(pot({msg("Stays")}), po({msg("Stays", "Bleibt"), gone, msg("Untranslated and gone")}));
  const Message& m = find(r.catalog, "Gone", true);
  EXPECT_EQ(m.msgstr[0], "Weg");
  EXPECT_EQ(m.translator_comments, std::vector<std::string>{"note"});
  EXPECT_EQ(r.stats.obsoleted, 1u);
  // An untranslated message without comments holds nothing and is dropped.
  EXPECT_EQ(r.catalog.messages.size(), 3u);
}

TEST(Merge, ObsoleteMessagesThatComeBackAreRevived) {
  Message old = msg("Back again", "Wieder da");
  old.obsolete = true;
  auto r = merged(pot({msg("Back again")}), po({old}));
  ASSERT_EQ(r.catalog.messages.size(), 2u);
  EXPECT_FALSE(r.catalog.messages[1].obsolete);
  EXPECT_EQ(r.catalog.messages[1].msgstr[0], "Wieder da");
  EXPECT_EQ(r.stats.revived, 1u);
}

TEST(Merge, PluralCountFollowsTheCatalogsNplurals) {
  const char* three = "Language: pl\nPlural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 ? 1 : 2);\n";
  auto r = merged(pot({plural("%d file", "%d files", {"", ""}), plural("%d dir", "%d dirs", {"", ""})}),
                  po({plural("%d file", "%d files", {"plik", "pliki"})}, three));
  EXPECT_EQ(find(r.catalog, "%d file").msgstr, (std::vector<std::string>{"plik", "pliki", ""}));
  EXPECT_EQ(find(r.catalog, "%d dir").msgstr.size(), 3u);
}

TEST(Merge, SingularPluralChangesAreFuzzyAndLoseNoForm) {
  auto r = merged(pot({plural("One file", "%d files", {"", ""}), msg("%d item")}),
                  po({msg("One file", "Eine Datei"), plural("%d item", "%d items", {"%d Element", "%d Elemente"})}));
  const Message& p = find(r.catalog, "One file");
  EXPECT_TRUE(p.is_fuzzy());
  EXPECT_EQ(p.msgstr, (std::vector<std::string>{"Eine Datei", "Eine Datei"}));
  const Message& s = find(r.catalog, "%d item");
  EXPECT_TRUE(s.is_fuzzy());
  EXPECT_EQ(s.msgstr, std::vector<std::string>{"%d Element"});
  EXPECT_EQ(s.translator_comments, std::vector<std::string>{"xloc: dropped plural form [1]: %d Elemente"});
}

// Plural -> singular under another msgid (a fuzzy match): the new entry
// gets msgstr[0] to review, the old plural entry stays as obsolete with
// every form. msgmerge drops msgstr[1..].
TEST(Merge, AFuzzyPluralToSingularMatchKeepsTheOldPluralEntryAsObsolete) {
  const char* three = "Language: pl\nPlural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 ? 1 : 2);\n";
  Message old = plural("One file was deleted", "%d files were deleted",
                       {"Usunięto jeden plik", "Usunięto %d pliki", "Usunięto %d plików"});
  old.translator_comments = {"checked by Ola"};
  auto r = merged(pot({msg("One file was deleted.")}), po({old}, three));
  const Message& now = find(r.catalog, "One file was deleted.");
  EXPECT_TRUE(now.is_fuzzy());
  EXPECT_EQ(now.msgstr, std::vector<std::string>{"Usunięto jeden plik"});
  EXPECT_EQ(now.previous_msgid, "One file was deleted");
  EXPECT_EQ(now.previous_msgid_plural, "%d files were deleted");
  EXPECT_EQ(now.translator_comments, (std::vector<std::string>{"checked by Ola", "xloc: fuzzy match, similarity 97%"}));
  Message kept = old;
  kept.obsolete = true;
  EXPECT_EQ(find(r.catalog, "One file was deleted", true), kept);
  EXPECT_EQ(r.stats.fuzzy, 1u);
  EXPECT_EQ(r.stats.obsoleted, 1u);
}

TEST(Merge, AnObsoletePluralEntryFuzzyMatchedOntoASingularStaysObsolete) {
  Message old = plural("%d item was removed", "%d items were removed", {"%d Element entfernt", "%d Elemente entfernt"});
  old.obsolete = true;
  auto r = merged(pot({msg("%d item was removed.")}), po({old}));
  EXPECT_EQ(find(r.catalog, "%d item was removed.").msgstr, std::vector<std::string>{"%d Element entfernt"});
  EXPECT_EQ(find(r.catalog, "%d item was removed", true), old);
  EXPECT_EQ(r.stats.obsoleted, 0u);  // it was obsolete already
}

// A plural message that an exact match keeps plural holds every form; its
// fuzzy use for a singular elsewhere needs no obsolete copy (which would
// repeat a live msgid).
TEST(Merge, NoObsoleteCopyOfAPluralEntryThatStaysInTheTemplate) {
  auto r = merged(pot({plural("%d file was deleted", "%d files were deleted", {"", ""}), msg("%d file was deleted.")}),
                  po({plural("%d file was deleted", "%d files were deleted", {"%d Datei gelöscht", "%d Dateien gelöscht"})}));
  EXPECT_EQ(find(r.catalog, "%d file was deleted").msgstr,
            (std::vector<std::string>{"%d Datei gelöscht", "%d Dateien gelöscht"}));
  EXPECT_TRUE(find(r.catalog, "%d file was deleted.").is_fuzzy());
  for (const Message& m : r.catalog.messages) EXPECT_FALSE(m.obsolete) << m.msgid;
}

// Same msgid, plural -> singular -> plural: the forms ride in notes (gettext
// allows no obsolete entry beside a live one with the same msgid) and come
// back, fuzzy, when the plural does.
TEST(Merge, PluralFormsComeBackWhenTheSameMsgidBecomesPluralAgain) {
  const char* three = "Language: pl\nPlural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 ? 1 : 2);\n";
  auto first = merged(pot({msg("%d file")}), po({plural("%d file", "%d files", {"%d plik", "%d pliki", "%d plików"})}, three));
  Message singular = find(first.catalog, "%d file");
  EXPECT_EQ(singular.msgstr, std::vector<std::string>{"%d plik"});
  EXPECT_EQ(singular.translator_comments,
            (std::vector<std::string>{"xloc: dropped plural form [1]: %d pliki", "xloc: dropped plural form [2]: %d plików"}));
  EXPECT_EQ(first.catalog.messages.size(), 2u);  // no obsolete duplicate: msgfmt would refuse the file
  // The translator reviews msgstr[0] and removes `fuzzy`; the plural returns.
  singular.flags.clear();
  singular.translator_comments.insert(singular.translator_comments.begin(), "reviewed");
  auto second = merged(pot({plural("%d file", "%d files", {"", ""})}), po({singular}, three));
  const Message& back = find(second.catalog, "%d file");
  EXPECT_EQ(back.msgstr, (std::vector<std::string>{"%d plik", "%d pliki", "%d plików"}));
  EXPECT_TRUE(back.is_fuzzy());
  EXPECT_EQ(back.translator_comments, std::vector<std::string>{"reviewed"});
}

TEST(Merge, FormsBeyondTheCatalogsNpluralsAreNotLost) {
  auto r = merged(pot({plural("%d file", "%d files", {"", ""}), msg("%d dir.")}),
                  po({plural("%d file", "%d files", {"a", "b", "c"}), plural("%d dir", "%d dirs", {"x", "y", "z"})}));
  const Message& same = find(r.catalog, "%d file");  // exact: the extra form goes into a note
  EXPECT_EQ(same.msgstr, (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(same.is_fuzzy());
  EXPECT_EQ(same.translator_comments, std::vector<std::string>{"xloc: dropped plural form [2]: c"});
  EXPECT_EQ(find(r.catalog, "%d dir", true).msgstr, (std::vector<std::string>{"x", "y", "z"}));  // fuzzy: kept obsolete
}

// One limit for all of xloc (base/limits.h): a Plural-Forms above it counts
// as no Plural-Forms at all (2 forms) rather than making that many msgstr.
TEST(Merge, NpluralsUpToTheLimitAreUsedAboveItTheDefaultOfTwo) {
  for (unsigned long n : {limits::kMaxPluralForms, limits::kMaxPluralForms + 1}) {
    const std::string fields = "Language: de\nPlural-Forms: nplurals=" + std::to_string(n) + "; plural=n;\n";
    auto r = merged(pot({plural("%d file", "%d files", {"", ""})}), po({}, fields.c_str()));
    EXPECT_EQ(find(r.catalog, "%d file").msgstr.size(), n <= limits::kMaxPluralForms ? n : 2u) << n;
  }
}

TEST(Merge, HeaderIsTheCatalogsWithTheTemplatesCreationDate) {
  auto r = merged(pot({}), po({}));
  EXPECT_EQ(r.catalog.messages[0].msgstr[0],
            "Project-Id-Version: demo 1.0\nPOT-Creation-Date: 2026-11-25 10:00+0000\nLanguage: de\n"
            "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n");
}

TEST(Merge, StaleFuzzyNotesGoOnceTheTranslatorHasReviewed) {
  Message d = msg("Open files", "Dateien öffnen");
  d.translator_comments = {"xloc: fuzzy match, similarity 90%", "keep me"};
  auto r = merged(pot({msg("Open files")}), po({d}));
  EXPECT_EQ(r.catalog.messages[1].translator_comments, std::vector<std::string>{"keep me"});
}

TEST(Merge, RefusesATemplateWithTranslations) {
  Message t = msg("Open", "Öffnen");
  t.msgstr_location = {"demo.pot", 7, 8};
  auto r = merge_catalog(pot({t}), po({}));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "template-has-translations");
  EXPECT_EQ(r.error().to_string().substr(0, 18), "demo.pot:7:8: erro");
}

MergeOptions without_fuzzy() {
  MergeOptions o;
  o.fuzzy = false;
  return o;
}

// Project-Id-Version is informational (msgmerge never compares it): the
// headers of GNOME help's real catalogs.
TEST(Merge, NeverComparesProjectIdVersion) {
  Catalog t = pot({msg("Open")});
  t.messages[0].msgstr[0] = "Project-Id-Version: gnome-help\n";
  for (const char* id : {"gnome-user-docs master", "GNOME User Documentation 3.2", "gnome-help.master",
                         "user-guide.docs", ""}) {
    SCOPED_TRACE(id);
    Catalog c = po({msg("Open", "Öffnen")}, "");
    c.messages[0].msgstr[0] = std::string("Project-Id-Version: ") + id + "\nLanguage: de\n";
    auto r = merged(t, c);
    EXPECT_EQ(r.catalog.messages[1].msgstr[0], "Öffnen");
    EXPECT_TRUE(r.warnings.empty());
  }
}

// The warning for another package's template is about messages, not headers.
TEST(Merge, WarnsWhenAlmostNoMessageIsInTheTemplate) {
  std::vector<Message> catalog_messages, template_messages;
  for (int i = 0; i < 40; ++i) catalog_messages.push_back(msg("catalog text " + std::to_string(i), "Text"));
  template_messages.push_back(msg("catalog text 0"));
  for (int i = 0; i < 40; ++i) template_messages.push_back(msg("another package " + std::to_string(i)));
  Catalog c = po(catalog_messages);
  c.messages[0].location = {"de.po", 1, 1};
  auto r = merged(pot(template_messages), c, without_fuzzy());
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].code, "few-messages-in-common");
  EXPECT_EQ(r.warnings[0].to_string(),
            "de.po:1:1: warning: only 1 of the catalog's 40 translated messages are in the template: is it the "
            "template of another package?");
  // Two in common of 40 is 1 in 20: a template that changed a lot, no warning.
  template_messages.push_back(msg("catalog text 1"));
  EXPECT_TRUE(merged(pot(template_messages), c, without_fuzzy()).warnings.empty());
  // A small catalog says too little to warn.
  catalog_messages.resize(10);
  EXPECT_TRUE(merged(pot({msg("another")}), po(catalog_messages)).warnings.empty());
}

// As msgmerge: a new message with nothing to offer keeps the note the
// template's author left for translators; a matched one keeps the
// translator's own comments.
TEST(Merge, TemplateTranslatorCommentsReachNewMessages) {
  Message fresh = msg("Quit the program");
  fresh.translator_comments = {"Leave the product name in English."};
  Message open = msg("Open");
  open.translator_comments = {"a template note"};
  Message translated = msg("Open", "Öffnen");
  translated.translator_comments = {"the translator's"};
  auto r = merged(pot({open, fresh}), po({translated}));
  EXPECT_EQ(r.catalog.messages[1].translator_comments, std::vector<std::string>{"the translator's"});
  EXPECT_EQ(r.catalog.messages[2].translator_comments, std::vector<std::string>{"Leave the product name in English."});
}

TEST(Merge, ObsoleteEntriesLoseExtractedCommentsAndReferences) {
  Message gone = msg("Retired sentence", "Ausgemustert");
  gone.translator_comments = {"kept"};
  gone.extracted_comments = {"an old note"};
  gone.references = {"old.page:3"};
  gone.flags = {"c-format"};
  auto r = merged(pot({}), po({gone}));
  ASSERT_EQ(r.catalog.messages.size(), 2u);
  const Message& m = r.catalog.messages[1];
  EXPECT_TRUE(m.obsolete);
  EXPECT_EQ(m.translator_comments, std::vector<std::string>{"kept"});
  EXPECT_TRUE(m.extracted_comments.empty());
  EXPECT_TRUE(m.references.empty());
  EXPECT_EQ(m.flags, std::vector<std::string>{"c-format"});
}

// msgmerge never turns a msgfmt -c clean catalog into one that fails it.
TEST(Merge, ANewFormatFlagTheTranslationFailsMakesItFuzzy) {
  Message t = msg("%s files");
  t.flags = {"c-format"};
  auto r = merged(pot({t, msg("plain")}), po({msg("%s files", "%d Dateien"), msg("plain", "schlicht")}));
  EXPECT_EQ(r.catalog.messages[1].flags, (std::vector<std::string>{"fuzzy", "c-format"}));
  EXPECT_FALSE(r.catalog.messages[1].previous_msgid) << "an exact match has no previous msgid";
  EXPECT_FALSE(r.catalog.messages[2].is_fuzzy());
  Message ok = msg("%s files", "%s Dateien");
  EXPECT_EQ(merged(pot({t}), po({ok})).catalog.messages[1].flags, std::vector<std::string>{"c-format"});
}

// A reference with translations (msgmerge def.po ref.po): msgstrs ignored.
TEST(Merge, AReferenceWithTranslationsIsUsedAsATemplate) {
  Message t = msg("Open", "Ouvrir");
  t.msgstr_location = {"ref.po", 9, 8};
  auto r = merge_catalog(pot({t, msg("Close", "Fermer")}), po({msg("Open", "Öffnen")}));
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(r->catalog.messages[1].msgstr[0], "Öffnen");
  EXPECT_TRUE(r->catalog.messages[2].is_untranslated());
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0].to_string(),
            "ref.po:9:8: warning: the template has translations; they are ignored, as msgmerge ignores a "
            "reference's msgstrs");
}

// Whatever the template, every non-empty translation of the input is in the
// output, active or obsolete.
TEST(Merge, InvariantNoTranslationIsLostOnRandomCatalogs) {
  std::mt19937 rng(7);
  const char* words[] = {"open", "close", "file", "window", "print", "page", "the", "a", "new", "old", "save"};
  auto text = [&] {
    std::string s;
    for (int i = 0, n = 2 + static_cast<int>(rng() % 6); i < n; ++i) s += std::string(i ? " " : "") + words[rng() % 11];
    return s;
  };
  for (int round = 0; round < 50; ++round) {
    std::vector<Message> old_messages, new_messages;
    std::set<std::string> seen_old, seen_new;
    for (int i = 0; i < 40; ++i) {
      std::string id = text();
      if (!seen_old.insert(id).second) continue;
      Message m = msg(id, rng() % 3 ? "T:" + id : "");
      m.obsolete = rng() % 5 == 0;
      if (rng() % 4 == 0) m.flags = {"fuzzy"};
      old_messages.push_back(m);
    }
    for (int i = 0; i < 40; ++i) {
      std::string id = text();
      if (seen_new.insert(id).second) new_messages.push_back(msg(id));
    }
    MergeOptions o;
    o.fuzzy = round % 2 == 0;
    auto r = merged(pot(new_messages), po(old_messages), o);
    std::multiset<std::string> out;
    for (const Message& m : r.catalog.messages) out.insert(m.msgstr.begin(), m.msgstr.end());
    for (const Message& m : old_messages)
      if (!m.msgstr[0].empty()) {
        EXPECT_TRUE(out.count(m.msgstr[0])) << m.msgstr[0];
      }
  }
}

}  // namespace
}  // namespace xloc
