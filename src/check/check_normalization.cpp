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
  int32_t at = nfc->spanQuickCheckYes(text, status);
  // The offending character may combine with the one before it.
  if (at > 0) at = text.moveIndex32(at, -1);
  const int32_t end = std::min(text.length(), text.moveIndex32(at, 2));
  std::string fragment;
  text.tempSubStringBetween(at, end).toUTF8String(fragment);
  std::string normalized;
  status = U_ZERO_ERROR;
  nfc->normalize(text.tempSubStringBetween(at, end), status).toUTF8String(normalized);
  out.add(m, "the translation is not in NFC: " + quote(fragment) + " should be " + quote(normalized));
}

}  // namespace xloc::checks
