// Tests XPath with namespaces on pugixml: prefixes rewritten through the
// rule's bindings, strings and axes left alone, errors that quote the rule.
#include "its/selector.h"

#include <gtest/gtest.h>

namespace xloc::its {
namespace {

const NamespaceBindings kBindings = {{"mal", "http://projectmallard.org/1.0/"},
                                     {"its", "http://www.w3.org/2005/11/its"},
                                     {"xml", "http://www.w3.org/XML/1998/namespace"}};

TEST(Selector, RewritesNameTestPrefixesOnly) {
  NamespaceTable table;
  const std::string mal = table.prefix_for("http://projectmallard.org/1.0/");
  const std::pair<const char*, std::string> cases[] = {
      {"//mal:p//*", "//" + mal + ":p//*"},
      {"//mal:item/mal:p/mal:link[not(preceding-sibling::node())]",
       "//" + mal + ":item/" + mal + ":p/" + mal + ":link[not(preceding-sibling::node())]"},
      {"//mal:info/mal:title[@type and @role]", "//" + mal + ":info/" + mal + ":title[@type and @role]"},
      {"concat(@type, ':', @role)", "concat(@type, ':', @role)"},
      {"//mal:*[@xml:lang='a:b']", "//" + mal + ":*[@xml:lang='a:b']"},
      {"child::p | ancestor-or-self::mal:section", "child::p | ancestor-or-self::" + mal + ":section"},
  };
  for (auto& [in, expected] : cases) {
    std::string out, unbound;
    ASSERT_TRUE(rewrite_prefixes(in, kBindings, table, out, unbound)) << in;
    EXPECT_EQ(out, expected) << in;
  }
  std::string out, unbound;
  EXPECT_FALSE(rewrite_prefixes("//db:para", kBindings, table, out, unbound));
  EXPECT_EQ(unbound, "db");
}

TEST(Selector, CanonicalNamesAreStableForKnownNamespaces) {
  NamespaceTable a, b;
  b.prefix_for("urn:first-come");
  EXPECT_EQ(a.prefix_for("http://docbook.org/ns/docbook"), b.prefix_for("http://docbook.org/ns/docbook"));
  EXPECT_EQ(a.canonical_name("", "p"), "p");
  EXPECT_EQ(a.canonical_name("http://www.w3.org/XML/1998/namespace", "lang"), "xml:lang");
}

TEST(Selector, CompileErrorsQuoteTheSelectorAndTheRule) {
  NamespaceTable table;
  SourceLocation where{"r.its", 4, 3};
  auto bad = compile_selector("//mal:p[", kBindings, table, nullptr, where);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().to_string(), "r.its:4:3: error: invalid XPath selector: unrecognized node test near '//mal:p['");
  auto unbound = compile_selector("//x:p", kBindings, table, nullptr, where);
  ASSERT_FALSE(unbound.ok());
  EXPECT_EQ(unbound.error().code, "invalid-selector");
  auto good = compile_selector("//mal:p", kBindings, table, nullptr, where);
  ASSERT_TRUE(good.ok());
  auto again = compile_selector("//mal:p", kBindings, table, nullptr, where);
  EXPECT_EQ(good->get(), again->get());  // compiled once, reused
}

}  // namespace
}  // namespace xloc::its
