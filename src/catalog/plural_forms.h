// Exports PluralExpression (the C subset gettext accepts in a Plural-Forms
// header, parsed once and evaluated for any n) and PluralForms (the parsed
// "nplurals=N; plural=EXPR;" header value).
//
// Grammar, loosest binding first, as in gettext's plural.y:
//   cond  := or ('?' cond ':' cond)?          right-associative
//   or    := and ('||' and)*
//   and   := eq ('&&' eq)*
//   eq    := rel (('==' | '!=') rel)*
//   rel   := add (('<' | '>' | '<=' | '>=') add)*
//   add   := mul (('+' | '-') mul)*
//   mul   := unary (('*' | '/' | '%') unary)*
//   unary := '!' unary | 'n' | decimal integer | '(' cond ')'
// There is no unary minus. Arithmetic is on unsigned long, as in gettext.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/error.h"

namespace xloc {

class PluralExpression {
 public:
  // The germanic default, "n != 1".
  PluralExpression();

  // Error.where.line is 1 and .column the 1-based column in `text` where
  // the problem is; .file is empty. The expression may end with ';'.
  static Result<PluralExpression> parse(std::string_view text);

  // The plural form index for `n`. Division or remainder by zero yields 0
  // (gettext would raise SIGFPE; msgfmt reports it as an error).
  unsigned long evaluate(unsigned long n) const;

  friend bool operator==(const PluralExpression&, const PluralExpression&) = default;

 private:
  enum class Op : uint8_t {
    kNumber, kVariable, kNot, kMul, kDiv, kMod, kAdd, kSub, kLess, kGreater, kLessEq, kGreaterEq,
    kEqual, kNotEqual, kAnd, kOr, kIf,
  };
  struct Node {
    Op op;
    unsigned long value = 0;  // kNumber
    int args[3] = {-1, -1, -1};
    friend bool operator==(const Node&, const Node&) = default;
  };
  friend class PluralParser;

  unsigned long eval(int node, unsigned long n) const;

  std::vector<Node> nodes_;  // the root is the last node
};

struct PluralForms {
  unsigned long nplurals = 2;
  PluralExpression plural;

  // Parses a Plural-Forms header value; error columns are within it.
  static Result<PluralForms> parse(std::string_view header_value);

  friend bool operator==(const PluralForms&, const PluralForms&) = default;
};

}  // namespace xloc
