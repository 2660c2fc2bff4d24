// The Language field: ICU's English language names, read once into a map.
#include "merge/language_header.h"

#include <array>
#include <regex>
#include <unordered_map>

#include <unicode/uloc.h>
#include <unicode/ustring.h>

namespace xloc {
namespace {

constexpr std::array<std::string_view, 6> kBeforeLanguage = {"Project-Id-Version", "Report-Msgid-Bugs-To",
                                                             "POT-Creation-Date",  "PO-Revision-Date",
                                                             "Last-Translator",    "Language-Team"};

// Team names that name a country variant rather than a language.
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kVariantTeams = {{
    {"Brazilian Portuguese", "pt_BR"},
    {"Chinese (simplified)", "zh_CN"},
    {"Chinese (traditional)", "zh_TW"},
}};

// Latin letters with diacritics as teams write them in ASCII (Bokmål -> Bokmal).
std::string ascii_spelling(std::string_view name) {
  static const std::array<std::pair<std::string_view, char>, 8> folds = {{
      {"å", 'a'}, {"á", 'a'}, {"é", 'e'}, {"ü", 'u'}, {"ö", 'o'}, {"ç", 'c'}, {"ã", 'a'}, {"í", 'i'},
  }};
  std::string out;
  for (size_t i = 0; i < name.size();) {
    bool folded = false;
    for (const auto& [from, to] : folds)
      if (name.substr(i).starts_with(from)) {
        out += to;
        i += from.size();
        folded = true;
        break;
      }
    if (!folded) out += name[i++];
  }
  return out;
}

const std::unordered_map<std::string, std::string>& english_names() {
  static const std::unordered_map<std::string, std::string> names = [] {
    std::unordered_map<std::string, std::string> map;
    for (const char* const* code = uloc_getISOLanguages(); *code; ++code) {
      UErrorCode status = U_ZERO_ERROR;
      char name[128];
      UChar buffer[128];
      const int32_t n = uloc_getDisplayLanguage(*code, "en", buffer, 128, &status);
      if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || n <= 0 || n >= 128) continue;
      // To UTF-8 (the names are short; u_strToUTF8 needs ustring.h).
      int32_t length = 0;
      status = U_ZERO_ERROR;
      u_strToUTF8(name, sizeof name, &length, buffer, n, &status);
      if (U_FAILURE(status) || length >= static_cast<int32_t>(sizeof name)) continue;
      const std::string english(name, static_cast<size_t>(length));
      if (english == *code) continue;  // ICU has no name for it
      // Two-letter codes win over three-letter ones for the same name.
      const bool two_letters = std::string_view(*code).size() == 2;
      for (const std::string& key : {english, ascii_spelling(english)}) {
        auto [it, inserted] = map.emplace(key, *code);
        if (!inserted && two_letters && it->second.size() != 2) it->second = *code;
      }
    }
    return map;
  }();
  return names;
}

}  // namespace

std::optional<std::string> language_from_team(std::string_view team) {
  std::string_view name = team.substr(0, team.find(" <"));
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  for (const auto& [team_name, code] : kVariantTeams)
    if (name == team_name) return std::string(code);
  const auto& names = english_names();
  if (auto it = names.find(std::string(name)); it != names.end()) return it->second;
  return std::nullopt;
}

bool is_catalog_name(std::string_view s) {
  static const std::regex pattern("[a-z]{2,3}(_[A-Z][a-z]{3})?(_([A-Z]{2}|[0-9]{3}))?(@[a-z0-9]+)?");
  return std::regex_match(s.begin(), s.end(), pattern);
}

void update_language(Header& header, const std::optional<std::string>& lang) {
  if (lang) {
    header.set_in_order("Language", *lang, kBeforeLanguage);
    return;
  }
  if (header.get("Language")) return;
  const auto team = header.get("Language-Team");
  if (!team) return;
  header.set_in_order("Language", language_from_team(*team).value_or(""), kBeforeLanguage);
}

}  // namespace xloc
