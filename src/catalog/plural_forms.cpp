#include "catalog/plural_forms.h"

#include <algorithm>
#include <climits>
#include <string>

#include "base/limits.h"

namespace xloc {

// Recursive descent over the grammar in plural_forms.h, one function per
// precedence level; binary levels share one loop driven by a table.
class PluralParser {
 public:
  PluralParser(std::string_view text, size_t offset) : text_(text), start_(offset), pos_(offset) {}

  Result<PluralExpression> parse_all() {
    PluralExpression e;
    e.nodes_.clear();
    out_ = &e;
    const int root = conditional();
    if (root < 0) return error_;
    // evaluate() recurses once per node: a long chain ("n+n+...") is
    // hostile input, not a plural rule.
    if (e.nodes_.size() > limits::kMaxPluralExpressionNodes) {
      pos_ = start_;  // the whole expression is at fault: point at its start
      fail("expression too long: " + std::to_string(e.nodes_.size()) + " operators and operands; xloc accepts at most " +
           std::to_string(limits::kMaxPluralExpressionNodes));
      return error_;
    }
    skip_blanks();
    if (pos_ < text_.size() && text_[pos_] != ';') {
      fail(std::string("unexpected '") + text_[pos_] + "' after the end of the expression");
      return error_;
    }
    end_ = pos_;
    return e;
  }

  size_t end() const { return end_; }

 private:
  using Op = PluralExpression::Op;
  struct BinaryOp {
    std::string_view token;
    Op op;
  };

  void skip_blanks() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r'))
      ++pos_;
  }

  int fail(std::string message) {
    std::string fragment;
    if (pos_ < text_.size()) fragment = std::string(text_.substr(pos_, 10));
    error_ = Error{"bad-plural-expression", std::move(message), std::move(fragment),
                   SourceLocation{"", 1, static_cast<int>(pos_) + 1}};
    return -1;
  }

  int add(Op op, int a = -1, int b = -1, int c = -1, unsigned long value = 0) {
    PluralExpression::Node node{op, value, {a, b, c}};
    out_->nodes_.push_back(node);
    return static_cast<int>(out_->nodes_.size()) - 1;
  }

  // Matches `token` at the current position (after blanks); "<" must not
  // match the start of "<=", nor "!" the start of "!=".
  bool accept(std::string_view token) {
    skip_blanks();
    if (text_.substr(pos_, token.size()) != token) return false;
    if (token.size() == 1 && pos_ + 1 < text_.size() && text_[pos_ + 1] == '=' &&
        (token == "<" || token == ">" || token == "!" || token == "="))
      return false;
    pos_ += token.size();
    return true;
  }

  int conditional() {
    // Deep nesting is hostile input, not a plural rule: refuse it before
    // the recursion exhausts the stack.
    if (++depth_ > kMaxDepth) return fail("expression nested too deeply");
    const int cond = binary(0);
    if (cond < 0) return -1;
    if (!accept("?")) {
      --depth_;
      return cond;
    }
    const int then = conditional();
    if (then < 0) return -1;
    if (!accept(":")) return fail("expected ':' of the '?:' operator");
    const int otherwise = conditional();  // a chain "a ? b : c ? d : ..." nests too
    if (otherwise < 0) return -1;
    --depth_;
    return add(Op::kIf, cond, then, otherwise);
  }

  // Binary operators by level, loosest first.
  static constexpr int kLevels = 6;
  int binary(int level) {
    static const std::vector<BinaryOp> levels[kLevels] = {
        {{"||", Op::kOr}},
        {{"&&", Op::kAnd}},
        {{"==", Op::kEqual}, {"!=", Op::kNotEqual}},
        {{"<=", Op::kLessEq}, {">=", Op::kGreaterEq}, {"<", Op::kLess}, {">", Op::kGreater}},
        {{"+", Op::kAdd}, {"-", Op::kSub}},
        {{"*", Op::kMul}, {"/", Op::kDiv}, {"%", Op::kMod}},
    };
    if (level == kLevels) return unary();
    int left = binary(level + 1);
    if (left < 0) return -1;
    for (;;) {
      const BinaryOp* matched = nullptr;
      for (const BinaryOp& candidate : levels[level]) {
        if (accept(candidate.token)) {
          matched = &candidate;
          break;
        }
      }
      if (!matched) return left;
      const int right = binary(level + 1);
      if (right < 0) return -1;
      left = add(matched->op, left, right);
    }
  }

  int unary() {
    skip_blanks();
    if (pos_ >= text_.size() || text_[pos_] == ';') return fail("expected an operand at the end of the expression");
    const char c = text_[pos_];
    if (c == '!') {
      ++pos_;
      if (++depth_ > kMaxDepth) return fail("expression nested too deeply");
      const int operand = unary();
      --depth_;
      return operand < 0 ? -1 : add(Op::kNot, operand);
    }
    if (c == 'n') {
      ++pos_;
      return add(Op::kVariable);
    }
    if (c >= '0' && c <= '9') {
      unsigned long value = 0;
      const size_t start = pos_;
      while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
        const unsigned digit = static_cast<unsigned>(text_[pos_] - '0');
        if (value > (ULONG_MAX - digit) / 10) {
          pos_ = start;
          return fail("number too large");
        }
        value = value * 10 + digit;
        ++pos_;
      }
      return add(Op::kNumber, -1, -1, -1, value);
    }
    if (c == '(') {
      const size_t open = pos_++;
      const int inner = conditional();
      if (inner < 0) return -1;
      if (!accept(")")) {
        skip_blanks();
        if (pos_ >= text_.size() || text_[pos_] == ';') {
          pos_ = open;
          return fail("'(' is never closed");
        }
        return fail("expected ')'");
      }
      return inner;
    }
    return fail(std::string("expected an operand, found '") + c + "'");
  }

  static constexpr int kMaxDepth = 200;
  int depth_ = 0;
  std::string_view text_;
  size_t start_;  // where the expression begins in text_
  size_t pos_;
  size_t end_ = 0;
  PluralExpression* out_ = nullptr;
  Error error_;
};

