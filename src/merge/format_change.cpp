// format_change_needs_review(): compares the format flags of the old and the
// new entry, and runs the check of each newly claimed format language.
#include "merge/format_change.h"

#include <charconv>
#include <optional>
#include <string_view>

#include "check/format_languages.h"

namespace xloc {
namespace {

// The format languages xloc checks as msgfmt -c does (check/format_languages.h);
// a flag of any other language means "unknown": the entry needs review.
const FormatLanguage* checkable(std::string_view language) {
  for (const FormatLanguage& l : kFormatLanguages)
    if (l.flag.size() == language.size() + 7 && l.flag.starts_with(language) && l.flag.ends_with("-format"))
      return &l;
  return nullptr;
}

// "c-format" and "possible-c-format" -> "c"; other flags -> nullopt.
std::optional<std::string_view> claimed_language(std::string_view flag) {
  constexpr std::string_view suffix = "-format";
  if (!flag.ends_with(suffix) || flag.starts_with("no-") || flag.starts_with("ignore-")) return std::nullopt;
  flag.remove_suffix(suffix.size());
  if (flag.starts_with("possible-")) flag.remove_prefix(9);
  if (flag.empty()) return std::nullopt;
  return flag;
}

bool claims(const Message& m, std::string_view language) {
  for (const std::string& f : m.flags)
    if (claimed_language(f) == language) return true;
  return false;
}

// Whether every non-empty msgstr passes the language's check against the
// msgid (the msgid_plural for plural messages, as msgfmt compares).
bool passes(const Message& m, std::string_view language) {
  const FormatLanguage* checked = checkable(language);
  if (!checked) return false;
  const FormatParser parse = checked->parse;
  auto source = parse(m.msgid);
  if (!source) return false;
  std::optional<Result<FormatSpec>> plural_source;
  if (m.msgid_plural) {
    plural_source.emplace(parse(*m.msgid_plural));
    if (!*plural_source) return false;
  }
  for (size_t form = 0; form < m.msgstr.size(); ++form) {
    if (m.msgstr[form].empty()) continue;
    auto translation = parse(m.msgstr[form]);
    if (!translation) return false;
    if (compare_format_specs(*source, *translation, true, checked->rules)) return false;
    if (plural_source && compare_format_specs(**plural_source, *translation, true, checked->rules)) return false;
  }
  return true;
}

struct Range {
  unsigned long min = 0, max = 0;
};

std::optional<Range> range_of(const Message& m) {
  for (const std::string& f : m.flags) {
    if (!f.starts_with("range:")) continue;
    std::string_view text = std::string_view(f).substr(6);
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    Range r;
    const char* end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, r.min);
    if (ec != std::errc() || end - p < 3 || p[0] != '.' || p[1] != '.') return std::nullopt;
    auto [q, ec2] = std::from_chars(p + 2, end, r.max);
    if (ec2 != std::errc() || q != end || r.min > r.max) return std::nullopt;
    return r;
  }
  return std::nullopt;
}

}  // namespace

bool format_change_needs_review(const Message& old, const Message& merged) {
  if (merged.is_untranslated()) return false;
  for (const std::string& f : merged.flags) {
    const auto language = claimed_language(f);
    if (language && !claims(old, *language) && !passes(merged, *language)) return true;
  }
  if (const auto before = range_of(old)) {
    const auto now = range_of(merged);
    if (!now || now->min < before->min || now->max > before->max) return true;
  }
  return false;
}

}  // namespace xloc
