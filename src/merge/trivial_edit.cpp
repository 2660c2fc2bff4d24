#include "merge/trivial_edit.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "base/utf8.h"

namespace xloc {
namespace {

constexpr size_t kTypoMinText = 20;
constexpr size_t kTypoMinWord = 4;

std::string nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  const icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (n->isNormalized(in, status) && U_SUCCESS(status)) return std::string(text);
  status = U_ZERO_ERROR;
  icu::UnicodeString out = n->normalize(in, status);
  std::string utf8;
  if (U_FAILURE(status)) return std::string(text);
  out.toUTF8String(utf8);
  return utf8;
}

std::u32string decode(std::string_view text) {
  std::u32string out;
  size_t pos = 0;
  while (pos < text.size()) out += next_code_point(text, pos);
  return out;
}

std::u32string collapse_whitespace(const std::u32string& s) {
  std::u32string out;
  bool pending = false;
  for (char32_t c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending = !out.empty();
      continue;
    }
    if (pending) out += U' ';
    pending = false;
    out += c;
  }
  return out;
}

std::u32string plain_quotes(std::u32string s) {
  for (char32_t& c : s) {
    switch (c) {
      case U'\u2018': case U'\u2019': case U'\u201A': case U'\u201B': case U'\u2032': case U'`': c = U'\''; break;
      case U'\u201C': case U'\u201D': case U'\u201E': case U'\u201F': case U'\u2033': c = U'"'; break;
      default: break;
    }
  }
  return s;
}

bool is_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

// One letter edit (or swap) between a and b, inside a long enough word.
bool one_letter_typo(const std::u32string& a, const std::u32string& b) {
  if (std::min(a.size(), b.size()) < kTypoMinText) return false;
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  const std::u32string_view da = std::u32string_view(a).substr(prefix, a.size() - prefix - suffix);
  const std::u32string_view db = std::u32string_view(b).substr(prefix, b.size() - prefix - suffix);
  const bool substitution = da.size() == 1 && db.size() == 1;
  const bool indel = da.size() + db.size() == 1;
  const bool swap = da.size() == 2 && db.size() == 2 && da[0] == db[1] && da[1] == db[0];
  if (!substitution && !indel && !swap) return false;
  if (!std::all_of(da.begin(), da.end(), is_letter) || !std::all_of(db.begin(), db.end(), is_letter)) return false;
  // The word around the edit, in the new text. The edit must be inside it:
  // first and last letters carry grammar and meaning (file/files,
  // enable/unable), so changing them is never a typo fix.
  const size_t edit_start = prefix, edit_end = prefix + db.size();
  size_t start = edit_start, end = edit_end;
  while (start > 0 && is_letter(b[start - 1])) --start;
  while (end < b.size() && is_letter(b[end])) ++end;
  if (edit_start == start || edit_end == end) return false;
  if (db.empty() && (edit_start == start || edit_start == end)) return false;
  return end - start >= kTypoMinWord;
}

bool inside_markup_changed(std::string_view before, std::string_view after) {
  // A letter edit inside a tag name changes markup, not prose.
  auto tags = [](std::string_view s) {
    std::vector<std::string_view> out;
    for (size_t i = s.find('<'); i != std::string_view::npos; i = s.find('<', i + 1)) {
      const size_t end = s.find('>', i);
      if (end == std::string_view::npos) break;
      out.push_back(s.substr(i, end - i + 1));
    }
    return out;
  };
  return tags(before) != tags(after);
}

}  // namespace

std::string_view to_string(TrivialEdit kind) {
  constexpr std::array<std::string_view, 4> kNames{"normalization", "whitespace", "quotes", "typo"};
  return kNames[static_cast<size_t>(kind)];
}

std::string trivial_form(std::string_view text) {
  const std::u32string form = plain_quotes(collapse_whitespace(decode(nfc(text))));
  std::string out;
  out.reserve(text.size());
  for (char32_t c : form) append_utf8(out, c);
  return out;
}

std::optional<TrivialEdit> trivial_edit(std::string_view before, std::string_view after) {
  if (before == after) return std::nullopt;
  const std::string nb = nfc(before), na = nfc(after);
  if (nb == na) return TrivialEdit::kNormalization;
  const std::u32string wb = collapse_whitespace(decode(nb)), wa = collapse_whitespace(decode(na));
  if (wb == wa) return TrivialEdit::kWhitespace;
  const std::u32string qb = plain_quotes(wb), qa = plain_quotes(wa);
  if (qb == qa) return TrivialEdit::kQuotes;
  if (one_letter_typo(qb, qa) && !inside_markup_changed(before, after)) return TrivialEdit::kTypo;
  return std::nullopt;
}

}  // namespace xloc
