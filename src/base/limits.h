// Exports the hard limits xloc puts on its input, all in one place, so that
// hostile or broken input gets a clear error instead of unbounded time or
// memory. SECURITY.md lists them with their reasons; tests/hostile pins the
// messages. Real inputs are far below each: the largest catalog of the
// GNOME help corpus is 2 MB, real languages have at most 6 plural forms,
// DocBook and Mallard documents nest a few dozen levels deep.
#pragma once

#include <cstddef>

namespace xloc::limits {

// Largest file xloc reads (XML source, catalog, template, rules, lists):
// 256 MiB (room for benchmark catalogs scaled ×100). Checked before reading,
// so a 1 GB catalog string or a 300 MB
// text node costs nothing. Every parser keeps memory linear in its input,
// so this also bounds memory (a few times 256 MiB).
inline constexpr size_t kMaxInputFileBytes = size_t{256} << 20;

// Largest "nplurals" a Plural-Forms header may declare: merge and init
// make that many msgstr[N] for every plural message.
inline constexpr unsigned long kMaxPluralForms = 100;

// Most operators and operands in a Plural-Forms expression: evaluation
// recurses per node (the longest real rule, Arabic's, has about 40).
inline constexpr size_t kMaxPluralExpressionNodes = 1000;

// Deepest element nesting in an XML document or in a translation's
// markup: the ITS walk and the markup comparison recurse per level
// (libxml2, which itstool uses, stops at 256 by default).
inline constexpr size_t kMaxXmlDepth = 256;

}  // namespace xloc::limits
