// Check "normalization": translations are stored in Unicode NFC, so that
// searching, comparing and fonts behave (ICU Normalizer2). Text that is
// not in NFC comes from a translator's input method, so it is systematic:
// one warning per catalog, at the first such message, counting the others
// and naming the lines of a few, rather than one per message.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "check/catalog_locale.h"
#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

// Further lines named after the first.
constexpr size_t kLinesShown = 5;

bool is_nfc(const icu::Normalizer2& nfc, std::string_view text) {
  bool ascii = true;
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  if (ascii) return true;
  UErrorCode status = U_ZERO_ERROR;
  const bool yes = nfc.isNormalizedUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status);
  return yes || U_FAILURE(status);
}

// "'é' is U+0065 U+0301 instead of U+00E9": the first composition that
// NFC would change, as it is and as it should be.
std::string first_difference(const icu::Normalizer2& nfc, std::string_view translation) {
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(translation.data(), static_cast<int32_t>(translation.size())));
  UErrorCode status = U_ZERO_ERROR;
  const int32_t at = nfc.spanQuickCheckYes(text, status);
  // Quote up to the next character that starts a new composition.
  int32_t end = text.moveIndex32(at, 1);
  while (end < text.length() && !nfc.hasBoundaryBefore(text.char32At(end))) end = text.moveIndex32(end, 1);
  auto spell = [](const icu::UnicodeString& s) {
    std::string out;
    for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
      if (!out.empty()) out += ' ';
      out += code_point_name(static_cast<char32_t>(s.char32At(i)));
    }
    return out;
  };
  const icu::UnicodeString fragment = text.tempSubStringBetween(at, end);
  status = U_ZERO_ERROR;
  const icu::UnicodeString normalized = nfc.normalize(fragment, status);
  std::string shown;
  fragment.toUTF8String(shown);
  return "'" + shown + "' is " + spell(fragment) + " instead of " + spell(normalized);
}

}  // namespace

void normalization(const CheckScope& scope, Findings& out) {
  const icu::Normalizer2* nfc = scope.locale.nfc();
  if (!nfc) return;
  const Message* first = nullptr;
  std::string_view first_text;
  size_t count = 0;
  std::string lines;
  for (const Message& m : scope.catalog.messages) {
    if (!has_checked_pairs(m) || m.has_flag("ignore-normalization")) continue;
    const std::string* bad = nullptr;
    for (const std::string& form : m.msgstr)
      if (!bad && !is_nfc(*nfc, form)) bad = &form;
    if (!bad) continue;
    if (++count == 1) {
      first = &m;
      first_text = *bad;
    } else if (count <= kLinesShown + 1) {
      if (count > 2) lines += ", ";
      lines += std::to_string(m.msgstr_location.line);
    }
  }
  if (!first) return;
  const std::string detail = first_difference(*nfc, first_text);
  if (count == 1) {
    out.add(*first, "the translation is not in NFC: " + detail);
    return;
  }
  if (count > kLinesShown + 1) lines += ", …";
  out.add(*first, std::to_string(count) + " messages are not in NFC (first here: " + detail + "; also line" +
                      (count > 2 ? "s " : " ") + lines + ")");
}

}  // namespace xloc::checks
