// Check "icu-plural-categories": in messages flagged icu-format, each
// plural/selectordinal argument of the translation has an arm for every
// CLDR category the locale needs (unless explicit =N arms cover all its
// numbers) and none the locale does not have; every plural and select has
// an 'other' arm; and the translation's argument names are the source's.
#include <unicode/plurrule.h>

#include <algorithm>
#include <set>

#include "check/catalog_locale.h"
#include "check/checks.h"
#include "check/icu_message.h"

namespace xloc::checks {
namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

bool has(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// Do explicit "=N" arms cover every number of `category`? Only possible
// when the category holds finitely many numbers (English "one" = {1}).
bool covered_by_explicit(const icu::PluralRules& rules, const std::string& category,
                         const std::vector<std::string>& keywords) {
  // ICU cannot list a category's values (getAllKeywordValues is
  // unsupported), so look at the integers up to 1000: a category with a
  // handful of them, all below 100, is finite in practice.
  const icu::UnicodeString keyword = icu::UnicodeString::fromUTF8(category);
  int found = 0;
  for (int32_t n = 0; n <= 1000; ++n) {
    if (rules.select(n) != keyword) continue;
    if (++found > 4 || n >= 100 || !has(keywords, "=" + std::to_string(n))) return false;
  }
  return found > 0;
}

std::optional<std::string> check_argument(const IcuArgument& arg, const CatalogLocale& locale) {
  const bool plural = arg.type == "plural" || arg.type == "selectordinal";
  if ((plural || arg.type == "select") && !has(arg.keywords, "other"))
    return arg.type + " argument '" + arg.name + "' has no 'other' arm";
  if (!plural || !locale.known()) return std::nullopt;
  const bool ordinal = arg.type == "selectordinal";
  const auto& categories = ordinal ? locale.ordinal_categories() : locale.cardinal_categories();
  const icu::PluralRules* rules = ordinal ? locale.ordinal_rules() : locale.cardinal_rules();
  if (categories.empty() || !rules) return std::nullopt;
  for (const std::string& k : arg.keywords)
    if (k[0] != '=' && !has(categories, k))
      return "plural category '" + k + "' of argument '" + arg.name + "' does not exist in " + locale.id() +
             " (" + join(categories) + ")";
  for (const std::string& c : categories)
    if (!has(arg.keywords, c) && !covered_by_explicit(*rules, c, arg.keywords))
      return "argument '" + arg.name + "' lacks the plural category '" + c + "' that " + locale.id() +
             " needs (" + join(categories) + ")";
  return std::nullopt;
}

}  // namespace

void icu_plural_categories(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out) {
  if (!m.has_flag("icu-format")) return;
  const IcuMessage translation = parse_icu_message(pair.translation);
  const IcuMessage source = parse_icu_message(pair.source);
  // ICU refuses a plural or select without 'other' when parsing.
  if (translation.error_code == "U_DEFAULT_KEYWORD_MISSING") {
    out.add(m, "a plural or select argument of the translation has no 'other' arm");
    return;
  }
  if (translation.error || source.error) return;  // icu-syntax reports it
  for (const IcuArgument& arg : translation.arguments)
    if (auto problem = check_argument(arg, scope.locale)) {
      out.add(m, *problem);
      return;
    }
  std::set<std::string> s, t;
  for (const IcuArgument& a : source.arguments) s.insert(a.name);
  for (const IcuArgument& a : translation.arguments) t.insert(a.name);
  for (const std::string& name : s)
    if (!t.count(name)) {
      out.add(m, "argument '" + name + "' of the source is missing from the translation");
      return;
    }
  for (const std::string& name : t)
    if (!s.count(name)) {
      out.add(m, "argument '" + name + "' of the translation is not in the source");
      return;
    }
}

}  // namespace xloc::checks
