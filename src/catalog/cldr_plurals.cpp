// CLDR plural rules -> gettext Plural-Forms. ICU gives the rules as text
// ("one: i = 1 and v = 0; other: "); we parse that small grammar (no
// parentheses in CLDR: an `or` of `and`s of relations), specialise every
// relation to integers, find which categories integers reach, and print the
// remaining conditions as a chain of C conditionals.
#include "catalog/cldr_plurals.h"

#include "catalog/locale_name.h"

#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/strenum.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <memory>
#include <numeric>
#include <optional>
#include <set>
#include <sstream>

namespace xloc {
namespace {

// CLDR's order of categories, which is also gettext's msgstr index order.
constexpr std::array<std::string_view, 6> kCategoryOrder{"zero", "one", "two", "few", "many", "other"};

struct Range {
  unsigned long long low = 0, high = 0;
};

// `operand [mod m] [not] in ranges`. For integers, operands n and i are the
// number itself; v, w, f, t, c and e are 0.
struct Relation {
  bool operand_is_n = true;
  unsigned long long mod = 0;  // 0: no modulus
  bool negated = false;
  std::vector<Range> ranges;

  bool holds_for(unsigned long long n) const {
    unsigned long long x = operand_is_n ? n : 0;
    if (mod) x %= mod;
    bool in = std::any_of(ranges.begin(), ranges.end(), [x](const Range& r) { return x >= r.low && x <= r.high; });
    return in != negated;
  }
};

// Disjunction of conjunctions; after specialisation to integers, every
// relation in it depends on n. An empty `any` is false; an empty clause true.
struct Condition {
  std::vector<std::vector<Relation>> any;

