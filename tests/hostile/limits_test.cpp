// The limits of src/base/limits.h, each at the library call that enforces
// it, just above and at the limit, with the exact message. (The same
// limits end to end: tests/cli/hostile_input_test.cpp.)
#include <gtest/gtest.h>

#include <unistd.h>

#include "base/file_system.h"
#include "base/limits.h"
#include "catalog/plural_forms.h"
#include "its/markup_compare.h"
#include "its/unit_walker.h"
#include "support/paths.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

TEST(Limits, FilesAboveTheSizeLimitAreRefusedUnread) {
  test::TempDir dir;
  const std::string at = dir / "at.xml", above = dir / "above.xml";
  test::write_file(at, "");
  test::write_file(above, "");
  ASSERT_EQ(::truncate(at.c_str(), static_cast<off_t>(limits::kMaxInputFileBytes)), 0);
  ASSERT_EQ(::truncate(above.c_str(), static_cast<off_t>(limits::kMaxInputFileBytes + 1)), 0);
  RealFileSystem fs;
  Result<std::string> ok = fs.read(at);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->size(), limits::kMaxInputFileBytes);
  Result<std::string> refused = fs.read(above);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, "file-too-large");
  EXPECT_EQ(refused.error().to_string(),
            above + ": error: file too large: 268435457 bytes; xloc reads files of at most 256 MiB");
}

TEST(Limits, NpluralsAboveOneHundredIsRefused) {
  EXPECT_TRUE(PluralForms::parse("nplurals=100; plural=n;").ok());
  // The whole number is read: leading zeros do not count.
  ASSERT_TRUE(PluralForms::parse("nplurals=0000000000000000000003; plural=n%3;").ok());
  EXPECT_EQ(PluralForms::parse("nplurals=0000000000000000000003; plural=n%3;")->nplurals, 3u);
  const struct {
    const char* value;
    const char* error;
  } cases[] = {
      {"nplurals=101; plural=n;", "<input>:1:10: error: 'nplurals' is 101; xloc accepts at most 100 plural forms near '101'"},
      {"nplurals=4000000000; plural=n;",
       "<input>:1:10: error: 'nplurals' is 4000000000; xloc accepts at most 100 plural forms near '4000000000'"},
      // More digits than an unsigned long holds: still refused, never wrapped around to a small count.
      {"nplurals=18446744073709551618; plural=n;",
       "<input>:1:10: error: 'nplurals' is 18446744073709551618; xloc accepts at most 100 plural forms near "
       "'18446744073709551618'"},
      {"nplurals=1234567890123456789012345; plural=n;",
       "<input>:1:10: error: 'nplurals' is 12345678901234567890...; xloc accepts at most 100 plural forms near "
       "'12345678901234567890'"},
  };
  for (const auto& c : cases) {
    Result<PluralForms> r = PluralForms::parse(c.value);
    ASSERT_FALSE(r.ok()) << c.value;
    EXPECT_EQ(r.error().to_string(), c.error);
  }
}

std::string chain(const char* op, int operands) {
  std::string s = "n";
  for (int i = 1; i < operands; ++i) s += std::string(op) + "n";
  return s;
}

TEST(Limits, PluralExpressionsAreBoundedInSizeAndDepth) {
  // 1000 nodes: 500 operands and 499 operators is fine, 501 and 500 is not.
  EXPECT_TRUE(PluralExpression::parse(chain("+", 500)).ok());
  Result<PluralExpression> long_one = PluralExpression::parse(chain("+", 200001));
  ASSERT_FALSE(long_one.ok());
  EXPECT_EQ(long_one.error().message, "expression too long: 400001 operators and operands; xloc accepts at most 1000");
  // A chain of ?: nests like parentheses.
  std::string conditional;
  for (int i = 0; i < 100000; ++i) conditional += "n?1:";
  conditional += "0";
  Result<PluralExpression> deep = PluralExpression::parse(conditional);
  ASSERT_FALSE(deep.ok());
  EXPECT_EQ(deep.error().message, "expression nested too deeply");
  EXPECT_EQ(PluralExpression::parse("n==1 ? 0 : n==2 ? 1 : n%100>=3 && n%100<=10 ? 3 : 4")->evaluate(5), 3u);
}

std::string nested(const std::string& name, size_t depth, const std::string& inner = "x") {
  std::string s;
  for (size_t i = 0; i < depth; ++i) s += "<" + name + ">";
  s += inner;
  for (size_t i = 0; i < depth; ++i) s += "</" + name + ">";
  return s;
}

TEST(Limits, XmlNestingIsBounded) {
  MemoryFileSystem fs;
  const std::string open = "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\">";
  // The root is level 1: 255 more levels are fine, 256 more are not.
  EXPECT_TRUE(its::walk_units(open + nested("para", 255) + "</article>", "ok.xml", fs).ok());
  Result<its::WalkResult> deep = its::walk_units(open + nested("para", 256) + "</article>", "deep.xml", fs);
  ASSERT_FALSE(deep.ok());
  EXPECT_EQ(deep.error().to_string(),
            "deep.xml:1:1592: error: elements nested more than 256 levels deep; xloc accepts at most 256 near 'para'");
  EXPECT_EQ(deep.error().code, "too-deep");

  const its::NamespaceBindings ns{{"", "http://docbook.org/ns/docbook"}};
  EXPECT_TRUE(its::compare_markup(nested("emphasis", 256), nested("emphasis", 256), ns).ok());
  its::MarkupComparison c = its::compare_markup("x", nested("emphasis", 100000), ns);
  ASSERT_EQ(c.differences.size(), 1u);
  EXPECT_EQ(c.differences[0].message, "the markup is nested more than 256 levels deep");
}

// The walk reads UTF-8; its callers decode other encodings first
// (tests/unit/its/xml_encoding_test.cpp), so bytes reaching it in Latin-1
// are an error, not mojibake.
TEST(Limits, TheWalkReadsUtf8) {
  MemoryFileSystem fs;
  Result<its::WalkResult> latin1 = its::walk_units(
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<page xmlns=\"http://projectmallard.org/1.0/\"><p>caf\xe9</p></page>",
      "l.page", fs);
  ASSERT_FALSE(latin1.ok());
  EXPECT_EQ(latin1.error().to_string(), "l.page:2:52: error: invalid UTF-8 (a document in another encoding must say so: <?xml version=\"1.0\" encoding=\"...\"?>) near '0xE9'");
}

}  // namespace
}  // namespace xloc
