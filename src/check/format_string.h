// Exports the format-string languages behind the c-format and
// python-format checks, as gettext's msgfmt -c understands them: parse a
// string into the arguments it consumes (FormatSpec), and compare a
// translation's spec with its source's (compare_format_specs), giving the
// sentence msgfmt-style checks report.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "base/error.h"

namespace xloc {

struct FormatArgument {
  std::string type;       // the argument class: "int", "long int", "double", "string", ...
  std::string directive;  // as written: "%1$ld"
};

struct FormatSpec {
  // Arguments by key: positional ones by number ("1", "2", ...), Python's
  // named ones by name. Unnumbered directives are numbered in order.
  std::map<std::string, FormatArgument> arguments;
  bool named = false;  // Python %(name)s
};

// Result error codes: "invalid-directive" (message names the directive).
Result<FormatSpec> parse_c_format(std::string_view text);
Result<FormatSpec> parse_python_format(std::string_view text);

// What is wrong with `translation` as a rendering of `source`, or nullopt.
// `strict` false allows the translation to leave arguments out (a plural
// form used for a single number, as msgfmt allows).
std::optional<std::string> compare_format_specs(const FormatSpec& source, const FormatSpec& translation,
                                                bool strict);

}  // namespace xloc
