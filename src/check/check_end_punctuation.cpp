// Check "end-punctuation": the translation ends a sentence the way its
// source does, with the locale's own marks understood as equivalents
// ('?' = '？' = '؟', '.' = '。' = '।', Greek ';' is its question mark,
// French puts a space before '?', '!', ':'). Closing quotes, brackets and
// markup after the mark are looked through. Reported: a mark of the source
// that is missing or different in the translation, and a colon the
// translation adds. Not reported: a full stop Thai or Lao
// leave out (they end sentences with a space; CLDR's punctuation exemplars
// do not tell, they list '.'), a final mark CJK translations or titles drop.
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

Mark final_mark(std::string_view text, bool greek, std::u32string_view quotes) {
  // The last few characters are enough (on a code point boundary).
  std::string_view tail = trim(text);
  if (tail.size() > 48) {
    size_t cut = tail.size() - 48;
    while (cut < tail.size() && (static_cast<unsigned char>(tail[cut]) & 0xC0) == 0x80) ++cut;
    tail.remove_prefix(cut);
  }
  const auto points = code_points(tail);
  size_t end = points.size();
  // Closing quotes (the locale's CLDR delimiters and Unicode's final
  // punctuation), brackets and spaces after the mark are looked through.
  auto skip = [&](char32_t c) {
    return closing(c) || quotes.find(c) != std::u32string_view::npos || u_isUWhiteSpace(static_cast<UChar32>(c));
  };
  while (end > 0 && skip(points[end - 1].value))
    --end;
  if (end == 0) return Mark::kNone;
  const char32_t c = points[end - 1].value;
  if (c == U'.' && end >= 3 && points[end - 2].value == U'.' && points[end - 3].value == U'.') return Mark::kEllipsis;
  if (greek && c == U';') return Mark::kQuestion;
  for (const MarkChars& m : kMarks)
    if (m.chars.find(c) != std::u32string_view::npos) return m.mark;
  return Mark::kNone;
}

bool is_title(const Message& m) {
  for (const std::string& c : m.extracted_comments)
    if (c.starts_with("(itstool) path: ") && c.ends_with("/title")) return true;
  return false;
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
  const std::u32string_view quotes = scope.locale.quotation_marks();
  const Mark s = final_mark(pair.plain_source, greek, U"");
  const Mark t = final_mark(pair.plain_translation, greek, quotes);
  if (s == t) return;
  // A translation may end a sentence the source leaves open, or end list
  // items with ',' or ';' (French style); only a dangling colon is suspicious.
  if (s == Mark::kNone && t != Mark::kColon) return;
  const CatalogLocale& l = scope.locale;
  // Thai and Lao end sentences with a space, not a full stop.
  if (t == Mark::kNone && s == Mark::kStop && (l.uses_script(USCRIPT_THAI) || l.uses_script(USCRIPT_LAO))) return;
  // Chinese, Japanese and Korean titles and descriptions drop the final
  // mark, and a colon that introduces what follows often becomes '。'.
  const bool cjk = l.uses_script(USCRIPT_HAN) || l.uses_script(USCRIPT_HANGUL);
  if (cjk && (t == Mark::kNone || (s == Mark::kColon && t == Mark::kStop))) return;
  // Titles may be rephrased ("How do I print?" -> "Printing"); itstool
  // says which messages are titles in their "#." comment.
  if (t == Mark::kNone && is_title(m)) return;
  out.add(m, "the source ends with " + std::string(name(s)) + " but the translation with " +
                 std::string(name(t)));
}

}  // namespace xloc::checks
