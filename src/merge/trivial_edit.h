// Exports trivial_edit(): whether a source text changed so little that its
// translation still holds, and how. `xloc update` keeps such translations
// without `fuzzy` and marks them for review (see merge.h).
//
// Trivial, precisely (each kind allows the ones before it too):
//   normalization  equal after Unicode NFC
//   whitespace     equal after collapsing runs of ASCII spaces, tabs and
//                  newlines to one space and trimming both ends
//   quotes         equal after mapping typographic quotes to ASCII:
//                  ‘ ’ ‚ ‛ ′ ` -> '   and   “ ” „ ‟ ″ -> "
//   typo           one letter inserted, deleted, replaced, or two adjacent
//                  letters swapped, inside a word of at least 4 letters (not
//                  its first or last letter: file/files, enable/unable are
//                  real changes), in a text of at least 20 characters,
//                  markup unchanged
// Not trivial: case changes ("May"/"may"), digits, punctuation, markup,
// anything in a word of under 4 letters ("now"/"not"), two typos.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace xloc {

enum class TrivialEdit { kNormalization, kWhitespace, kQuotes, kTypo };

// The name written into the review note: "normalization", "whitespace", ...
std::string_view to_string(TrivialEdit kind);

// The text with every non-typo trivial difference taken out (NFC, collapsed
// whitespace, ASCII quotes): equal forms mean a trivial edit or none.
std::string trivial_form(std::string_view text);

// nullopt if the texts are equal or the change is not trivial.
std::optional<TrivialEdit> trivial_edit(std::string_view before, std::string_view after);

}  // namespace xloc
