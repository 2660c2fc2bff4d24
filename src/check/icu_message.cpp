#include "check/icu_message.h"

#include <unicode/messagepattern.h>
#include <unicode/parseerr.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

namespace xloc {
namespace {

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::string type_name(UMessagePatternArgType type) {
  switch (type) {
    case UMSGPAT_ARG_TYPE_NONE: return "none";
    case UMSGPAT_ARG_TYPE_SIMPLE: return "simple";
    case UMSGPAT_ARG_TYPE_CHOICE: return "choice";
    case UMSGPAT_ARG_TYPE_PLURAL: return "plural";
    case UMSGPAT_ARG_TYPE_SELECT: return "select";
    case UMSGPAT_ARG_TYPE_SELECTORDINAL: return "selectordinal";
  }
  return "none";
}

}  // namespace

IcuMessage parse_icu_message(std::string_view text) {
  IcuMessage out;
  const icu::UnicodeString pattern =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error{};
  icu::MessagePattern mp(pattern, &parse_error, status);
  if (U_FAILURE(status)) {
    // ICU reports the offset in UTF-16 units; count code points of the prefix instead.
    const int32_t at = std::min(parse_error.offset, pattern.length());
    const int32_t points = pattern.countChar32(0, at);
    std::string message = "invalid ICU MessageFormat at offset " + std::to_string(points) + ": " +
                          u_errorName(status);
    const std::string before = utf8(icu::UnicodeString(parse_error.preContext));
    const std::string after = utf8(icu::UnicodeString(parse_error.postContext));
    if (!before.empty() || !after.empty()) message += " near '" + before + "' ^ '" + after + "'";
    out.error = message;
    out.error_code = u_errorName(status);
    out.error_context = before;
    return out;
  }
  const int32_t count = mp.countParts();
  for (int32_t i = 0; i < count; ++i) {
    const icu::MessagePattern::Part& part = mp.getPart(i);
    if (part.getType() != UMSGPAT_PART_TYPE_ARG_START) continue;
    IcuArgument arg;
    const auto type = part.getArgType();
    arg.type = type_name(type);
    arg.name = utf8(mp.getSubstring(mp.getPart(i + 1)));
    const int32_t limit = mp.getLimitPartIndex(i);
    for (int32_t j = i + 2; j < limit; ++j) {
      const icu::MessagePattern::Part& p = mp.getPart(j);
      if (p.getType() == UMSGPAT_PART_TYPE_ARG_TYPE) arg.style = utf8(mp.getSubstring(p));
      if (p.getType() == UMSGPAT_PART_TYPE_ARG_SELECTOR) arg.keywords.push_back(utf8(mp.getSubstring(p)));
      if (p.getType() == UMSGPAT_PART_TYPE_MSG_START) j = mp.getLimitPartIndex(j);
    }
    out.arguments.push_back(std::move(arg));
  }
  return out;
}

}  // namespace xloc