  bool holds_for(unsigned long long n) const {
    return std::any_of(any.begin(), any.end(), [n](const std::vector<Relation>& all) {
      return std::all_of(all.begin(), all.end(), [n](const Relation& r) { return r.holds_for(n); });
    });
  }
};

struct Rule {
  std::string keyword;
  Condition condition;
};

Error unknown_locale(std::string_view locale, std::string why) {
  return Error{"unknown-locale", std::move(why), std::string(locale), {}};
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == ',') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
      if (c == ',') words.emplace_back(",");
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::optional<Range> parse_range(const std::string& word) {
  const size_t dots = word.find("..");
  try {
    if (dots == std::string::npos) {
      const unsigned long long v = std::stoull(word);
      return Range{v, v};
    }
    return Range{std::stoull(word.substr(0, dots)), std::stoull(word.substr(dots + 2))};
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// Parses one relation starting at words[pos]; returns nullopt if it always
// holds or never holds for integers, via `constant`.
std::optional<Relation> parse_relation(const std::vector<std::string>& w, size_t& pos, bool& constant,
                                       bool& ok) {
  auto at = [&](size_t i) -> const std::string& {
    static const std::string empty;
    return i < w.size() ? w[i] : empty;
  };
  Relation r;
  const std::string& operand = at(pos++);
  if (operand.size() != 1 || std::string_view("nivwftce").find(operand[0]) == std::string_view::npos) {
    ok = false;
    return std::nullopt;
  }
  r.operand_is_n = operand == "n" || operand == "i";
  if (at(pos) == "mod" || at(pos) == "%") {
    try {
      r.mod = std::stoull(at(pos + 1));
    } catch (const std::exception&) {
      ok = false;
      return std::nullopt;
    }
    pos += 2;
  }
  if (at(pos) == "not" || at(pos) == "!=") {
    r.negated = true;
    if (at(pos) == "!=") {
      ++pos;
    } else {
      ++pos;
      if (at(pos) == "in" || at(pos) == "within") ++pos;
    }
  } else if (at(pos) == "is") {
    ++pos;
    if (at(pos) == "not") r.negated = true, ++pos;
  } else if (at(pos) == "in" || at(pos) == "within" || at(pos) == "=") {
    ++pos;
  } else {
    ok = false;
    return std::nullopt;
  }
  for (;;) {
    auto range = parse_range(at(pos));
    if (!range) {
      ok = false;
      return std::nullopt;
    }
    r.ranges.push_back(*range);
    ++pos;
    if (at(pos) != ",") break;
    ++pos;
  }
  if (!r.operand_is_n) {
    constant = r.holds_for(0);
    return std::nullopt;
  }
  return r;
}

std::optional<Condition> parse_condition(std::string_view text) {
  const std::vector<std::string> w = split_words(text);
  Condition cond;
  bool always = false;
  size_t pos = 0;
  bool ok = true;
  while (pos < w.size()) {
    std::vector<Relation> clause;
    bool clause_false = false;
    for (;;) {
      bool constant = true;
      auto rel = parse_relation(w, pos, constant, ok);
      if (!ok) return std::nullopt;
      if (rel) clause.push_back(*rel);
      else if (!constant) clause_false = true;
      if (pos < w.size() && w[pos] == "and") {
        ++pos;
        continue;
      }
      break;
    }
    if (!clause_false) {
      if (clause.empty()) always = true;
      cond.any.push_back(std::move(clause));
    }
    if (pos < w.size()) {
      if (w[pos] != "or") return std::nullopt;
      ++pos;
    }
  }
  if (always) cond.any.assign(1, {});
  return cond;
}

std::optional<std::vector<Rule>> parse_rules(std::string_view text) {
  std::vector<Rule> rules;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(';', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view part = text.substr(pos, end - pos);
    pos = end + 1;
    if (const size_t at = part.find('@'); at != std::string_view::npos) part = part.substr(0, at);
    const size_t colon = part.find(':');
    if (colon == std::string_view::npos) continue;
    std::string keyword(part.substr(0, colon));
    keyword.erase(std::remove(keyword.begin(), keyword.end(), ' '), keyword.end());
    if (keyword.empty()) continue;
    auto cond = parse_condition(part.substr(colon + 1));
    if (!cond) return std::nullopt;
    if (keyword == "other") cond->any.assign(1, {});
    rules.push_back({std::move(keyword), std::move(*cond)});
  }
  return rules;
}

// The keyword ICU's select() would give an integer: first rule that holds.
std::string_view category_of(const std::vector<Rule>& rules, unsigned long long n) {
  for (const Rule& r : rules)
    if (r.keyword != "other" && r.condition.holds_for(n)) return r.keyword;
  return "other";
}

// Every integer's category repeats with period L = lcm(moduli) once n is
// past the largest range bound B, so [0, B + L] covers every case.
unsigned long long scan_limit(const std::vector<Rule>& rules) {
  unsigned long long bound = 0, period = 1;
  for (const Rule& r : rules)
    for (const auto& clause : r.condition.any)
      for (const Relation& rel : clause) {
        if (rel.mod) period = std::lcm(period, rel.mod);
        else for (const Range& range : rel.ranges) bound = std::max(bound, range.high);
      }
  return std::min<unsigned long long>(bound + period + 1, 100'000'000ULL);
}

// The keywords of `rules` that some non-negative integer selects.
// Scanning [0, scan_limit] is exact but takes a million steps for fr, es,
// pt and it, whose "many" is n % 1000000 == 0. So first try the integers
// where categories show: 0..10000 and CLDR's own samples of each keyword
// (ICU's getSamples, e.g. 1000000 for "many"). Once every keyword is seen
// no scan can find more; only if one is still missing (Russian "other"
// holds only fractions) is the full range scanned, to be sure.
std::set<std::string_view> reached_categories(const std::vector<Rule>& rules, icu::PluralRules& icu_rules) {
  constexpr unsigned long long kFirst = 10000;
  std::set<std::string_view> keywords{"other"};  // what category_of can answer
  for (const Rule& r : rules) keywords.insert(r.keyword);
  std::set<std::string_view> reached;
  for (unsigned long long n = 0; n <= kFirst; ++n) reached.insert(category_of(rules, n));
  for (const Rule& r : rules) {
    if (reached.size() == keywords.size()) return reached;
    double samples[64];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t count =
        icu_rules.getSamples(icu::UnicodeString::fromUTF8(r.keyword), samples, std::size(samples), status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i)
      if (samples[i] >= 0 && samples[i] < 1e15 && samples[i] == std::floor(samples[i]))
        reached.insert(category_of(rules, static_cast<unsigned long long>(samples[i])));
  }
  const unsigned long long limit = scan_limit(rules);
  for (unsigned long long n = kFirst + 1; n <= limit && reached.size() < keywords.size(); ++n)
    reached.insert(category_of(rules, n));
  return reached;
}

std::string print_relation(const Relation& r, bool negate, bool in_conjunction) {
  const std::string lhs = r.mod ? "n % " + std::to_string(r.mod) : "n";
  const bool negated = r.negated != negate;
  std::vector<std::string> parts;
  for (const Range& range : r.ranges) {
    const std::string lo = std::to_string(range.low), hi = std::to_string(range.high);
    if (range.low == range.high) parts.push_back(lhs + (negated ? " != " : " == ") + lo);
    else if (range.low == 0) parts.push_back(lhs + (negated ? " > " : " <= ") + hi);
    else if (negated) parts.push_back("(" + lhs + " < " + lo + " || " + lhs + " > " + hi + ")");
    else parts.push_back(lhs + " >= " + lo + " && " + lhs + " <= " + hi);
  }
  // in: a || b || c; not in: a && b && c
  const std::string join = negated ? " && " : " || ";
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string part = parts[i];
    if (!negated && parts.size() > 1 && part.find("&&") != std::string::npos) part = "(" + part + ")";
    out += (i ? join : "") + part;
  }
  if (parts.size() > 1 && (!negated ? in_conjunction : false)) out = "(" + out + ")";
  return out;
}

std::string print_condition(const Condition& c) {
  std::string out;
  for (size_t i = 0; i < c.any.size(); ++i) {
    const auto& clause = c.any[i];
    std::string text;
    for (size_t j = 0; j < clause.size(); ++j)
      text += (j ? " && " : "") + print_relation(clause[j], false, clause.size() > 1 || c.any.size() > 1);
    // "a || b && c" is valid C, but say what is meant.
    if (c.any.size() > 1 && clause.size() == 1 && text.find(" && ") != std::string::npos && text.front() != '(')
      text = "(" + text + ")";
    out += (i ? " || " : "") + text;
  }
  return out;
}

struct ParsedLocale {
  icu::Locale locale;
  std::string cldr_locale;
  std::string gettext;  // the name gettext uses: "pt_BR", "sr@latin"
};

const std::set<std::string>& plural_locales() {
  static const std::set<std::string> names = [] {
    std::set<std::string> out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> all(icu::PluralRules::getAvailableLocales(status));
    if (U_FAILURE(status) || !all) return out;
    while (const char* name = all->next(nullptr, status)) out.insert(name);
    out.erase("root");
    return out;
  }();
  return names;
}

Result<ParsedLocale> parse_locale(std::string_view text) {
  // Either form, gettext's ("sr@latin", "de_DE.UTF-8") or BCP 47's.
  const std::optional<LocaleName> parsed = parse_locale_name(text);
  if (!parsed) {
    // Say whether it is no locale name at all, or one of a language ICU
    // does not know ("xx-nonsense").
    std::string tag(text.substr(0, std::min({text.find('.'), text.find('@'), text.size()})));
    std::replace(tag.begin(), tag.end(), '_', '-');
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale loc = icu::Locale::forLanguageTag(tag, status);
    if (tag.empty() || U_FAILURE(status) || loc.isBogus() || std::string_view(loc.getLanguage()).empty())
      return unknown_locale(text, "ill-formed locale '" + std::string(text) + "'");
    return unknown_locale(text, "unknown locale '" + std::string(text) + "': CLDR has no plural rules for it");
  }
  const icu::Locale& canonical = parsed->icu;
  // The most specific locale on the fallback chain that CLDR has rules for.
  std::string name = canonical.getName();
  for (;;) {
    if (plural_locales().count(name)) return ParsedLocale{canonical, name, parsed->gettext};
    const size_t cut = name.rfind('_');
    if (cut == std::string::npos) break;
    name.resize(cut);
    while (!name.empty() && name.back() == '_') name.pop_back();
  }
  return unknown_locale(text, "unknown locale '" + std::string(text) + "': CLDR has no plural rules for it");
}

}  // namespace

Result<std::string> canonical_locale(std::string_view locale) {
  auto parsed = parse_locale(locale);
  if (!parsed) return parsed.error();
  return parsed->gettext;
}

Result<CldrPluralForms> cldr_plural_forms(std::string_view locale) {
  auto parsed = parse_locale(locale);
  if (!parsed) return parsed.error();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::PluralRules> icu_rules(icu::PluralRules::forLocale(parsed->locale, status));
  if (U_FAILURE(status) || !icu_rules) return unknown_locale(locale, "ICU has no plural rules for '" + std::string(locale) + "'");
  std::string text;
  icu_rules->getRules().toUTF8String(text);
  auto rules = parse_rules(text);
  if (!rules) return unknown_locale(locale, "cannot read ICU's plural rules for '" + std::string(locale) + "': " + text);

  const std::set<std::string_view> reached = reached_categories(*rules, *icu_rules);

  CldrPluralForms out;
  out.locale = parsed->cldr_locale;
  for (std::string_view keyword : kCategoryOrder)
    if (reached.count(keyword)) out.categories.emplace_back(keyword);

  // Conditions of every category but the last, which is what is left.
  std::vector<const Condition*> conditions;
  for (size_t i = 0; i + 1 < out.categories.size(); ++i) {
    for (const Rule& r : *rules)
      if (r.keyword == out.categories[i]) conditions.push_back(&r.condition);
  }
  std::string expr;
  if (conditions.empty()) {
    expr = "0";
  } else if (conditions.size() == 1 && conditions[0]->any.size() == 1 && conditions[0]->any[0].size() == 1 &&
             conditions[0]->any[0][0].ranges.size() == 1) {
    // Two forms and a one-range test: gettext's idiom "(n != 1)".
    expr = "(" + print_relation(conditions[0]->any[0][0], true, false) + ")";
  } else {
    expr = "(";
    for (size_t i = 0; i < conditions.size(); ++i) {
      std::string c = print_condition(*conditions[i]);
      const bool one_group = c.front() == '(' && c.back() == ')' && std::count(c.begin(), c.end(), '(') == 1;
      if (c.find(" || ") != std::string::npos && !one_group) c = "(" + c + ")";
      expr += c + " ? " + std::to_string(i) + " : ";
    }
    expr += std::to_string(conditions.size()) + ")";
  }
  out.header_value = "nplurals=" + std::to_string(out.categories.size()) + "; plural=" + expr + ";";
  return out;
}

}  // namespace xloc
