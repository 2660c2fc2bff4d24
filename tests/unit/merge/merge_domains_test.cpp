// Tests merge_domains(): each domain of a catalog is merged on its own.
#include "merge/merge_domains.h"

#include <gtest/gtest.h>

#include "catalog/po_reader.h"
#include "catalog/po_writer.h"

namespace xloc {
namespace {

Catalog read(const std::string& text, const char* name) {
  auto c = read_po(text, name);
  EXPECT_TRUE(c) << c.error().to_string();
  return c ? std::move(c).value() : Catalog{};
}

MergeOptions without_fuzzy() {
  MergeOptions o;
  o.fuzzy = false;
  return o;
}

const char* const kHeader = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";

const std::string kCatalog = std::string(kHeader) + "msgid \"Open\"\nmsgstr \"Öffnen\"\n\n" + "domain \"other\"\n\n" +
                             kHeader + "msgid \"Close\"\nmsgstr \"Schließen\"\n\nmsgid \"Open\"\nmsgstr \"Aufmachen\"\n";

// Like msgmerge --multi-domain: a one-domain template updates every domain.
TEST(MergeDomains, AOneDomainTemplateUpdatesEveryDomain) {
  const Catalog templ = read(std::string(kHeader) + "msgid \"Open\"\nmsgstr \"\"\n\nmsgid \"Close\"\nmsgstr \"\"\n",
                             "t.pot");
  auto r = merge_domains(templ, read(kCatalog, "de.po"), {}, without_fuzzy());
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(write_po(r->catalog), std::string(kHeader) +
                                      "msgid \"Open\"\nmsgstr \"Öffnen\"\n\nmsgid \"Close\"\nmsgstr \"\"\n\n"
                                      "domain \"other\"\n\n" +
                                      kHeader + "msgid \"Open\"\nmsgstr \"Aufmachen\"\n\n"
                                                "msgid \"Close\"\nmsgstr \"Schließen\"\n");
  EXPECT_EQ(r->stats.exact, 3u);
  EXPECT_EQ(r->stats.untranslated, 1u);
}

// A template with domains merges each with the catalog's of that name; a
// catalog domain the template lacks keeps its header, the rest is obsolete.
TEST(MergeDomains, DomainsOfATemplateMatchByName) {
  const Catalog templ = read(std::string("domain \"other\"\n\n") + kHeader + "msgid \"Close\"\nmsgstr \"\"\n\n" +
                                 "domain \"new\"\n\n" + kHeader + "msgid \"Quit\"\nmsgstr \"\"\n",
                             "t.pot");
  auto r = merge_domains(templ, read(kCatalog, "de.po"), {}, without_fuzzy());
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(write_po(r->catalog), std::string("domain \"other\"\n\n") + kHeader +
                                      "msgid \"Close\"\nmsgstr \"Schließen\"\n\n"
                                      "#~ msgid \"Open\"\n#~ msgstr \"Aufmachen\"\n\n"
                                      "domain \"new\"\n\n" +
                                      kHeader + "msgid \"Quit\"\nmsgstr \"\"\n\n" + "domain \"messages\"\n\n" +
                                      kHeader + "#~ msgid \"Open\"\n#~ msgstr \"Öffnen\"\n");
}

TEST(MergeDomains, OneDomainIsMergeCatalog) {
  const Catalog templ = read(std::string(kHeader) + "msgid \"Open\"\nmsgstr \"\"\n", "t.pot");
  const Catalog c = read(std::string(kHeader) + "msgid \"Open\"\nmsgstr \"Öffnen\"\n", "de.po");
  auto a = merge_domains(templ, c);
  auto b = merge_catalog(templ, c);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->catalog, b->catalog);
}

}  // namespace
}  // namespace xloc
