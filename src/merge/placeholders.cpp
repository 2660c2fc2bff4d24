#include "merge/placeholders.h"

#include <algorithm>
#include <cctype>

namespace xloc {
namespace {

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == ':' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// "%[N$][flags][width][.prec][length]conv" at text[i] == '%'; "" if none.
std::string printf_at(std::string_view text, size_t& i) {
  size_t j = i + 1;
  if (j < text.size() && text[j] == '%') {
    i = j + 1;
    return "";
  }
  size_t k = j;
  while (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
  if (k < text.size() && text[k] == '$' && k > j) j = k + 1;  // positional: dropped
  while (j < text.size() && std::string_view("-+ #0'I").find(text[j]) != std::string_view::npos) ++j;
  const size_t spec = j;
  while (j < text.size() && (std::isdigit(static_cast<unsigned char>(text[j])) || text[j] == '.' || text[j] == '*')) ++j;
  while (j < text.size() && std::string_view("hlLqjzt").find(text[j]) != std::string_view::npos) ++j;
  if (j < text.size() && std::string_view("diouxXeEfFgGaAcspn").find(text[j]) != std::string_view::npos) {
    std::string out = "%" + std::string(text.substr(spec, j - spec + 1));
    i = j + 1;
    return out;
  }
  ++i;
  return "";
}

}  // namespace

std::vector<std::string> placeholders(std::string_view text, bool printf) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '%' && printf) {
      std::string p = printf_at(text, i);
      if (!p.empty()) out.push_back(std::move(p));
    } else if (c == '{') {
      const size_t close = text.find('}', i);
      size_t j = i + 1;
      while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_')) ++j;
      if (close != std::string_view::npos && close == j && j > i + 1) {
        out.emplace_back(text.substr(i, j - i + 1));
        i = j + 1;
      } else {
        ++i;
      }
    } else if (c == '<') {
      size_t j = i + 1;
      const bool closing = j < text.size() && text[j] == '/';
      if (closing) ++j;
      const size_t name_start = j;
      while (j < text.size() && is_name_char(text[j])) ++j;
      const size_t end = text.find('>', j);
      if (j > name_start && std::isalpha(static_cast<unsigned char>(text[name_start])) + (text[name_start] == '_') &&
          end != std::string_view::npos && text.substr(j, end - j).find('<') == std::string_view::npos) {
        const std::string name(text.substr(name_start, j - name_start));
        // itstool placeholders are identified by the whole name ("_:link-1").
        out.push_back(closing ? "</" + name + ">" : "<" + name + ">");
        i = end + 1;
      } else {
        ++i;
      }
    } else {
      ++i;
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool can_satisfy(std::string_view source, std::string_view translation, bool printf) {
  const auto have = placeholders(source, printf);
  for (const std::string& p : placeholders(translation, printf))
    if (!std::binary_search(have.begin(), have.end(), p)) return false;
  return true;
}

}  // namespace xloc
