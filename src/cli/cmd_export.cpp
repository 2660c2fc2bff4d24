// xloc export: source XML x catalog -> one localized edition. Parses
// arguments, calls export_document(), reports fallbacks, writes atomically.
#include <CLI/CLI.hpp>

#include <map>
#include <ostream>

#include "base/file_system.h"
#include "catalog/po_reader.h"
#include "cli/commands.h"
#include "export/export.h"
#include "its/rule_parser.h"

namespace xloc {

int run_export(const std::vector<std::string>& args, CommandContext& ctx) {
  CLI::App app{"Write a localized XML edition from a source and a catalog", "xloc export"};
  std::string catalog_path, output, source_path;
  double threshold = 80;
  std::vector<std::string> rules_files;
  app.add_option("--catalog", catalog_path, "translations (.po)")->required();
  app.add_option("--threshold", threshold, "minimum percentage of translated units (default 80)")
      ->check(CLI::Range(0.0, 100.0));
  app.add_option("--rules", rules_files, "ITS 2.0 rules file, as given to extract (repeatable)");
  bool no_builtin_rules = false;
  app.add_flag("--no-builtin-rules", no_builtin_rules, "do not apply the built-in rules, as given to extract");
  app.add_option("-o,--output", output, "localized edition to write (OUT.xml)")->required();
  app.add_option("source", source_path, "the source XML")->required();
  if (auto code = parse_arguments(app, args, ctx)) return *code;

  ExportOptions options;
  options.threshold = threshold;
  Result<std::vector<its::RuleSet>> rules = its::read_rules_files(ctx.fs, rules_files);
  if (!rules) {
    ctx.err << rules.error().to_string() << "\n";
    return exit_code::kBadInput;
  }
  options.rules = std::move(*rules);
  options.builtin_rules = !no_builtin_rules;
  Result<Catalog> catalog = read_po_file(ctx.fs, catalog_path);
  if (!catalog) {
    ctx.err << catalog.error().to_string() << "\n";
    return exit_code::kBadInput;
  }
  Result<std::string> source = ctx.fs.read(source_path);
  if (!source) {
    ctx.err << source.error().to_string() << "\n";
    return exit_code::kBadInput;
  }
  Result<ExportResult> result = export_document(*source, source_path, ctx.fs, *catalog, options);
  if (!result) {
    ctx.err << result.error().to_string() << "\n";
    return exit_code::kBadInput;
  }
  const ExportReport& report = result->report;
  std::map<std::string, size_t> reasons;
  for (const Fallback& f : report.fallbacks) {
    const bool broken = f.reason.starts_with("broken markup");
    reasons[broken ? "broken markup" : f.reason] += 1;
    if (broken)  // the actionable ones: point at the translation
      ctx.err << (f.msgstr.line ? f.msgstr.to_string() : source_path + ":" + std::to_string(f.line))
              << ": warning: " << f.reason << "; " << source_path << ":" << f.line << " keeps the source text\n";
  }
  std::string summary;
  for (const auto& [reason, count] : reasons) summary += (summary.empty() ? "" : ", ") + std::to_string(count) + " " + reason;
  ctx.err << "xloc export: " << report.language << ": " << report.translated << " of " << report.units
          << " units translated" << (summary.empty() ? "" : "; source text kept for " + summary) << "\n";
  if (report.below_threshold) {
    ctx.err << "xloc export: " << report.language << ": " << report.threshold_reason << "; nothing written\n";
    return exit_code::kProblemsFound;
  }
  if (Status s = ctx.fs.write_atomic(output, result->xml); !s) {
    ctx.err << s.error().to_string() << "\n";
    return exit_code::kBadInput;
  }
  return exit_code::kSuccess;
}

}  // namespace xloc
