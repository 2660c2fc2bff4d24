#include "export/credits.h"

#include <algorithm>

#include <pugixml.hpp>

#include "its/rules.h"
#include "its/xml_names.h"

namespace xloc {
namespace {

struct Translator {
  std::string name, email, years;
};

// "Name <email>, years" (itstool's format); other lines are skipped.
std::vector<Translator> parse_translators(std::string_view text) {
  std::vector<Translator> out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    const size_t lt = line.find(" <"), gt = line.find(">, ", lt == std::string_view::npos ? 0 : lt);
    if (lt == std::string_view::npos || gt == std::string_view::npos || lt == 0) continue;
    out.push_back({std::string(line.substr(0, lt)), std::string(line.substr(lt + 2, gt - lt - 2)),
                   std::string(line.substr(gt + 3))});
  }
  return out;
}

void escape(std::string& out, std::string_view text) {
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
}

class Writer {
 public:
  Writer(const its::WalkResult& w, const Translator& t) : w_(w), t_(t) {}

  void element(pugi::xml_node e, std::string& out) const {
    its::QName q = its::split_qname(e.name());
    const std::string uri = its::lookup(w_.credits_namespaces, q.prefix).value_or("");
    if (uri == its::kItstoolNamespace && q.local == "value-of") {
      std::string_view select = e.attribute("select").value();
      escape(out, select == "name" ? t_.name : select == "email" ? t_.email : select == "years" ? t_.years : "");
      return;
    }
    if (uri == its::kItstoolNamespace) {  // itst:for-each and the like: their content, once
      children(e, out);
      return;
    }
    // The document's own prefix for this namespace, or a declaration.
    std::string name, declaration;
    auto bound = std::find_if(w_.credits_scope.begin(), w_.credits_scope.end(),
                              [&](const auto& b) { return b.second == uri; });
    if (bound != w_.credits_scope.end()) {
      name = bound->first.empty() ? std::string(q.local) : bound->first + ":" + std::string(q.local);
    } else {
      name = e.name();
      declaration = " xmlns" + (q.prefix.empty() ? std::string() : ":" + std::string(q.prefix)) + "=\"" + uri + "\"";
    }
    out += "<" + name + declaration;
    for (pugi::xml_attribute a : e.attributes()) {
      std::string_view an = a.name();
      if (an == "xmlns" || an.starts_with("xmlns:")) continue;
      out += " ";
      out += an;
      out += "=\"";
      escape(out, a.value());
      out += "\"";
    }
    out += ">";
    children(e, out);
    out += "</" + name + ">";
  }

  void children(pugi::xml_node e, std::string& out) const {
    for (pugi::xml_node c : e.children()) {
      if (c.type() == pugi::node_element) element(c, out);
      else if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        std::string_view v = c.value();
        if (v.find_first_not_of(" \t\r\n") != std::string_view::npos) escape(out, v);
      }
    }
  }

 private:
  const its::WalkResult& w_;
  const Translator& t_;
};

}  // namespace

std::string render_credits(const its::WalkResult& walk, std::string_view translation) {
  if (walk.credits_template.empty()) return "";
  pugi::xml_document doc;
  const std::string wrapped = "<t>" + walk.credits_template + "</t>";
  if (!doc.load_buffer(wrapped.data(), wrapped.size())) return "";
  std::string out;
  for (const Translator& t : parse_translators(translation)) {
    out += "  ";
    Writer(walk, t).children(doc.first_child(), out);
    out += "\n" + walk.credits_indent;
  }
  return out;
}

}  // namespace xloc
