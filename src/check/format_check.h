// Exports check_format_pair(): the shared body of the c-format and
// python-format checks (parse both sides with one format-string language,
// compare like msgfmt -c, report at the message).
#pragma once

#include <string_view>

#include "check/check.h"
#include "check/format_string.h"

namespace xloc {

using FormatParser = Result<FormatSpec> (*)(std::string_view);

void check_format_pair(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out,
                       std::string_view flag, FormatParser parse);

}  // namespace xloc
