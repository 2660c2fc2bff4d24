// The "json" format, as DESIGN.md fixes it:
// {"diagnostics":[{"file","line","column","check","severity","message",
//                 "msgid","msgctxt"}],   (msgid/msgctxt null where no message is meant)
//  "summary":{"catalogs","messages","errors","warnings","infos","unusable"}}
#include <nlohmann/json.hpp>

#include <ostream>

#include "report/report_format.h"

namespace xloc {

void write_json_report(const CheckRun& run, const ReportOptions&, std::ostream& out) {
  nlohmann::ordered_json diagnostics = nlohmann::ordered_json::array();
  size_t messages = 0, unusable = 0;
  for (const CatalogResult& c : run.catalogs) {
    messages += c.messages;
    unusable += c.unusable ? 1 : 0;
    for (const Diagnostic& d : c.diagnostics)
      diagnostics.push_back({{"file", d.where.file},
                             {"line", d.where.line},
                             {"column", d.where.column},
                             {"check", d.check},
                             {"severity", severity_name(d.severity)},
                             {"message", d.message},
                             {"msgid", d.msgid ? nlohmann::ordered_json(*d.msgid) : nlohmann::ordered_json()},
                             {"msgctxt", d.msgctxt ? nlohmann::ordered_json(*d.msgctxt) : nlohmann::ordered_json()}});
  }
  nlohmann::ordered_json doc = {
      {"diagnostics", diagnostics},
      {"summary",
       {{"catalogs", run.catalogs.size()},
        {"messages", messages},
        {"errors", run.count(Severity::kError)},
        {"warnings", run.count(Severity::kWarning)},
        {"infos", run.count(Severity::kInfo)},
        {"unusable", unusable}}}};
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace xloc
