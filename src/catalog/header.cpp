#include "catalog/header.h"

#include <algorithm>
#include <cctype>

namespace xloc {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// " " + value, spelled so that GCC 12 at -O3 does not warn (-Wrestrict).
std::string with_leading_space(std::string_view value) {
  std::string out;
  out.reserve(value.size() + 1);
  out += ' ';
  out += value;
  return out;
}

}  // namespace

Header Header::parse(std::string_view msgstr) {
  Header h;
  h.trailing_newline_ = msgstr.empty() || msgstr.back() == '\n';
  size_t pos = 0;
  while (pos < msgstr.size()) {
    size_t end = msgstr.find('\n', pos);
    if (end == std::string_view::npos) end = msgstr.size();
    std::string_view line = msgstr.substr(pos, end - pos);
    pos = end + 1;
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 || line.substr(0, colon).find(' ') != std::string_view::npos) {
      h.fields_.emplace_back(std::string(), std::string(line));
    } else {
      h.fields_.emplace_back(std::string(line.substr(0, colon)), std::string(line.substr(colon + 1)));
    }
  }
  return h;
}

std::optional<std::string> Header::get(std::string_view key) const {
  for (const auto& [k, v] : fields_)
    if (!k.empty() && iequals(k, key)) return std::string(trim(v));
  return std::nullopt;
}

void Header::set(std::string_view key, std::string_view value) {
  for (auto& [k, v] : fields_) {
    if (!k.empty() && iequals(k, key)) {
      v = with_leading_space(value);
      return;
    }
  }
  fields_.emplace_back(std::string(key), with_leading_space(value));
}

void Header::set_in_order(std::string_view key, std::string_view value, std::span<const std::string_view> before) {
  if (get(key)) return set(key, value);
  size_t at = 0;
  for (size_t i = 0; i < fields_.size(); ++i)
    for (std::string_view b : before)
      if (!fields_[i].first.empty() && iequals(fields_[i].first, b)) at = i + 1;
  fields_.insert(fields_.begin() + static_cast<std::ptrdiff_t>(at),
                 {std::string(key), with_leading_space(value)});
}

void Header::remove(std::string_view key) {
  fields_.erase(std::remove_if(fields_.begin(), fields_.end(),
                               [&](const auto& f) { return !f.first.empty() && iequals(f.first, key); }),
                fields_.end());
}

std::string Header::to_msgstr() const {
  std::string out;
  for (size_t i = 0; i < fields_.size(); ++i) {
    const auto& [k, v] = fields_[i];
    if (!k.empty()) out += k + ":";
    out += v;
    if (i + 1 < fields_.size() || trailing_newline_) out += '\n';
  }
  return out;
}

std::string Header::charset() const {
  const auto type = get("Content-Type");
  if (!type) return "UTF-8";
  const auto at = type->find("charset=");
  if (at == std::string::npos) return "UTF-8";
  std::string cs = type->substr(at + 8);
  const auto stop = cs.find_first_of("; \t");
  if (stop != std::string::npos) cs.resize(stop);
  return cs.empty() ? "UTF-8" : cs;
}

std::optional<std::string> Header::language() const {
  auto lang = get("Language");
  if (!lang || lang->empty()) return std::nullopt;
  return lang;
}

}  // namespace xloc
