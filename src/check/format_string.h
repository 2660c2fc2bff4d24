// Exports the model every format-string language parses into (FormatSpec:
// the arguments a string consumes, by key, with a type and the directive
// as written), the error a parser returns for a string that is not a valid
// format string (format_error), and the comparison msgfmt -c makes between
// a translation's spec and its source's (compare_format_specs). The
// languages themselves are listed in format_languages.h, one format_<x>.cpp
// each.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "base/error.h"

namespace xloc {

struct FormatArgument {
  std::string type;       // the argument class: "int", "long int", "string", ...; "" if the language has none
  std::string directive;  // as written: "%1$ld", "{name}"
  bool required = false;  // needed even where a plural form may drop arguments (GCC's %m)
};

struct FormatSpec {
  // Arguments by key: positional ones by number ("1", "2", ...), named
  // ones by name. Unnumbered directives are numbered in order.
  std::map<std::string, FormatArgument> arguments;
  bool named = false;  // keys are names (Python %(name)s), not positions
  // Qt: no %L1 and no two-digit marker. A simple source needs a simple
  // translation; languages without the notion leave it true.
  bool simple = true;
};

// Scanning helpers the parsers share (ASCII only, as the format languages
// define their syntax).
inline bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool ascii_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
inline bool ascii_name_char(char c) { return ascii_name_start(c) || ascii_digit(c); }
// A numbered argument's "N$" at i: N (i moved past it), or 0 (i unchanged).
unsigned read_argument_number(std::string_view s, size_t& i);
// Whether an "N$" whose N is zero ("%0$s") stands at i, which
// read_argument_number() leaves alone and languages that number from 1 refuse.
bool at_argument_number_zero(std::string_view s, size_t i);

// The error a parser returns: code "invalid-directive", a message naming
// the directive and why.
Error format_error(std::string_view directive, std::string why);

// How a language's comparison differs from the common one.
struct FormatRules {
  bool may_add = false;   // the translation may use arguments the source lacks
  bool by_count = false;  // only how many arguments each side takes must agree
  bool any_matches = false;  // an argument of type "any" fits every type
};

// What is wrong with `translation` as a rendering of `source`, or nullopt:
// an argument of the translation the source lacks, or with another type;
// with `strict`, also an argument of the source the translation lacks;
// a simple source's translation must be simple.
// `strict` false lets a plural form used for a single number leave the
// number out, as msgfmt allows; an argument marked `required` must be
// there all the same.
std::optional<std::string> compare_format_specs(const FormatSpec& source, const FormatSpec& translation,
                                                bool strict, const FormatRules& rules = {});

}  // namespace xloc
