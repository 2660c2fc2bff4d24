// The one table of checks: id, severity, title, function(s). Output order
// within a line follows check ids; this order is the order of --help and
// of SARIF's rules array.
#include <array>
#include <vector>

#include "base/edit_distance.h"
#include "check/check.h"
#include "check/checks.h"

namespace xloc {
namespace {

using S = Severity;
namespace c = checks;

const std::array kBaseChecks{
    CheckInfo{"syntax", S::kError, "the catalog cannot be read (PO syntax)"},
    CheckInfo{"encoding", S::kError, "invalid UTF-8, wrong or undeclared charset, U+FFFD or control characters",
              c::encoding, nullptr, c::encoding_catalog},
    CheckInfo{"language-header", S::kError, "missing or invalid Language header", nullptr, nullptr,
              c::language_header},
    CheckInfo{"plural-forms-cldr", S::kError, "Plural-Forms disagrees with CLDR for the catalog's locale",
              nullptr, nullptr, c::plural_forms_cldr},
    CheckInfo{"plural-count", S::kError, "a plural message has the wrong number of msgstr[N]", nullptr,
              c::plural_count, c::plural_count_catalog},
    CheckInfo{"icu-syntax", S::kError, "invalid ICU MessageFormat, or one that fails to format", c::icu_syntax},
    CheckInfo{"icu-plural-categories", S::kError,
              "ICU plural/select arms or argument names do not fit the locale or the source",
              c::icu_plural_categories},
    CheckInfo{"markup", S::kError, "inline XML is not well-formed or differs from the source", c::markup},
    CheckInfo{"bidi-control", S::kError, "unbalanced or dangerous bidirectional controls", c::bidi_control},
    CheckInfo{"mixed-script", S::kWarning, "a word mixes scripts (e.g. a Cyrillic letter in a Latin word)",
              c::mixed_script},
    CheckInfo{"script", S::kWarning, "the translation is not written in the locale's script", c::script, nullptr,
              nullptr, c::script_cause},
    CheckInfo{"same-as-source", S::kWarning, "the translation is identical to a non-trivial source",
              c::same_as_source},
    CheckInfo{"numbers", S::kWarning, "numbers of the source are missing or changed", c::numbers},
    CheckInfo{"whitespace", S::kWarning, "leading/trailing whitespace or newlines differ from the source",
              c::whitespace},
    CheckInfo{"end-punctuation", S::kWarning, "sentence-final punctuation differs from the source",
              c::end_punctuation},
    CheckInfo{"normalization", S::kWarning, "translations are not in Unicode NFC (one warning per catalog)",
              nullptr, nullptr, c::normalization},
    CheckInfo{"brackets", S::kWarning, "brackets differ from the source", c::brackets},
    CheckInfo{"double-words", S::kWarning, "a word is repeated (\"the the\")", nullptr, nullptr,
              c::double_words},
    CheckInfo{"urls", S::kWarning, "a URL or e-mail address of the source is missing", c::urls},
    CheckInfo{"repeated-spaces", S::kWarning, "repeated spaces that the source does not have",
              c::repeated_spaces},
    CheckInfo{"accelerators", S::kWarning, "GTK keyboard accelerator (_File) missing or doubled",
              c::accelerators},
    CheckInfo{"length-ratio", S::kWarning, "the translation is far shorter or longer than the source",
              c::length_ratio},
    CheckInfo{"inconsistent", S::kWarning, "the same source is translated differently in the catalog",
              nullptr, nullptr, c::inconsistent},
    CheckInfo{"fuzzy", S::kInfo, "fuzzy messages (not used until reviewed)", nullptr, nullptr, c::fuzzy},
    CheckInfo{"untranslated", S::kInfo, "untranslated messages", nullptr, nullptr, c::untranslated},
};

// The format checks go after plural-count, before icu-syntax.
std::vector<CheckInfo> all_checks() {
  std::vector<CheckInfo> out;
  for (const CheckInfo& info : kBaseChecks) {
    if (info.id == "icu-syntax")
      for (const CheckInfo& format : c::format_checks()) out.push_back(format);
    out.push_back(info);
  }
  return out;
}

}  // namespace

std::span<const CheckInfo> check_registry() {
  static const std::vector<CheckInfo> checks = all_checks();
  return checks;
}

std::optional<CheckInfo> find_check(std::string_view id) {
  for (const CheckInfo& info : check_registry())
    if (info.id == id) return info;
  return std::nullopt;
}

std::optional<std::string_view> suggest_check(std::string_view typo) {
  std::optional<std::string_view> best;
  int best_distance = 3;
  for (const CheckInfo& info : check_registry()) {
    const int d = edit_distance(typo, info.id);
    if (d < best_distance) {
      best_distance = d;
      best = info.id;
    }
  }
  return best;
}

void Findings::add(const Message& message, std::string text, std::optional<Severity> severity) {
  if (!message.flags.empty()) {
    std::string flag = "ignore-";
    flag += info_.id;
    if (message.has_flag(flag)) return;
  }
  Diagnostic d;
  d.where = message.msgstr_location.line ? message.msgstr_location : message.location;
  if (d.where.file.empty()) d.where.file = catalog_.path;
  d.check = std::string(info_.id);
  d.severity = severity.value_or(info_.severity);
  d.message = std::move(text);
  out_.push_back(std::move(d));
}

void Findings::add_to_catalog(std::string text, std::optional<Severity> severity) {
  if (const Message* header = catalog_.header_entry()) {
    add(*header, std::move(text), severity);
    return;
  }
  Diagnostic d;
  d.where = {catalog_.path, 1, 1};
  d.check = std::string(info_.id);
  d.severity = severity.value_or(info_.severity);
  d.message = std::move(text);
  out_.push_back(std::move(d));
}

}  // namespace xloc
