// The "text" format: gcc-style lines that editors and CI log parsers
// already understand, then one summary line; ANSI colours only when asked.
#include <ostream>

#include "report/report_format.h"

namespace xloc {
namespace {

std::string_view colour_of(Severity s) {
  switch (s) {
    case Severity::kError: return "\x1b[1;31m";
    case Severity::kWarning: return "\x1b[1;35m";
    case Severity::kInfo: return "\x1b[1;36m";
  }
  return "";
}

}  // namespace

void write_text_report(const CheckRun& run, const ReportOptions& options, std::ostream& out) {
  for (const CatalogResult& c : run.catalogs)
    for (const Diagnostic& d : c.diagnostics) {
      if (!options.colour) {
        out << d.to_string() << '\n';
        continue;
      }
      out << "\x1b[1m" << d.where.to_string() << ":\x1b[0m " << colour_of(d.severity) << severity_name(d.severity)
          << ":\x1b[0m " << d.message << " [" << d.check << "]\n";
    }
  out << summary_line(run) << '\n';
}

}  // namespace xloc
