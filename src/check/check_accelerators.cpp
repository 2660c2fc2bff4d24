// Check "accelerators": a source with one GTK mnemonic ("_Open", "Save _As")
// needs exactly one in the translation too, anywhere ("Ö_ffnen", "開く(_O)").
// Sources with markup, or with several underscores (identifiers such as
// "gtk_widget_show"), are not labels; nor is an underscore inside a word
// without capitals ("tree_view", "user_data": an identifier in a UI
// string), while "_Open", "Save _As" and "E_xit" are mnemonics.
#include <cctype>

#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

bool word_char(unsigned char c) { return std::isalnum(c) || c == '_'; }

// The '_' at i joins two parts of a lower-case ASCII identifier.
bool is_identifier_underscore(std::string_view text, size_t i) {
  if (i == 0 || !word_char(static_cast<unsigned char>(text[i - 1]))) return false;
  size_t b = i, e = i;
  while (b > 0 && word_char(static_cast<unsigned char>(text[b - 1]))) --b;
  while (e < text.size() && word_char(static_cast<unsigned char>(text[e]))) ++e;
  for (size_t k = b; k < e; ++k)
    if (std::isupper(static_cast<unsigned char>(text[k]))) return false;
  // A non-ASCII letter right after it makes a word of some language, not code.
  return e == text.size() || static_cast<unsigned char>(text[e]) < 0x80;
}

// `skip_identifiers`: for the source, whose identifiers say it is no label
// (a translation's "auf_weiten" is a mnemonic inside a word).
int count_mnemonics(std::string_view text, bool skip_identifiers) {
  int n = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != '_') continue;
    const unsigned char next = static_cast<unsigned char>(text[i + 1]);
    if (next == '_' ) { ++i; continue; }  // "__" is a literal underscore
    if (!(std::isalnum(next) || next >= 0x80)) continue;
    if (!skip_identifiers || !is_identifier_underscore(text, i)) ++n;
  }
  return n;
}

}  // namespace

void accelerators(const Message& m, const TextPair& pair, const CheckScope&, Findings& out) {
  if (pair.source.find('_') == std::string_view::npos || has_markup(pair.source)) return;
  if (count_mnemonics(pair.source, true) != 1) return;
  const int n = count_mnemonics(pair.translation, false);
  if (n == 1) return;
  out.add(m, n == 0 ? "the source has a keyboard accelerator ('_') but the translation has none"
                    : "the translation has " + std::to_string(n) + " keyboard accelerators ('_'), the source one");
}

}  // namespace xloc::checks
