#include "catalog/plural_forms.h"

#include <gtest/gtest.h>

#include <string>

namespace xloc {
namespace {

PluralExpression parse_ok(std::string_view text) {
  Result<PluralExpression> e = PluralExpression::parse(text);
  EXPECT_TRUE(e.ok()) << text << ": " << e.error().to_string();
  return e.ok() ? e.value() : PluralExpression();
}

std::string forms_for(std::string_view text, unsigned long up_to) {
  const PluralExpression e = parse_ok(text);
  std::string out;
  for (unsigned long n = 0; n <= up_to; ++n) out += std::to_string(e.evaluate(n));
  return out;
}

TEST(PluralExpression, DefaultIsGermanic) {
  const PluralExpression e;
  EXPECT_EQ(e.evaluate(0), 1u);
  EXPECT_EQ(e.evaluate(1), 0u);
  EXPECT_EQ(e.evaluate(2), 1u);
}

TEST(PluralExpression, EvaluatesRealWorldRules) {
  EXPECT_EQ(forms_for("n != 1", 3), "1011");
  EXPECT_EQ(forms_for("n>1", 3), "0011");  // French
  EXPECT_EQ(forms_for("0", 3), "0000");    // Japanese
  // Russian, Ukrainian: 1, 21, 31 -> 0; 2-4, 22-24 -> 1; else 2.
  const char* ru = "(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)";
  EXPECT_EQ(forms_for(ru, 25), "20111222222222222222201112");
  // Czech.
  EXPECT_EQ(forms_for("(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2", 6), "2011122");
  // Arabic, six forms.
  EXPECT_EQ(forms_for("n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5", 12),
            "0123333333344");
  EXPECT_EQ(parse_ok("n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5").evaluate(102), 5u);
}

TEST(PluralExpression, FollowsCPrecedenceAndAssociativity) {
  EXPECT_EQ(parse_ok("1 + 2 * 3").evaluate(0), 7u);
  EXPECT_EQ(parse_ok("(1 + 2) * 3").evaluate(0), 9u);
  EXPECT_EQ(parse_ok("10 - 4 - 3").evaluate(0), 3u);   // left-associative
  EXPECT_EQ(parse_ok("100 / 10 / 5").evaluate(0), 2u);
  EXPECT_EQ(parse_ok("7 % 4 * 2").evaluate(0), 6u);
  EXPECT_EQ(parse_ok("1 < 2 == 1").evaluate(0), 1u);   // relational binds tighter than ==
  EXPECT_EQ(parse_ok("0 || 1 && 0").evaluate(0), 0u);  // && binds tighter than ||
  EXPECT_EQ(parse_ok("!0 + 1").evaluate(0), 2u);       // ! binds tightest
  EXPECT_EQ(parse_ok("!!n").evaluate(5), 1u);
  EXPECT_EQ(parse_ok("n<=1 >= 1").evaluate(0), 1u);
  // ?: is right-associative: a ? b : c ? d : e == a ? b : (c ? d : e).
  EXPECT_EQ(parse_ok("0 ? 1 : 0 ? 2 : 3").evaluate(0), 3u);
  EXPECT_EQ(parse_ok("1 ? 0 ? 4 : 5 : 6").evaluate(0), 5u);
  EXPECT_EQ(parse_ok("n ? 1 : 2;").evaluate(0), 2u);  // a trailing ';' ends it
  EXPECT_EQ(parse_ok(" \tn  ==  1 ").evaluate(1), 1u);
}

TEST(PluralExpression, UsesUnsignedArithmeticAndSurvivesDivisionByZero) {
  EXPECT_EQ(parse_ok("n - 1").evaluate(0), static_cast<unsigned long>(-1));
  EXPECT_EQ(parse_ok("1 / n").evaluate(0), 0u);
  EXPECT_EQ(parse_ok("5 % (n - n)").evaluate(3), 0u);
  EXPECT_EQ(parse_ok("18446744073709551615").evaluate(0), 18446744073709551615ul);
}

struct ErrorCase {
  std::string text;
  std::string error;
};

TEST(PluralExpression, ReportsErrorsWithColumns) {
  const ErrorCase cases[] = {
      {"", "<input>:1:1: error: expected an operand at the end of the expression"},
      {"n%10==1 &&", "<input>:1:11: error: expected an operand at the end of the expression"},
      {"n%10==1 &&;", "<input>:1:11: error: expected an operand at the end of the expression near ';'"},
      {"n = 1", "<input>:1:3: error: unexpected '=' after the end of the expression near '= 1'"},
      {"n ? 1", "<input>:1:6: error: expected ':' of the '?:' operator"},
      {"n ? 1 ; 2", "<input>:1:7: error: expected ':' of the '?:' operator near '; 2'"},
      {"(n == 1", "<input>:1:1: error: '(' is never closed near '(n == 1'"},
      {"(n == 1 2)", "<input>:1:9: error: expected ')' near '2)'"},
      {"-1", "<input>:1:1: error: expected an operand, found '-' near '-1'"},
      {"n * x", "<input>:1:5: error: expected an operand, found 'x' near 'x'"},
      {"n | 1", "<input>:1:3: error: unexpected '|' after the end of the expression near '| 1'"},
      {"n != 1)", "<input>:1:7: error: unexpected ')' after the end of the expression near ')'"},
      {"99999999999999999999", "<input>:1:1: error: number too large near '9999999999'"},
      {std::string(300, '(') + "n" + std::string(300, ')'),
       "<input>:1:201: error: expression nested too deeply near '(((((((((('"},
  };
  for (const auto& c : cases) {
    Result<PluralExpression> e = PluralExpression::parse(c.text);
    ASSERT_FALSE(e.ok()) << c.text;
    EXPECT_EQ(e.error().to_string(), c.error) << c.text;
    EXPECT_EQ(e.error().code, "bad-plural-expression");
  }
}

TEST(PluralForms, ParsesHeaderValues) {
  Result<PluralForms> ru = PluralForms::parse(
      "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);");
  ASSERT_TRUE(ru.ok()) << ru.error().to_string();
  EXPECT_EQ(ru->nplurals, 3u);
  EXPECT_EQ(ru->plural.evaluate(21), 0u);
  EXPECT_EQ(ru->plural.evaluate(22), 1u);
  EXPECT_EQ(ru->plural.evaluate(11), 2u);

  Result<PluralForms> ja = PluralForms::parse(" nplurals = 1 ; plural = 0 ");
  ASSERT_TRUE(ja.ok()) << ja.error().to_string();
  EXPECT_EQ(ja->nplurals, 1u);
  EXPECT_EQ(ja->plural.evaluate(5), 0u);

  Result<PluralForms> reversed = PluralForms::parse("plural=n>1; nplurals=2;");
  ASSERT_TRUE(reversed.ok());
  EXPECT_EQ(reversed->plural.evaluate(2), 1u);
}

TEST(PluralForms, ReportsErrorsWithColumnsInTheHeaderValue) {
  const ErrorCase cases[] = {
      {"nplurals=3; plural=n%10==1 &&;", "<input>:1:30: error: expected an operand at the end of the expression near ';'"},
      {"plural=n != 1;", "<input>:1:1: error: missing 'nplurals='"},
      {"nplurals=2;", "<input>:1:12: error: missing 'plural='"},
      {"nplurals=x; plural=0;", "<input>:1:10: error: 'nplurals' needs a positive integer near 'x; plural='"},
      {"nplurals=0; plural=0;", "<input>:1:10: error: 'nplurals' must be at least 1"},
      {"nplurals=2; plural=(n != 1;", "<input>:1:20: error: '(' is never closed near '(n != 1;'"},
  };
  for (const auto& c : cases) {
    Result<PluralForms> forms = PluralForms::parse(c.text);
    ASSERT_FALSE(forms.ok()) << c.text;
    EXPECT_EQ(forms.error().to_string(), c.error) << c.text;
  }
}

}  // namespace
}  // namespace xloc
