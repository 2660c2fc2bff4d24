#include "check/inline_markup.h"

#include <algorithm>
#include <cctype>

namespace xloc {
namespace {

bool name_start(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == ':' || static_cast<unsigned char>(c) >= 0x80;
}
bool name_char(char c) {
  return name_start(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '.';
}

// Attributes whose values are prose and so are translated.
bool translatable_attribute(std::string_view name) {
  return name == "title" || name == "alt" || name == "aria-label" || name == "label";
}

std::string tag_text(const InlineElement& e, std::string_view only = {}) {
  std::string out = "<" + e.name;
  for (const auto& [k, v] : e.attributes)
    if (only.empty() || k == only) out += " " + k + "=\"" + v + "\"";
  return out + ">";
}

}  // namespace

InlineMarkup scan_inline_markup(std::string_view s, bool xml) {
  InlineMarkup out;
  std::vector<std::string> open;
  auto fail = [&](std::string why) {
    out.error = std::move(why);
    return out;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&' && xml) {
      size_t j = i + 1;
      if (j < s.size() && s[j] == '#') ++j;
      while (j < s.size() && (name_char(s[j]))) ++j;
      if (j >= s.size() || s[j] != ';' || j == i + 1) return fail("'&' is not escaped as '&amp;'");
      i = j;
      continue;
    }
    if (s[i] != '<') continue;
    const size_t start = i;
    size_t j = i + 1;
    const bool closing = j < s.size() && s[j] == '/';
    if (closing) ++j;
    if (j >= s.size() || !name_start(s[j])) {
      if (xml) return fail("'<' is not escaped as '&lt;'");
      continue;
    }
    const size_t name_begin = j;
    while (j < s.size() && name_char(s[j])) ++j;
    InlineElement element;
    element.name = std::string(s.substr(name_begin, j - name_begin));
    bool empty = false;
    for (;;) {
      while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
      if (j >= s.size()) return fail("the tag '" + std::string(s.substr(start, j - start)) + "' is not closed with '>'");
      if (s[j] == '>') break;
      if (s[j] == '/' && j + 1 < s.size() && s[j + 1] == '>' && !closing) {
        empty = true;
        ++j;
        break;
      }
      if (closing || !name_start(s[j])) return fail("unexpected '" + std::string(1, s[j]) + "' in the tag <" + element.name + ">");
      const size_t a = j;
      while (j < s.size() && name_char(s[j])) ++j;
      const std::string attr(s.substr(a, j - a));
      while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
      if (j >= s.size() || s[j] != '=') return fail("attribute '" + attr + "' of <" + element.name + "> has no value");
      ++j;
      while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
      if (j >= s.size() || (s[j] != '"' && s[j] != '\'')) return fail("attribute '" + attr + "' of <" + element.name + "> is not quoted");
      const char q = s[j];
      const size_t close = s.find(q, j + 1);
      if (close == std::string_view::npos) return fail("attribute '" + attr + "' of <" + element.name + "> is not closed");
      if (!element.attributes.emplace(attr, std::string(s.substr(j + 1, close - j - 1))).second)
        return fail("attribute '" + attr + "' appears twice in <" + element.name + ">");
      j = close + 1;
    }
    i = j;
    if (closing) {
      if (open.empty()) return fail("</" + element.name + "> closes no element");
      if (open.back() != element.name) return fail("</" + element.name + "> closes <" + open.back() + ">");
      open.pop_back();
      continue;
    }
    if (!empty) open.push_back(element.name);
    out.elements.push_back(std::move(element));
  }
  if (!open.empty()) return fail("<" + open.back() + "> is never closed");
  return out;
}

std::optional<std::string> compare_inline_markup(const InlineMarkup& source, const InlineMarkup& translation) {
  auto strip = [](std::vector<InlineElement> v) {
    for (InlineElement& e : v)
      std::erase_if(e.attributes, [](const auto& kv) { return translatable_attribute(kv.first); });
    std::sort(v.begin(), v.end());
    return v;
  };
  const auto s = strip(source.elements), t = strip(translation.elements);
  if (s == t) return std::nullopt;
  std::vector<InlineElement> missing, extra;
  std::set_difference(s.begin(), s.end(), t.begin(), t.end(), std::back_inserter(missing));
  std::set_difference(t.begin(), t.end(), s.begin(), s.end(), std::back_inserter(extra));
  // Same element, other attributes: a changed link target, a renamed style.
  for (const InlineElement& m : missing)
    for (const InlineElement& e : extra)
      if (m.name == e.name) {
        for (const auto& [k, v] : m.attributes) {
          auto it = e.attributes.find(k);
          if (it == e.attributes.end())
            return "attribute " + k + "=\"" + v + "\" of <" + m.name + "> is missing from the translation";
          if (it->second != v)
            return "<" + m.name + "> has " + k + "=\"" + v + "\" in the source but " + k + "=\"" + it->second +
                   "\" in the translation";
        }
        for (const auto& [k, v] : e.attributes)
          if (!m.attributes.count(k))
            return "attribute " + k + "=\"" + v + "\" of <" + e.name + "> is not in the source";
      }
  if (!missing.empty()) return "element " + tag_text(missing.front()) + " of the source is missing from the translation";
  return "element " + tag_text(extra.front()) + " is not in the source";
}

}  // namespace xloc
