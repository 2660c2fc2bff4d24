// Exports escape_html(): text as HTML character data or a quoted attribute
// value, for every page xloc writes (the release report, the review page).
#pragma once

#include <string>
#include <string_view>

namespace xloc {

inline std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace xloc
