// Check "end-punctuation": the translation ends a sentence the way its
// source does, with the locale's own marks understood as equivalents
// ('?' = '？' = '؟', '.' = '。' = '।', Greek ';' is its question mark,
// French puts a space before '?', '!', ':'). Closing quotes, brackets and
// markup after the mark are looked through. Thai and Lao end sentences
// with a space, not a full stop (CLDR's punctuation exemplars do not say
// so: they list '.' for Thai), so there a missing full stop is fine.
#include <unicode/uchar.h>

#include <array>

#include "check/catalog_locale.h"
#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

enum class Mark { kNone, kStop, kQuestion, kExclamation, kColon, kEllipsis, kSemicolon, kComma };

struct MarkName {
  Mark mark;
  std::string_view name;
};
constexpr std::array<MarkName, 8> kNames{{{Mark::kNone, "no punctuation"},
                                          {Mark::kStop, "a full stop"},
                                          {Mark::kQuestion, "a question mark"},
                                          {Mark::kExclamation, "an exclamation mark"},
                                          {Mark::kColon, "a colon"},
                                          {Mark::kEllipsis, "an ellipsis"},
                                          {Mark::kSemicolon, "a semicolon"},
                                          {Mark::kComma, "a comma"}}};

struct MarkChars {
  Mark mark;
  std::u32string_view chars;
};
constexpr std::array<MarkChars, 7> kMarks{{
    {Mark::kStop, U".\u3002\uFF0E\uFF61\u0964\u06D4\u1362\u104B\u0F0D\u17D4\u0589"},
    {Mark::kQuestion, U"?\uFF1F\u061F\u037E\u055E\u1367"},
    {Mark::kExclamation, U"!\uFF01\u055C"},
    {Mark::kColon, U":\uFF1A"},
    {Mark::kEllipsis, U"\u2026\u22EF"},
    {Mark::kSemicolon, U";\uFF1B\u061B"},
    {Mark::kComma, U",\uFF0C\u3001\u060C"},
}};

bool closing(char32_t c) {
  const auto type = u_charType(static_cast<UChar32>(c));
  return type == U_END_PUNCTUATION || type == U_FINAL_PUNCTUATION || c == U'"' || c == U'\'' ||
         type == U_INITIAL_PUNCTUATION;  // « » used as closing in some locales
}

Mark final_mark(std::string_view text, bool greek) {
  const std::string plain = strip_markup(text);
  const auto points = code_points(trim(plain));
  size_t end = points.size();
  while (end > 0 && (closing(points[end - 1].value) || u_isUWhiteSpace(static_cast<UChar32>(points[end - 1].value))))
    --end;
  if (end == 0) return Mark::kNone;
  const char32_t c = points[end - 1].value;
  if (c == U'.' && end >= 3 && points[end - 2].value == U'.' && points[end - 3].value == U'.') return Mark::kEllipsis;
  if (greek && c == U';') return Mark::kQuestion;
  for (const MarkChars& m : kMarks)
    if (m.chars.find(c) != std::u32string_view::npos) return m.mark;
  return Mark::kNone;
}

std::string_view name(Mark mark) {
  for (const MarkName& n : kNames)
    if (n.mark == mark) return n.name;
  return "?";
}

}  // namespace

void end_punctuation(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out) {
  const std::string_view language = scope.locale.locale().getLanguage();
  const bool greek = language == "el";
  const Mark s = final_mark(pair.source, greek);
  const Mark t = final_mark(pair.translation, greek);
  if (s == t) return;
  // Some scripts end sentences with a space or nothing (Thai, Lao).
  if (s == Mark::kStop && t == Mark::kNone &&
      (scope.locale.uses_script(USCRIPT_THAI) || scope.locale.uses_script(USCRIPT_LAO)))
    return;
  out.add(m, "the source ends with " + std::string(name(s)) + " but the translation with " +
                 std::string(name(t)));
}

}  // namespace xloc::checks
