// Check "accelerators": a source with one GTK mnemonic ("_Open", "Save _As")
// needs exactly one in the translation too, anywhere ("Ö_ffnen", "開く(_O)").
// Sources with markup, or with several underscores (identifiers such as
// "gtk_widget_show"), are not labels.
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
    if (std::isalnum(next) || next >= 0x80) ++n;
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
