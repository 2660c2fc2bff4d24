#include "check/format_check.h"

#include "check/catalog_locale.h"

namespace xloc {

void check_format_pair(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out,
                       std::string_view flag, FormatParser parse) {
  if (!m.has_flag(flag)) return;
  auto source = parse(pair.source);
  if (!source) {
    out.add(m, "the source is not a valid " + std::string(flag) + " string: " + source.error().message);
    return;
  }
  auto translation = parse(pair.translation);
  if (!translation) {
    out.add(m, translation.error().message + " in the translation");
    return;
  }
  // msgfmt lets a plural form that stands for a single number leave the
  // number out ("one file" for %d files).
  bool strict = true;
  if (pair.plural) {
    const auto& counts = scope.locale.header_form_counts();
    const unsigned long nplurals = scope.locale.header_nplurals().value_or(2);
    strict = pair.form < counts.size() ? counts[pair.form] > 1 : !(pair.form == 0 && nplurals > 1);
  }
  if (auto problem = compare_format_specs(*source, *translation, strict)) out.add(m, *problem);
}

}  // namespace xloc
