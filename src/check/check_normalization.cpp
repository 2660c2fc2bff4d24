// Check "normalization": translations are stored in Unicode NFC, so that
// searching, comparing and fonts behave (ICU Normalizer2).
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "check/catalog_locale.h"
#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {

void normalization(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out) {
  const icu::Normalizer2* nfc = scope.locale.nfc();
  if (!nfc) return;
  bool ascii = true;
  for (char c : pair.translation)
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  if (ascii) return;
  UErrorCode status = U_ZERO_ERROR;
  if (nfc->isNormalizedUTF8(icu::StringPiece(pair.translation.data(),
                                             static_cast<int32_t>(pair.translation.size())),
                            status) ||
      U_FAILURE(status))
    return;
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(pair.translation.data(), static_cast<int32_t>(pair.translation.size())));
  status = U_ZERO_ERROR;
  const int32_t at = nfc->spanQuickCheckYes(text, status);
  // Quote up to the next character that starts a new composition.
  int32_t end = text.moveIndex32(at, 1);
  while (end < text.length() && !nfc->hasBoundaryBefore(text.char32At(end))) end = text.moveIndex32(end, 1);
  auto spell = [](const icu::UnicodeString& s) {
    std::string out;
    for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1))
      out += (out.empty() ? "" : " ") + code_point_name(static_cast<char32_t>(s.char32At(i)));
    return out;
  };
  const icu::UnicodeString fragment = text.tempSubStringBetween(at, end);
  status = U_ZERO_ERROR;
  const icu::UnicodeString normalized = nfc->normalize(fragment, status);
  std::string shown;
  fragment.toUTF8String(shown);
  out.add(m, "the translation is not in NFC: '" + shown + "' is " + spell(fragment) + " instead of " +
                 spell(normalized));
}

}  // namespace xloc::checks
