// The "sarif" format: SARIF 2.1.0 with one run, the registry as the
// driver's rules (id, title, default level) and one result per diagnostic
// (ruleId, ruleIndex, level, message, physical location with the file as
// a percent-encoded URI reference).
#include <nlohmann/json.hpp>

#include <ostream>

#include "check/check.h"
#include "report/report_format.h"

namespace xloc {
namespace {

std::string_view level_of(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "note";
  }
  return "error";
}

// A file path as the URI reference SARIF's artifactLocation.uri must be
// (RFC 3986): every byte but unreserved characters and '/' percent-encoded
// ("po/a b.po" -> "po/a%20b.po"); an absolute path as a file: URI.
std::string uri_of(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = path.starts_with('/') ? "file://" : "";
  for (unsigned char c : path) {
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                            c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace

void write_sarif_report(const CheckRun& run, const ReportOptions& options, std::ostream& out) {
  using json = nlohmann::ordered_json;
  json rules = json::array();
  const auto registry = check_registry();
  for (const CheckInfo& info : registry)
    rules.push_back({{"id", info.id},
                     {"name", info.id},
                     {"shortDescription", {{"text", info.title}}},
                     {"defaultConfiguration", {{"level", level_of(info.severity)}}}});
  json results = json::array();
  for (const CatalogResult& c : run.catalogs)
    for (const Diagnostic& d : c.diagnostics) {
      json result = {{"ruleId", d.check}};
      for (size_t i = 0; i < registry.size(); ++i)
        if (registry[i].id == d.check) result["ruleIndex"] = i;
      result["level"] = level_of(d.severity);
      result["message"] = {{"text", d.message}};
      json physical = {{"artifactLocation", {{"uri", uri_of(d.where.file)}}}};
      if (d.where.line > 0) {
        physical["region"] = {{"startLine", d.where.line}};
        if (d.where.column > 0) physical["region"]["startColumn"] = d.where.column;
      }
      result["locations"] = json::array({{{"physicalLocation", physical}}});
      results.push_back(result);
    }
  json driver = {{"name", "xloc"}};
  if (!options.tool_version.empty()) driver["version"] = options.tool_version;
  driver["rules"] = rules;
  json doc = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({{{"tool", {{"driver", driver}}}, {"results", results}}})}};
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace xloc
