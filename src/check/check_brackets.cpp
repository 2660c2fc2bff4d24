// Check "brackets": the translation's brackets balance when the source's
// do, and a bracketed token of the source ("(%s)", "[1]", "{0}": no space
// inside, and a digit or symbol in it) keeps its brackets. Bracketed prose
// ("(folder)") may be rephrased; full-width brackets count as ASCII ones.
#include <array>
#include <optional>
#include <utility>

#include "base/utf8.h"
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

// Which bracket, if any, starts at text[i] (ASCII or full-width, whose
// UTF-8 is EF BC/BD xx); `length` gets its byte length.
std::optional<std::pair<size_t, bool>> bracket_at(std::string_view text, size_t i, size_t& length) {
  const char c = text[i];
  length = 1;
  for (size_t k = 0; k < kPairs.size(); ++k) {
    if (c == static_cast<char>(kPairs[k].open)) return std::pair{k, true};
    if (c == static_cast<char>(kPairs[k].close)) return std::pair{k, false};
  }
  if (c != '\xEF' || i + 2 >= text.size()) return std::nullopt;
  size_t pos = i;
  const char32_t wide = next_code_point(text, pos);
  length = pos - i;
  for (size_t k = 0; k < kPairs.size(); ++k) {
    if (wide == kPairs[k].wide_open) return std::pair{k, true};
    if (wide == kPairs[k].wide_close) return std::pair{k, false};
  }
  return std::nullopt;
}

// Cheap filter before bracket_at: the ASCII brackets and EF, the first
// byte of the full-width ones. Most bytes of a text are neither.
bool may_start_bracket(char c) {
  switch (c) {
    case '(': case ')': case '[': case ']': case '{': case '}': case '\xEF': return true;
    default: return false;
  }
}

Counts count(std::string_view text) {
  Counts c;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!may_start_bracket(text[i])) continue;
    size_t length = 1;
    const auto b = bracket_at(text, i, length);
    if (!b) continue;
    const auto [k, open] = *b;
    if (!open) {
      ++c.close[k];
      continue;
    }
    ++c.open[k];
    bool code = false;
    for (size_t j = i + length; j < text.size() && text[j] != ' ';) {
      size_t l = 1;
      if (auto e = bracket_at(text, j, l); e && e->first == k && !e->second) {
        if (code) ++c.tokens[k];
        break;
      }
      const char x = text[j];
      code |= (x >= '0' && x <= '9') || std::string_view("%$#=+_\\/*&@|<>^~").find(x) != std::string_view::npos;
      j += l;
    }
    i += length - 1;
  }
  return c;
}

std::string ch(char32_t c) { return "'" + to_utf8(c) + "'"; }

}  // namespace

void brackets(const Message& m, const TextPair& pair, const CheckScope&, Findings& out) {
  const Counts cs = count(pair.plain_source), ct = count(pair.plain_translation);
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
