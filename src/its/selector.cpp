#include "its/selector.h"

#include <algorithm>
#include <unordered_map>

#include "its/rules.h"

namespace xloc::its {
namespace {

bool name_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
bool name_char(char c) { return name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

}  // namespace

NamespaceTable::NamespaceTable()
    : uris_{kItsNamespace, kItstoolNamespace, kXlinkNamespace, "http://docbook.org/ns/docbook",
            "http://projectmallard.org/1.0/", "http://www.w3.org/1999/xhtml"} {}

std::string NamespaceTable::prefix_for(std::string_view uri) {
  if (uri.empty()) return "";
  if (uri == kXmlNamespace) return "xml";
  auto it = std::find(uris_.begin(), uris_.end(), uri);
  size_t index = static_cast<size_t>(it - uris_.begin());
  if (it == uris_.end()) uris_.emplace_back(uri);
  return std::string(kCanonicalPrefix) + std::to_string(index);
}

std::string NamespaceTable::canonical_name(std::string_view uri, std::string_view local) {
  std::string prefix = prefix_for(uri);
  if (prefix.empty()) return std::string(local);
  return prefix + ":" + std::string(local);
}

bool rewrite_prefixes(std::string_view x, const NamespaceBindings& bindings, NamespaceTable& table,
                      std::string& out, std::string& unbound) {
  out.clear();
  size_t i = 0;
  while (i < x.size()) {
    const char c = x[i];
    if (c == '"' || c == '\'') {
      size_t close = x.find(c, i + 1);
      if (close == std::string_view::npos) close = x.size() - 1;
      out.append(x.substr(i, close - i + 1));
      i = close + 1;
    } else if (c == '$') {  // variable reference: copied as is
      size_t j = i + 1;
      while (j < x.size() && (name_char(x[j]) || x[j] == ':')) ++j;
      out.append(x.substr(i, j - i));
      i = j;
    } else if (name_start(c) && (i == 0 || !name_char(x[i - 1]))) {
      size_t j = i;
      while (j < x.size() && name_char(x[j])) ++j;
      std::string_view name = x.substr(i, j - i);
      const bool qualified = j + 1 < x.size() && x[j] == ':' && x[j + 1] != ':' &&
                             (name_start(x[j + 1]) || x[j + 1] == '*');
      if (!qualified) {
        out.append(name);
        i = j;
        continue;
      }
      std::optional<std::string> uri = lookup(bindings, name);
      if (!uri) {
        unbound = std::string(name);
        return false;
      }
      out += table.prefix_for(*uri);
      out += ':';
      i = j + 1;
    } else {
      out += c;
      ++i;
    }
  }
  return true;
}

Result<std::shared_ptr<pugi::xpath_query>> compile_selector(const std::string& xpath,
                                                            const NamespaceBindings& bindings,
                                                            NamespaceTable& table,
                                                            pugi::xpath_variable_set* variables,
                                                            const SourceLocation& where) {
  std::string rewritten, unbound;
  if (!rewrite_prefixes(xpath, bindings, table, rewritten, unbound))
    return Error{"invalid-selector", "selector uses the undeclared namespace prefix '" + unbound + "'", xpath,
                 where};
  // Every document compiles the same rules again; a query depends only on
  // its rewritten text (canonical prefixes included), so it can be reused.
  // Per thread: pugixml does not promise that sharing a query is safe.
  thread_local std::unordered_map<std::string, std::shared_ptr<pugi::xpath_query>> cache;
  if (!variables)
    if (auto hit = cache.find(rewritten); hit != cache.end()) return hit->second;
  std::string reason;
  std::shared_ptr<pugi::xpath_query> query;
#ifndef PUGIXML_NO_EXCEPTIONS
  try {
    query = std::make_shared<pugi::xpath_query>(rewritten.c_str(), variables);
  } catch (const pugi::xpath_exception& e) {
    reason = e.result().description();
  }
#else
  query = std::make_shared<pugi::xpath_query>(rewritten.c_str(), variables);
#endif
  if (reason.empty() && query && !query->result()) reason = query->result().description();
  if (!reason.empty()) {
    reason[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(reason[0])));
    return Error{"invalid-selector", "invalid XPath selector: " + reason, xpath, where};
  }
  if (!variables) cache.emplace(std::move(rewritten), query);
  return query;
}

}  // namespace xloc::its
