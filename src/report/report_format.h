// Exports the output formats of `xloc check` as one table: ReportFormat
// (name, one-line description, writer), report_formats(), and
// find_report_format(). Each format lives in its own file (text, json,
// sarif, junit, github) and writes a CheckRun to a stream the caller owns.
#pragma once

#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "check/check_catalog.h"

namespace xloc {

struct ReportOptions {
  bool colour = false;          // ANSI colours (text only): the CLI sets it on a terminal
  std::string tool_version;     // for SARIF's driver.version
  bool strict = false;          // --strict: warnings fail too (JUnit counts them as failures)
};

using ReportWriter = void (*)(const CheckRun& run, const ReportOptions& options, std::ostream& out);

struct ReportFormat {
  std::string_view name;         // "text", "json", ...
  std::string_view description;  // one line
  ReportWriter write;
};

std::span<const ReportFormat> report_formats();
std::optional<ReportFormat> find_report_format(std::string_view name);

// The writers, one per file.
void write_text_report(const CheckRun& run, const ReportOptions& options, std::ostream& out);
void write_json_report(const CheckRun& run, const ReportOptions& options, std::ostream& out);
void write_sarif_report(const CheckRun& run, const ReportOptions& options, std::ostream& out);
void write_junit_report(const CheckRun& run, const ReportOptions& options, std::ostream& out);
void write_github_report(const CheckRun& run, const ReportOptions& options, std::ostream& out);

// "2 catalogs, 120 messages: 1 error, 3 warnings, 2 infos" (no final period).
std::string summary_line(const CheckRun& run);

}  // namespace xloc
