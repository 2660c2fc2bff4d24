// Check "urls": every URL (scheme://..., www....) and e-mail address of the
// source appears unchanged in the translation. Addresses inside markup
// attributes count too: a changed link target breaks the link.
#include <cctype>
#include <vector>

#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

bool url_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || std::string_view("-._~:/?#[]@!$&'()*+,;=%").find(c) != std::string_view::npos;
}

std::string_view trim_url_end(std::string_view url) {
  while (!url.empty() && std::string_view(".,;:!?)'\"]").find(url.back()) != std::string_view::npos)
    url.remove_suffix(1);
  return url;
}

std::vector<std::string_view> find_addresses(std::string_view text) {
  std::vector<std::string_view> out;
  for (size_t i = 0; i < text.size(); ++i) {
    const bool starts = text.compare(i, 7, "http://") == 0 || text.compare(i, 8, "https://") == 0 ||
                        text.compare(i, 6, "ftp://") == 0 || text.compare(i, 4, "www.") == 0 ||
                        text.compare(i, 7, "mailto:") == 0;
    if (starts && (i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
      size_t end = i;
      while (end < text.size() && url_char(text[end]) && text[end] != '\'') ++end;
      out.push_back(trim_url_end(text.substr(i, end - i)));
      i = end;
      continue;
    }
    if (text[i] == '@' && i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]))) {
      size_t b = i, e = i + 1;
      auto local = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' || c == '+'; };
      while (b > 0 && local(text[b - 1])) --b;
      while (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '.' || text[e] == '-')) ++e;
      const std::string_view addr = trim_url_end(text.substr(b, e - b));
      if (addr.find('.', i - b) != std::string_view::npos) out.push_back(addr);
      i = e;
    }
  }
  return out;
}

}  // namespace

void urls(const Message& m, const TextPair& pair, const CheckScope&, Findings& out) {
  if (pair.source.find("://") == std::string_view::npos && pair.source.find('@') == std::string_view::npos &&
      pair.source.find("www.") == std::string_view::npos)
    return;
  for (std::string_view address : find_addresses(pair.source)) {
    if (address.size() < 8 || pair.translation.find(address) != std::string_view::npos) continue;
    out.add(m, "the address " + quote(address) + " of the source is missing from the translation");
    return;
  }
}

}  // namespace xloc::checks