PluralExpression::PluralExpression() {
  nodes_ = {Node{Op::kVariable}, Node{Op::kNumber, 1}, Node{Op::kNotEqual, 0, {0, 1, -1}}};
}

Result<PluralExpression> PluralExpression::parse(std::string_view text) {
  PluralParser parser(text, 0);
  return parser.parse_all();
}

unsigned long PluralExpression::evaluate(unsigned long n) const {
  return nodes_.empty() ? 0 : eval(static_cast<int>(nodes_.size()) - 1, n);
}

unsigned long PluralExpression::eval(int index, unsigned long n) const {
  const Node& node = nodes_[static_cast<size_t>(index)];
  const auto arg = [&](int i) { return eval(node.args[i], n); };
  switch (node.op) {
    case Op::kNumber: return node.value;
    case Op::kVariable: return n;
    case Op::kNot: return !arg(0);
    case Op::kMul: return arg(0) * arg(1);
    case Op::kDiv: {
      const unsigned long d = arg(1);
      return d == 0 ? 0 : arg(0) / d;
    }
    case Op::kMod: {
      const unsigned long d = arg(1);
      return d == 0 ? 0 : arg(0) % d;
    }
    case Op::kAdd: return arg(0) + arg(1);
    case Op::kSub: return arg(0) - arg(1);
    case Op::kLess: return arg(0) < arg(1);
    case Op::kGreater: return arg(0) > arg(1);
    case Op::kLessEq: return arg(0) <= arg(1);
    case Op::kGreaterEq: return arg(0) >= arg(1);
    case Op::kEqual: return arg(0) == arg(1);
    case Op::kNotEqual: return arg(0) != arg(1);
    case Op::kAnd: return arg(0) && arg(1);  // short-circuit, as in C
    case Op::kOr: return arg(0) || arg(1);
    case Op::kIf: return arg(0) ? arg(1) : arg(2);
  }
  return 0;
}

namespace {

Error header_error(std::string message, size_t offset, std::string fragment = "") {
  return Error{"bad-plural-forms", std::move(message), std::move(fragment),
               SourceLocation{"", 1, static_cast<int>(offset) + 1}};
}

// Offset just after "key=" at a word boundary ("plural=" is not found
// inside "nplurals="), or npos.
size_t find_assignment(std::string_view text, std::string_view key) {
  for (size_t at = text.find(key); at != std::string_view::npos; at = text.find(key, at + 1)) {
    const bool word_start = at == 0 || text[at - 1] == ' ' || text[at - 1] == '\t' || text[at - 1] == ';';
    size_t p = at + key.size();
    while (p < text.size() && (text[p] == ' ' || text[p] == '\t')) ++p;
    if (word_start && p < text.size() && text[p] == '=') return p + 1;
  }
  return std::string_view::npos;
}

}  // namespace

Result<PluralForms> PluralForms::parse(std::string_view value) {
  PluralForms forms;
  size_t p = find_assignment(value, "nplurals");
  if (p == std::string_view::npos) return header_error("missing 'nplurals='", 0);
  while (p < value.size() && (value[p] == ' ' || value[p] == '\t')) ++p;
  const size_t digits = p;
  // Every digit is read, however many there are; the value saturates just
  // above the limit, so "nplurals=99999999999999999999" cannot overflow
  // into something small and is refused like any other number too large.
  unsigned long n = 0;
  while (p < value.size() && value[p] >= '0' && value[p] <= '9') {
    if (n <= limits::kMaxPluralForms) n = n * 10 + static_cast<unsigned long>(value[p] - '0');
    ++p;
  }
  if (p == digits) return header_error("'nplurals' needs a positive integer", digits, std::string(value.substr(digits, 10)));
  if (n == 0) return header_error("'nplurals' must be at least 1", digits);
  if (n > limits::kMaxPluralForms) {
    const std::string number(value.substr(digits, std::min<size_t>(p - digits, 20)));
    return header_error("'nplurals' is " + number + (p - digits > 20 ? "..." : "") + "; xloc accepts at most " +
                            std::to_string(limits::kMaxPluralForms) + " plural forms",
                        digits, number);
  }
  forms.nplurals = n;

  const size_t expr = find_assignment(value, "plural");
  if (expr == std::string_view::npos) return header_error("missing 'plural='", value.size());
  PluralParser parser(value, expr);
  Result<PluralExpression> plural = parser.parse_all();
  if (!plural) return plural.error();
  forms.plural = std::move(plural).value();
  return forms;
}

}  // namespace xloc
