// Check "brackets": the translation's brackets balance when the source's
// do, and a bracketed token of the source ("(%s)", "[1]", "{0}": no space
// inside, and a digit or symbol in it) keeps its brackets. Bracketed prose
// ("(folder)") may be rephrased; full-width brackets count as ASCII ones.
#include <array>

#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

struct Pair {
  char32_t open, close, wide_open, wide_close;
};
constexpr std::array<Pair, 3> kPairs{{
    {U'(', U')', U'\uFF08', U'\uFF09'},
    {U'[', U']', U'\uFF3B', U'\uFF3D'},
    {U'{', U'}', U'\uFF5B', U'\uFF5D'},
}};

struct Counts {
  std::array<int, 3> open{}, close{};
  std::array<int, 3> tokens{};  // bracketed runs without a space inside
};

Counts count(std::string_view text) {
  Counts c;
  const auto points = code_points(text);
  for (size_t k = 0; k < points.size(); ++k) {
    const char32_t v = points[k].value;
    for (size_t i = 0; i < kPairs.size(); ++i) {
      if (v == kPairs[i].close || v == kPairs[i].wide_close) ++c.close[i];
      if (v != kPairs[i].open && v != kPairs[i].wide_open) continue;
      ++c.open[i];
      bool code = false;
      for (size_t j = k + 1; j < points.size() && points[j].value != U' '; ++j) {
        if (points[j].value == kPairs[i].close || points[j].value == kPairs[i].wide_close) {
          if (code) ++c.tokens[i];
          break;
        }
        const char32_t x = points[j].value;
        code |= (x >= U'0' && x <= U'9') || std::u32string_view(U"%$#=+_\\/*&@|<>^~").find(x) != std::u32string_view::npos;
      }
    }
  }
  return c;
}

std::string ch(char32_t c) { return "'" + to_utf8(c) + "'"; }

}  // namespace

void brackets(const Message& m, const TextPair& pair, const CheckScope&, Findings& out) {
  const std::string s = strip_markup(pair.source), t = strip_markup(pair.translation);
  const Counts cs = count(s), ct = count(t);
  for (size_t i = 0; i < kPairs.size(); ++i) {
    if (cs.open[i] == cs.close[i] && ct.open[i] != ct.close[i]) {
      out.add(m, "unbalanced brackets in the translation: " + std::to_string(ct.open[i]) + " " +
                     ch(kPairs[i].open) + " and " + std::to_string(ct.close[i]) + " " + ch(kPairs[i].close));
      return;
    }
    if (ct.tokens[i] < cs.tokens[i]) {
      out.add(m, "the source has " + std::to_string(cs.tokens[i]) + " " + ch(kPairs[i].open) + "..." +
                     ch(kPairs[i].close) + " token(s) but the translation " + std::to_string(ct.tokens[i]));
      return;
    }
  }
}

}  // namespace xloc::checks
