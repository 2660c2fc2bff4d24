// Property: updating a catalog never loses a non-empty translation, not
// even one plural form. For random templates and catalogs that share part
// of their messages (some msgids slightly edited, some gone, some new,
// some turned from singular to plural or back), every non-empty msgstr[N]
// of the catalog is still a msgstr of the result: kept, revived, carried
// into a fuzzy match, or kept in an obsolete entry. The one exception is
// gettext's: where the template keeps a msgid but drops its plural, no
// second entry with that msgid may exist, so forms [1..] live in the new
// entry's "xloc: dropped plural form [N]" notes; the test reads those too,
// and checks that they are on a live entry with that very msgid. The merged
// catalog is sorted and written with random layout options, and read back.
#include <gtest/gtest.h>

#include <set>

#include "catalog/catalog_layout.h"
#include "catalog/po_reader.h"
#include "catalog/po_writer.h"
#include "merge/merge.h"
#include "merge/plural_shape.h"
#include "property/random_catalog.h"

namespace xloc {
namespace {

Catalog template_from(test::RandomText& r, const Catalog& catalog) {
  Catalog t = test::random_catalog(r, {.messages = 10, .nplurals = 2, .is_template = true});
  for (const Message& m : catalog.messages) {
    if (m.is_header() || m.obsolete || r.chance(30)) continue;  // ~30% leave the template
    Message tm = m;
    tm.msgstr.assign(m.is_plural() ? 2 : 1, std::string());
    tm.translator_comments.clear();
    tm.flags.clear();
    tm.previous_msgid.reset();
    if (r.chance(15)) tm.msgid += r.chance(50) ? "." : " " + r.word();  // a small source change
    if (r.chance(5)) tm.msgid_plural = tm.msgid_plural ? std::nullopt : std::optional<std::string>(r.text());
    bool duplicate = false;
    for (const Message& other : t.messages)
      duplicate = duplicate || (other.msgctxt == tm.msgctxt && other.msgid == tm.msgid);
    if (!duplicate) t.messages.push_back(std::move(tm));
  }
  return t;
}

std::string key_of(const Message& m) { return m.msgctxt.value_or("\x05") + '\x04' + m.msgid; }

void check_no_translation_lost(bool every_plural_form) {
  for (uint64_t seed = 1; seed <= 40; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    test::RandomText r(seed * 7919);
    const Catalog catalog = test::random_catalog(r, {.messages = 40, .nplurals = 2, .is_template = false});
    const Catalog templ = template_from(r, catalog);
    MergeOptions options;
    options.fuzzy = seed % 3 != 0;
    Result<MergeResult> merged = merge_catalog(templ, catalog, {}, options);
    ASSERT_TRUE(merged.ok()) << merged.error().to_string();
    // Whatever the layout options, the written catalog reads back with
    // every translation (--for-msgfmt drops entries by design: not here).
    LayoutOptions layout;
    layout.sort = static_cast<SortOrder>(seed % 3);
    apply_layout(merged->catalog, layout);
    PoWriteOptions write;
    write.width = seed % 4 == 0 ? 0 : 20 + seed * 7 % 100;
    write.wrap = seed % 2 == 0;
    write.locations = static_cast<LocationStyle>(seed / 3 % 3);
    auto reread = read_po(write_po(merged->catalog, write), "merged.po");
    ASSERT_TRUE(reread) << reread.error().to_string();
    merged->catalog = std::move(reread).value();
    std::multiset<std::string> after;
    std::set<std::pair<std::string, std::string>> noted;  // (key, form) kept in a note on a live entry
    std::set<std::string> keys;
    for (const Message& m : merged->catalog.messages) {
      if (m.is_header()) continue;
      // gettext refuses two entries with one key, obsolete or not.
      EXPECT_TRUE(keys.insert(key_of(m)).second) << "two entries for '" << m.msgid << "'";
      after.insert(m.msgstr.begin(), m.msgstr.end());
      for (const std::string& c : m.translator_comments)
        if (auto form = parse_dropped_form_note(c); form && !m.obsolete && !m.is_plural())
          noted.emplace(key_of(m), form->text);
    }
    for (const Message& m : catalog.messages) {
      if (m.is_header()) continue;
      for (size_t form = 0; form < (every_plural_form ? m.msgstr.size() : 1); ++form)
        if (const std::string& s = m.msgstr[form]; !s.empty()) {
          EXPECT_TRUE(after.count(s) > 0 || (form > 0 && noted.count({key_of(m), s}) > 0))
              << (m.obsolete ? "obsolete " : "") << (m.is_fuzzy() ? "fuzzy " : "") << (m.is_plural() ? "plural " : "")
              << "lost translation of '" << m.msgid << "': '" << s << "'";
        }
    }
  }
}

TEST(UpdateProperty, NoNonEmptyTranslationIsEverLost) { check_no_translation_lost(false); }

TEST(UpdateProperty, NoPluralFormIsEverLost) { check_no_translation_lost(true); }

}  // namespace
}  // namespace xloc
