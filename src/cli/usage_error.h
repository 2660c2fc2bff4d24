// Exports explain_usage_error(): a command-line parse error in xloc's own
// words. CLI11's sentences ("--threshold: Value 150 not in range 0.000000 to
// 100.000000", "catalogs is required", "files: At least 2 required but
// received 1") name its internals; these say what is wrong and what to type,
// with "did you mean" for a mistyped option.
#pragma once

#include <string>

namespace CLI {
class App;
class ParseError;
}  // namespace CLI

namespace xloc {

// One sentence (no "error:" prefix, no trailing newline); `usage` is the
// command's synopsis line, quoted where an argument is missing.
std::string explain_usage_error(const CLI::ParseError& error, const CLI::App& app, const std::string& usage);

// The option of `app` closest to `typo` ("--formt" -> "--format"), or "".
std::string closest_option(const CLI::App& app, const std::string& typo);

}  // namespace xloc
