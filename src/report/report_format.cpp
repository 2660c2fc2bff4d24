#include "report/report_format.h"

#include <array>

namespace xloc {
namespace {

constexpr std::array kFormats{
    ReportFormat{"text", "file:line:column: severity: message [check], and a summary line", write_text_report},
    ReportFormat{"json", "one JSON object: diagnostics and summary", write_json_report},
    ReportFormat{"sarif", "SARIF 2.1.0, for code scanning", write_sarif_report},
    ReportFormat{"junit", "JUnit XML, one testcase per catalog", write_junit_report},
    ReportFormat{"github", "GitHub Actions workflow commands (::error file=...::)", write_github_report},
};

std::string plural(size_t n, std::string_view word) {
  return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

}  // namespace

std::span<const ReportFormat> report_formats() { return kFormats; }

std::optional<ReportFormat> find_report_format(std::string_view name) {
  for (const ReportFormat& f : kFormats)
    if (f.name == name) return f;
  return std::nullopt;
}

std::string summary_line(const CheckRun& run) {
  size_t messages = 0;
  for (const CatalogResult& c : run.catalogs) messages += c.messages;
  return plural(run.catalogs.size(), "catalog") + ", " + plural(messages, "message") + ": " +
         plural(run.count(Severity::kError), "error") + ", " + plural(run.count(Severity::kWarning), "warning") +
         ", " + plural(run.count(Severity::kInfo), "info");
}

}  // namespace xloc
