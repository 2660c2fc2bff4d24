#include "cli/commands.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <ostream>

#include "base/edit_distance.h"
#include "cli/usage_error.h"

namespace xloc {
namespace {

constexpr std::array kCommands{
    Command{"extract", "extract translatable text from XML into a template (.pot)",
            "xloc extract [--rules F.its]... [--domain NAME] -o OUT.pot SOURCE.xml...", run_extract},
    Command{"init", "start a new catalog for a locale from a template",
            "xloc init --locale LOCALE [-o OUT.po] TEMPLATE.pot", run_init},
    Command{"update", "merge a new template into catalogs, keeping every translation",
            "xloc update [--no-fuzzy] [--compendium F.po]... [-o OUT.po] [--lang LL] [--no-wrap] [-w N] "
            "[-s|-F] [--no-location|--add-location=full|file|never] [--for-msgfmt] [--backup[=C] [--suffix S]] "
            "TEMPLATE.pot CATALOG.po...",
            run_update},
    Command{"check", "validate translations (ICU-backed checks) and report problems",
            "xloc check [--format text|json|sarif|junit|github] [--strict] [--disable ID]... CATALOG.po...",
            run_check},
    Command{"export", "write a localized XML edition from a source and a catalog",
            "xloc export --catalog CATALOG.po [--threshold PCT] [--rules F.its]... -o OUT.xml SOURCE.xml",
            run_export},
    Command{"stats", "show how complete catalogs are",
            "xloc stats [--format text|json] CATALOG.po...", run_stats},
    Command{"release", "extract, check and export every locale of a project",
            "xloc release [--project DIR] [--out DIR] [--threshold PCT] [--html] [--review] [--jobs N]",
            run_release},
    Command{"review", "write a bilingual review page of a catalog against its sources",
            "xloc review --catalog CATALOG.po [--language LL] [--rules F.its]... [-o OUT.html] SOURCE.xml...",
            run_review},
    Command{"its-dump", "list the ITS 2.0 data categories of every element and attribute",
            "xloc its-dump [--rules F.its]... [--category NAME]... [--builtin] FILE.xml", run_its_dump},
};

}  // namespace

std::span<const Command> commands() { return kCommands; }

std::optional<Command> find_command(std::string_view name) {
  for (const Command& c : kCommands)
    if (c.name == name) return c;
  return std::nullopt;
}

std::optional<std::string_view> suggest_command(std::string_view typo) {
  std::optional<std::string_view> best;
  int best_distance = 3;  // more than two edits away is no suggestion
  for (const Command& c : kCommands) {
    int d = edit_distance(typo, c.name);
    // A prefix ("exp") is as good as a near miss.
    if (c.name.starts_with(typo) && !typo.empty()) d = 1;
    if (d < best_distance) {
      best_distance = d;
      best = c.name;
    }
  }
  return best;
}

std::optional<int> parse_arguments(CLI::App& app, const std::vector<std::string>& args,
                                   CommandContext& ctx) {
  std::string colour = "auto";
  bool quiet = false, verbose = false;
  app.add_option("--color", colour,
                 "colour the output: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  CLI::Option* quiet_flag = app.add_flag("-q,--quiet", quiet, "print only problems (the exit code says the rest)");
  app.add_flag("-v,--verbose", verbose, "also say what was done, file by file")->excludes(quiet_flag);
  if (ctx.describe) {
    ctx.describe(app);
    return exit_code::kSuccess;
  }
  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 wants them reversed
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    ctx.out << app.help();
    return exit_code::kSuccess;
  } catch (const CLI::ParseError& e) {
    // The table's synopsis line, for messages about missing arguments.
    std::string usage;
    for (const Command& c : kCommands)
      if (app.get_name() == "xloc " + std::string(c.name)) usage = c.usage;
    ctx.err << app.get_name() << ": error: " << explain_usage_error(e, app, usage) << "\n"
            << "Run '" << app.get_name() << " --help' for usage.\n";
    return exit_code::kBadInput;
  }
  const char* no_color = std::getenv("NO_COLOR");  // no-color.org: set and not empty
  const char* term = std::getenv("TERM");
  const bool colour_terminal = ctx.out_is_terminal && !(no_color && *no_color) && !(term && std::string_view(term) == "dumb");
  ctx.colour = colour == "always" || (colour == "auto" && colour_terminal);
  ctx.verbosity = quiet ? -1 : verbose ? 1 : 0;
  return std::nullopt;
}

}  // namespace xloc
