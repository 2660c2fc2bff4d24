// xloc update [--no-fuzzy] [--compendium F.po]... [-o OUT.po] [--jobs N]
//             TEMPLATE.pot CATALOG.po...
// Parses arguments, calls update_catalogs() (src/merge/update.h), prints one
// summary line per catalog. Exit 0, or 2 with file:line:column and nothing
// written.
#include <CLI/CLI.hpp>

#include <ostream>

#include "cli/commands.h"
#include "merge/update.h"

namespace xloc {

int run_update(const std::vector<std::string>& args, CommandContext& ctx) {
  CLI::App app{"Merge a new template into catalogs, keeping every translation.", "xloc update"};
  bool no_fuzzy = false;
  UpdateOptions options;
  std::string output;
  std::vector<std::string> files;
  app.add_flag("--no-fuzzy", no_fuzzy, "do not fill new messages with fuzzy matches");
  app.add_option("--compendium", options.compendia, "also take translations from this catalog (repeatable)");
  app.add_option("-o,--output", output, "write the result here instead of in place (one catalog only)");
  app.add_option("-j,--jobs", options.jobs, "catalogs merged at once (default: one per CPU)");
  app.add_option("files", files, "TEMPLATE.pot CATALOG.po...")->required()->expected(2, -1);
  if (auto code = parse_arguments(app, args, ctx)) return *code;

  options.merge.fuzzy = !no_fuzzy;
  if (!output.empty()) options.output = output;
  const std::string template_path = files.front();
  const std::vector<std::string> catalogs(files.begin() + 1, files.end());

  auto report = update_catalogs(ctx.fs, template_path, catalogs, options);
  if (!report) {
    const Error& e = report.error();
    ctx.err << (e.where.file.empty() ? "xloc update: error: " + e.message : e.to_string())
            << "\nxloc update: nothing was written\n";
    return exit_code::kBadInput;
  }
  for (const CatalogUpdate& u : *report) {
    const MergeStats& s = u.stats;
    ctx.out << u.output_path << ": " << s.exact << " exact (" << s.revived << " revived), " << s.trivial
            << " trivial, " << s.fuzzy << " fuzzy, " << s.untranslated << " untranslated, " << s.obsoleted
            << " obsoleted" << (u.written ? "" : "; unchanged") << "\n";
  }
  return exit_code::kSuccess;
}

}  // namespace xloc
