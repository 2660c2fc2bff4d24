// Exports the line breaking that GNU gettext uses to wrap PO strings:
// display_width() of a code point (East Asian wide = 2, combining = 0),
// possible_line_breaks() (Unicode line breaking, UAX #14 pair-table
// style, as libunistring implements it for non-CJK text) and
// width_line_breaks(), which picks the breaks that keep lines in a width.
//
// The rules are those of libunistring 1.0, which GNU gettext 0.21 uses;
// they were checked against it on every corpus string (no difference) and
// on 300,000 random strings mixing every line-break class (differences
// only for U+1DCD, U+1DFC, U+2057, whose Unicode data changed, and rare
// regional-indicator and mark-after-Hebrew-hyphen sequences). Character
// properties come from ICU.
//
// Break decisions are one byte per input byte, at the first byte of a
// character; continuation bytes are always kProhibited.
#pragma once

#include <string_view>

namespace xloc {

enum LineBreak : char {
  kBreakProhibited = 0,  // no break before this byte
  kBreakPossible = 1,    // a break may (or, from width_line_breaks, does) go before it
  kBreakMandatory = 2,   // a hard line break character
  kBreakUndefined = 3,   // in overrides: "no override here"
};

// Columns a terminal gives the code point: 2 for East Asian wide and
// fullwidth, 0 for non-spacing marks and format characters, -1 for
// control characters (which gettext does not count), else 1.
int display_width(char32_t c);

// Where UAX #14 allows a break before each character of `utf8`
// (`breaks` has utf8.size() bytes). Complex-context scripts (Thai, Lao…)
// are treated like alphabetic text, as gettext does: no dictionary.
void possible_line_breaks(std::string_view utf8, char* breaks);

// Chooses breaks so that no line is wider than `width` columns, given that
// the first line already starts at `start_column`. `overrides` (one byte
// per input byte, kBreakUndefined where there is none) forces decisions.
// On return `breaks` has kBreakPossible exactly where a line break goes.
// Returns the column after the last character.
int width_line_breaks(std::string_view utf8, int width, int start_column, const char* overrides, char* breaks);

}  // namespace xloc
