// xloc init --locale LOCALE [-o OUT.po] TEMPLATE.pot
// Starts a catalog with init_catalog() (src/merge/init.h). Without -o it
// writes <canonical locale>.po beside the template (po/x.pot -> po/pt_BR.po),
// the gettext layout. It never replaces an existing file: that catalog holds
// translations, and `xloc update` is the command for it.
#include <CLI/CLI.hpp>

#include <ctime>
#include <ostream>

#include "base/file_system.h"
#include "catalog/cldr_plurals.h"
#include "catalog/po_reader.h"
#include "catalog/po_writer.h"
#include "cli/commands.h"
#include "merge/init.h"

namespace xloc {
namespace {

std::string now_for_header() {
  const std::time_t t = std::time(nullptr);
  std::tm local{};
  localtime_r(&t, &local);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M%z", &local);
  return buffer;
}

std::string folder_of(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

int fail(CommandContext& ctx, const Error& e) {
  if (e.where.file.empty()) ctx.err << "xloc init: error: " << e.message << "\n";
  else ctx.err << e.to_string() << "\n";
  return exit_code::kBadInput;
}

}  // namespace

int run_init(const std::vector<std::string>& args, CommandContext& ctx) {
  CLI::App app{"Start a new catalog for a locale from a template.", "xloc init"};
  std::string locale, output, template_path;
  app.add_option("--locale", locale, "BCP 47 tag or POSIX id: de, pt-BR, pt_BR")->required();
  app.add_option("-o,--output", output, "the new catalog (default: LOCALE.po beside the template)");
  app.add_option("template", template_path, "TEMPLATE.pot")->required();
  if (auto code = parse_arguments(app, args, ctx)) return *code;

  auto id = canonical_locale(locale);
  if (!id) return fail(ctx, id.error());
  if (output.empty()) output = folder_of(template_path) + *id + ".po";
  if (ctx.fs.exists(output))
    return fail(ctx, Error{"catalog-exists", "'" + output + "' already exists; run 'xloc update' to update it", "",
                           {}});
  auto templ = read_po_file(ctx.fs, template_path);
  if (!templ) return fail(ctx, templ.error());
  InitOptions options;
  options.revision_date = now_for_header();
  auto catalog = init_catalog(*templ, locale, options);
  if (!catalog) return fail(ctx, catalog.error());
  if (Status s = ctx.fs.write_atomic(output, write_po(*catalog)); !s) return fail(ctx, s.error());
  ctx.out << output << ": " << catalog->live_count() << " messages, " << catalog->header().get("Plural-Forms").value_or("")
          << "\n";
  return exit_code::kSuccess;
}

}  // namespace xloc
