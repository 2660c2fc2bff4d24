// Check "brackets": every kind of bracket the source uses appears in the
// translation as often, and the translation's brackets balance when the
// source's do. Full-width brackets (CJK) count as their ASCII twins;
// a translation may add a bracketed gloss of its own.
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
};

Counts count(std::string_view text) {
  Counts c;
  for (const CodePoint& cp : code_points(text))
    for (size_t i = 0; i < kPairs.size(); ++i) {
      if (cp.value == kPairs[i].open || cp.value == kPairs[i].wide_open) ++c.open[i];
      if (cp.value == kPairs[i].close || cp.value == kPairs[i].wide_close) ++c.close[i];
    }
  return c;
}

std::string ch(char32_t c) { return "'" + to_utf8(c) + "'"; }

}  // namespace

void brackets(const Message& m, const TextPair& pair, const CheckScope&, Findings& out) {
  const std::string s = strip_markup(pair.source), t = strip_markup(pair.translation);
  const Counts cs = count(s), ct = count(t);
  for (size_t i = 0; i < kPairs.size(); ++i) {
    if (ct.open[i] < cs.open[i] || ct.close[i] < cs.close[i]) {
      const bool open = ct.open[i] < cs.open[i];
      const char32_t c = open ? kPairs[i].open : kPairs[i].close;
      out.add(m, "the source has " + std::to_string(open ? cs.open[i] : cs.close[i]) + " " + ch(c) +
                     " but the translation " + std::to_string(open ? ct.open[i] : ct.close[i]));
      return;
    }
    if (cs.open[i] == cs.close[i] && ct.open[i] != ct.close[i]) {
      out.add(m, "unbalanced brackets in the translation: " + std::to_string(ct.open[i]) + " " +
                     ch(kPairs[i].open) + " and " + std::to_string(ct.close[i]) + " " + ch(kPairs[i].close));
      return;
    }
  }
}

}  // namespace xloc::checks
