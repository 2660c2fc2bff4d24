#include "catalog/locale_name.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cctype>

namespace xloc {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool is_alnum(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

// A gettext modifier as BCP 47 subtags: {script, variant}; both empty for
// one that says nothing about the language ("euro"). nullopt if it cannot
// be said in BCP 47.
std::optional<std::pair<std::string, std::string>> modifier_subtags(const std::string& modifier) {
  const std::string m = lower(modifier);
  if (m == "euro") return std::pair<std::string, std::string>{};
  if (m == "ijekavian") return std::pair<std::string, std::string>{"", "ijekavsk"};
  if (m == "ijekavianlatin") return std::pair<std::string, std::string>{"Latn", "ijekavsk"};
  const int script = u_getPropertyValueEnum(UCHAR_SCRIPT, m.c_str());
  if (script != UCHAR_INVALID_CODE) {
    const char* code = uscript_getShortName(static_cast<UScriptCode>(script));
    if (code != nullptr && std::string_view(code).size() == 4) return std::pair<std::string, std::string>{code, ""};
  }
  // A BCP 47 variant is 5-8 letters and digits, or 4 starting with a digit.
  if (is_alnum(m) && ((m.size() >= 5 && m.size() <= 8) || (m.size() == 4 && std::isdigit(static_cast<unsigned char>(m[0])))))
    return std::pair<std::string, std::string>{"", m};
  return std::nullopt;
}

// The gettext modifier for a variant ("ijekavsk" -> "ijekavian").
std::string variant_modifier(const std::string& variant) {
  const std::string v = lower(variant);
  return v == "ijekavsk" ? "ijekavian" : v;
}

// The script a language is written in when nothing else is said.
std::string usual_script(const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale likely(locale.getLanguage(), locale.getCountry());
  likely.addLikelySubtags(status);
  return U_SUCCESS(status) ? likely.getScript() : "";
}

std::optional<LocaleName> from_icu(const icu::Locale& parsed) {
  const icu::Locale locale = icu::Locale::createCanonical(parsed.getName());
  if (locale.isBogus() || std::string_view(locale.getLanguage()).empty() ||
      std::string_view(locale.getISO3Language()).empty())
    return std::nullopt;
  LocaleName name;
  name.icu = locale;
  UErrorCode status = U_ZERO_ERROR;
  name.bcp47 = locale.toLanguageTag<std::string>(status);
  if (U_FAILURE(status) || name.bcp47.empty() || name.bcp47 == "und") return std::nullopt;

  std::string region = locale.getCountry();
  std::string script = locale.getScript();
  if (!script.empty() && script == usual_script(locale)) script.clear();
  if (script == "Hans" || script == "Hant") {  // gettext names written Chinese by region: zh_TW
    if (region.empty()) {
      icu::Locale likely((std::string(locale.getLanguage()) + "_" + script).c_str());
      UErrorCode s = U_ZERO_ERROR;
      likely.addLikelySubtags(s);
      if (U_SUCCESS(s)) region = likely.getCountry();
    }
    script.clear();
  }
  std::string modifier;
  const std::string variant = locale.getVariant();
  if (!script.empty()) {
    const int code = u_getPropertyValueEnum(UCHAR_SCRIPT, script.c_str());
    modifier = lower(uscript_getName(static_cast<UScriptCode>(code)));
  }
  if (!variant.empty()) {
    const std::string v = variant_modifier(variant);
    modifier = modifier == "latin" && v == "ijekavian" ? "ijekavianlatin" : modifier.empty() ? v : modifier + "_" + v;
  }
  name.gettext = std::string(locale.getLanguage()) + (region.empty() ? "" : "_" + region) +
                 (modifier.empty() ? "" : "@" + modifier);
  return name;
}

}  // namespace

std::optional<LocaleName> parse_locale_name(std::string_view text) {
  std::string id(text);
  std::string modifier;
  if (const size_t at = id.find('@'); at != std::string::npos) {
    modifier = id.substr(at + 1);
    id.erase(at);
    if (modifier.empty()) return std::nullopt;
  }
  if (const size_t dot = id.find('.'); dot != std::string::npos) id.erase(dot);  // the codeset: de_DE.UTF-8
  if (id.empty() || id.size() > 64) return std::nullopt;
  for (char c : id)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return std::nullopt;
  std::replace(id.begin(), id.end(), '_', '-');
  if (!modifier.empty()) {
    auto subtags = modifier_subtags(modifier);
    if (!subtags) return std::nullopt;
    // Insert the script after the language, the variant at the end.
    const size_t language_end = std::min(id.find('-'), id.size());
    if (!subtags->first.empty()) id.insert(language_end, "-" + subtags->first);
    if (!subtags->second.empty()) id += "-" + subtags->second;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale parsed = icu::Locale::forLanguageTag(id, status);
  if (U_FAILURE(status)) return std::nullopt;
  return from_icu(parsed);
}

void warm_up_locale_data() {
  for (const char* name : {"sr_RS@latin", "ca@valencia", "zh-Hant", "iw", "cmn"}) (void)parse_locale_name(name);
}

}  // namespace xloc
