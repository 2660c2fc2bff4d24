// xloc check [--format text|json|sarif|junit|github] [--strict]
//            [--disable ID]... CATALOG.po...
// Reads and checks the catalogs (in parallel, and a big one in chunks), prints the report in the
// chosen format on stdout. Exit 0 clean, 1 errors (or warnings with
// --strict), 2 bad usage or a catalog the reader rejects.
#include <CLI/CLI.hpp>

#include <ostream>

#include "check/check.h"
#include "check/check_files.h"
#include "cli/catalog_arguments.h"
#include "cli/commands.h"
#include "report/report_format.h"
#include "version.h"

namespace xloc {

int run_check(const std::vector<std::string>& args, CommandContext& ctx) {
  CLI::App app{"Validate translations with ICU-backed checks and report problems.", "xloc check"};
  std::string format = "text";
  CheckOptions options;
  std::vector<std::string> files;
  std::string formats, ids;
  for (const ReportFormat& f : report_formats()) formats += (formats.empty() ? "" : "|") + std::string(f.name);
  app.add_option("--format", format, "output format: " + formats)->capture_default_str();
  app.add_flag("--strict", options.strict, "warnings fail the run too (exit 1)");
  app.add_option("--disable", options.disabled, "silence checks for this run: --disable a,b or repeated")
      ->allow_extra_args(false)
      ->delimiter(',');
  app.add_option("-j,--jobs", options.jobs, "threads to use: catalogs, or chunks of one big catalog (0: one per core)")
      ->capture_default_str();
  app.add_option("catalogs", files, "the catalogs (.po) to check, or folders of them")->required();
  std::string footer = "Checks:\n";
  for (const CheckInfo& info : check_registry())
    footer += "  " + std::string(info.id) + std::string(info.id.size() < 23 ? 23 - info.id.size() : 1, ' ') +
              std::string(severity_name(info.severity)) + ": " + std::string(info.title) + "\n";
  app.footer(footer);
  if (auto code = parse_arguments(app, args, ctx)) return *code;

  const auto writer = find_report_format(format);
  if (!writer) {
    ctx.err << "xloc check: error: unknown format '" << format << "' (" << formats << ")\n";
    return exit_code::kBadInput;
  }
  for (const std::string& id : options.disabled) {
    if (find_check(id)) continue;
    ctx.err << "xloc check: error: unknown check '" << id << "'\n";
    if (auto guess = suggest_check(id)) ctx.err << "Did you mean '" << *guess << "'?\n";
    return exit_code::kBadInput;
  }

  auto catalogs = catalog_arguments(ctx.fs, files);
  if (!catalogs) {
    ctx.err << "xloc check: error: " << catalogs.error().message << "\n";
    return exit_code::kBadInput;
  }
  const CheckRun run = check_files(ctx.fs, *catalogs, options);
  ReportOptions report;
  report.colour = ctx.colour && format == "text";
  report.strict = options.strict;
  report.tool_version = XLOC_VERSION;
  writer->write(run, report, ctx.out);
  if (run.unusable()) return exit_code::kBadInput;
  return run.failed(options.strict) ? exit_code::kProblemsFound : exit_code::kSuccess;
}

}  // namespace xloc
