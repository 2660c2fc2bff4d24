// Check "accelerators": a source with one GTK mnemonic ("_Open", "Save _As")
// needs exactly one in the translation too ("開く(_O)" counts). An
// underscore inside a word ("file_name") is not a mnemonic.
#include <cctype>

#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

int count_mnemonics(std::string_view text) {
  int n = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != '_') continue;
    const unsigned char next = static_cast<unsigned char>(text[i + 1]);
    if (next == '_' ) { ++i; continue; }  // "__" is a literal underscore
    const bool after_word = i > 0 && (std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '_');
    if (!after_word && (std::isalnum(next) || next >= 0x80)) ++n;
  }
  return n;
}

}  // namespace

void accelerators(const Message& m, const TextPair& pair, const CheckScope&, Findings& out) {
  if (pair.source.find('_') == std::string_view::npos || has_markup(pair.source)) return;
  if (count_mnemonics(pair.source) != 1) return;
  const int n = count_mnemonics(pair.translation);
  if (n == 1) return;
  out.add(m, n == 0 ? "the source has a keyboard accelerator ('_') but the translation has none"
                    : "the translation has " + std::to_string(n) + " keyboard accelerators ('_'), the source one");
}

}  // namespace xloc::checks
