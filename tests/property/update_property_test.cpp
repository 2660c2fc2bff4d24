// Property: updating a catalog never loses a non-empty translation. For
// random templates and catalogs that share part of their messages (some
// msgids slightly edited, some gone, some new), every non-empty msgstr of
// the catalog is still a msgstr of the result: kept, revived, carried into
// a fuzzy match, or kept in an obsolete entry.
#include <gtest/gtest.h>

#include <set>

#include "merge/merge.h"
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

TEST(UpdateProperty, NoNonEmptyTranslationIsEverLost) {
  for (uint64_t seed = 1; seed <= 40; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    test::RandomText r(seed * 7919);
    const Catalog catalog = test::random_catalog(r, {.messages = 40, .nplurals = 2});
    const Catalog templ = template_from(r, catalog);
    MergeOptions options;
    options.fuzzy = seed % 3 != 0;
    Result<MergeResult> merged = merge_catalog(templ, catalog, {}, options);
    ASSERT_TRUE(merged.ok()) << merged.error().to_string();
    std::multiset<std::string> after;
    for (const Message& m : merged->catalog.messages)
      if (!m.is_header()) after.insert(m.msgstr.begin(), m.msgstr.end());
    for (const Message& m : catalog.messages) {
      if (m.is_header()) continue;
      for (const std::string& s : m.msgstr)
        if (!s.empty()) EXPECT_TRUE(after.count(s) > 0) << "lost translation of '" << m.msgid << "': '" << s << "'";
    }
  }
}

}  // namespace
}  // namespace xloc
