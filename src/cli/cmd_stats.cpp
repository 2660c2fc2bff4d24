// xloc stats [--format text|json] CATALOG.po...
// How complete each catalog is, by messages and by source words.
// Exit 0, or 2 if a catalog cannot be read (nothing printed on stdout then).
#include <CLI/CLI.hpp>

#include <ostream>

#include "catalog/po_reader.h"
#include "cli/commands.h"
#include "cli/catalog_arguments.h"
#include "report/stats_format.h"

namespace xloc {

int run_stats(const std::vector<std::string>& args, CommandContext& ctx) {
  CLI::App app{"Show how complete catalogs are.", "xloc stats"};
  std::string format = "text";
  std::vector<std::string> files;
  app.add_option("--format", format, "output format: text|json")->capture_default_str();
  app.add_option("catalogs", files, "the catalogs (.po) to count, or folders of them")->required();
  if (auto code = parse_arguments(app, args, ctx)) return *code;

  const auto writer = find_stats_format(format);
  if (!writer) {
    ctx.err << "xloc stats: error: unknown format '" << format << "' (text|json)\n";
    return exit_code::kBadInput;
  }
  auto catalogs = catalog_arguments(ctx.fs, files);
  if (!catalogs) {
    ctx.err << "xloc stats: error: " << catalogs.error().message << "\n";
    return exit_code::kBadInput;
  }
  std::vector<CatalogStats> stats;
  WordCounter counter;
  for (const std::string& file : *catalogs) {
    auto catalog = read_po_file(ctx.fs, file);
    if (!catalog) {
      ctx.err << catalog.error().to_string() << "\n";
      return exit_code::kBadInput;
    }
    stats.push_back(catalog_stats(*catalog, counter));
    stats.back().file = file;
  }
  writer->write(stats, ctx.out);
  return exit_code::kSuccess;
}

}  // namespace xloc
