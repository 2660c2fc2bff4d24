// xloc update [--no-fuzzy] [--compendium F.po]... [-o OUT.po] [--jobs N]
//             [--lang LL] [layout options] [--backup[=CONTROL]] [--suffix S]
//             TEMPLATE.pot CATALOG.po...
// Parses arguments, calls update_catalogs() (src/merge/update.h), prints
// warnings and one summary line per catalog. Exit 0, or 2 with
// file:line:column (or the bad option) and nothing written. The layout and
// backup options are msgmerge's, with its meaning.
#include <CLI/CLI.hpp>

#include <charconv>
#include <cstdlib>
#include <ostream>

#include "cli/commands.h"
#include "merge/language_header.h"
#include "merge/update.h"

namespace xloc {
namespace {

std::optional<BackupMode> backup_mode(const std::string& control) {
  if (control == "none" || control == "off") return BackupMode::kNone;
  if (control == "simple" || control == "never") return BackupMode::kSimple;
  if (control == "numbered" || control == "t") return BackupMode::kNumbered;
  if (control == "existing" || control == "nil") return BackupMode::kExisting;
  return std::nullopt;
}

std::optional<LocationStyle> location_style(const std::string& type) {
  if (type == "full") return LocationStyle::kFull;
  if (type == "file") return LocationStyle::kFile;
  if (type == "never") return LocationStyle::kNever;
  return std::nullopt;
}

std::string env_or(const char* name, std::string fallback) {
  const char* value = std::getenv(name);
  return value && *value ? std::string(value) : fallback;
}

}  // namespace

int run_update(const std::vector<std::string>& args, CommandContext& ctx) {
  CLI::App app{"Merge a new template into catalogs, keeping every translation.", "xloc update"};
  bool no_fuzzy = false, no_wrap = false, sort_output = false, sort_by_file = false, no_location = false;
  UpdateOptions options;
  std::string output, lang;
  std::string width;
  std::string add_location, backup, suffix;
  std::vector<std::string> files;
  app.add_flag("--no-fuzzy", no_fuzzy, "do not fill new messages with fuzzy matches");
  app.add_option("--compendium", options.compendia, "also take translations from this catalog (repeatable)");
  app.add_option("-o,--output", output, "write the result here instead of in place (one catalog only)");
  app.add_option("-j,--jobs", options.jobs, "threads to use: catalogs merged at once (0: one per core)")
      ->capture_default_str();
  app.add_option("--lang", lang, "write 'Language: LL' into the header (as msgmerge --lang)");
  app.add_flag("--no-wrap", no_wrap, "do not break long strings (only after \\n)");
  app.add_option("-w,--width", width, "page width for wrapping (default 79)")->allow_extra_args(false);
  app.add_flag("-s,--sort-output", sort_output, "sort entries by msgid");
  app.add_flag("-F,--sort-by-file", sort_by_file, "sort entries by their first reference");
  app.add_flag("--no-location", no_location, "write no '#:' references");
  // Optional values, GNU style: only as --add-location=TYPE, --backup=CONTROL.
  app.add_flag("-n,--add-location{full}", add_location, "'#:' references: =full (default), =file or =never");
  app.add_flag("--for-msgfmt", options.layout.for_msgfmt,
               "write only what msgfmt compiles: no comments, no fuzzy, untranslated or obsolete entries");
  app.add_flag("--backup{__default__}", backup,
               "when rewriting in place, keep the old file: =none, =simple, =numbered, =existing");
  app.add_option("--suffix", suffix, "suffix of simple backups (default ~, or $SIMPLE_BACKUP_SUFFIX)");
  app.add_option("files", files, "TEMPLATE.pot CATALOG.po...")->required()->expected(2, -1);
  auto usage = [&](const std::string& message) {
    ctx.err << "xloc update: error: " << message << "\nxloc update: nothing was written\n";
    return exit_code::kBadInput;
  };
  // CLI11 reads "--lang=" as "--lang" and takes the next argument instead.
  for (const std::string& arg : args)
    if (arg.starts_with("--") && arg.ends_with("=")) return usage("'" + arg + "' needs a value after '='");
  if (auto code = parse_arguments(app, args, ctx)) return *code;
  if (sort_output && sort_by_file) return usage("--sort-output and --sort-by-file are mutually exclusive");
  if (!lang.empty() || app.count("--lang")) {
    if (!is_catalog_name(lang))
      return usage("--lang '" + lang + "' is not a catalog name (ll, ll_CC, ll_CC@variant, e.g. de, pt_BR, sr@latin)");
    options.merge.language = lang;
  }
  if (app.count("--width")) {
    size_t columns = 0;
    const auto [end, ec] = std::from_chars(width.data(), width.data() + width.size(), columns);
    if (ec != std::errc() || end != width.data() + width.size() || columns == 0 || columns > 1000000)
      return usage("--width '" + width + "' is not a positive number of columns");
    options.write.width = columns;
  }
  options.write.wrap = !no_wrap;
  if (app.count("--add-location")) {
    const std::string type = add_location;
    const auto style = location_style(type);
    if (!style) return usage("--add-location '" + type + "' is not one of full, file, never");
    options.write.locations = *style;
  }
  if (no_location) options.write.locations = LocationStyle::kNever;
  options.layout.sort = sort_output ? SortOrder::kByMsgid : sort_by_file ? SortOrder::kByFile : SortOrder::kNone;
  if (app.count("--backup")) {
    const std::string control = backup == "__default__" ? env_or("VERSION_CONTROL", "existing") : backup;
    const auto mode = backup_mode(control);
    if (!mode)
      return usage("--backup '" + control + "' is not one of none, off, simple, never, numbered, t, existing, nil");
    options.backup = *mode;
  }
  options.suffix = app.count("--suffix") ? suffix : env_or("SIMPLE_BACKUP_SUFFIX", "~");
  if (options.suffix.empty() || options.suffix.find('/') != std::string::npos)
    return usage("--suffix '" + options.suffix + "' must be non-empty and hold no '/'");
  if (!output.empty() && options.backup != BackupMode::kNone)
    return usage("--backup applies to catalogs rewritten in place, not to -o");

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
    for (const MergeWarning& w : u.warnings) ctx.err << w.to_string() << "\n";
    const MergeStats& s = u.stats;
    ctx.out << u.output_path << ": " << s.exact << " exact (" << s.revived << " revived), " << s.trivial
            << " trivial, " << s.fuzzy << " fuzzy, " << s.untranslated << " untranslated, " << s.obsoleted
            << " obsoleted" << (u.written ? "" : "; unchanged") << "\n";
  }
  return exit_code::kSuccess;
}

}  // namespace xloc
