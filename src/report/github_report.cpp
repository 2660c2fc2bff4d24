// The "github" format: GitHub Actions workflow commands, one per
// diagnostic ("::error file=po/de.po,line=12,col=8,title=c-format::..."),
// escaped as the runner expects; infos are notices. Then the summary.
#include <ostream>

#include "report/report_format.h"

namespace xloc {
namespace {

std::string escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

std::string_view command_of(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "notice";
  }
  return "error";
}

}  // namespace

void write_github_report(const CheckRun& run, const ReportOptions&, std::ostream& out) {
  for (const CatalogResult& c : run.catalogs)
    for (const Diagnostic& d : c.diagnostics) {
      out << "::" << command_of(d.severity) << " file=" << escape_property(d.where.file);
      if (d.where.line > 0) out << ",line=" << d.where.line;
      if (d.where.column > 0) out << ",col=" << d.where.column;
      out << ",title=" << escape_property(d.check) << "::" << escape_data(d.message) << '\n';
    }
  out << summary_line(run) << '\n';
}

}  // namespace xloc
