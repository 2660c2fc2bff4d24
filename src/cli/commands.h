// Exports the subcommand table and what every subcommand shares: the
// context it runs in, the exit codes of the command-line contract, and
// argument parsing with CLI11 that maps --help and usage errors to them.
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace xloc {

class FileSystem;

namespace exit_code {
inline constexpr int kSuccess = 0;        // the work was done, nothing wrong found
inline constexpr int kProblemsFound = 1;  // the work was done and found problems
inline constexpr int kBadInput = 2;       // bad usage or unusable input; nothing written
}  // namespace exit_code

struct CommandContext {
  std::ostream& out;
  std::ostream& err;
  FileSystem& fs;
  bool out_is_terminal = false;
  bool err_is_terminal = false;
  // When set, the command only describes itself: parse_arguments() hands it
  // the command's CLI::App and returns 0 without parsing (command_docs.h).
  std::function<void(const CLI::App&)> describe;
  // Set by parse_arguments() from the options every command has:
  // --color=auto|always|never (auto: a terminal, NO_COLOR unset, TERM not
  // "dumb"), -q/--quiet (-1: only problems), -v/--verbose (1: also what
  // was done, file by file).
  bool colour = false;
  int verbosity = 0;
  bool quiet() const { return verbosity < 0; }
  bool verbose() const { return verbosity > 0; }
  // A progress line on standard error: a terminal, and not --quiet.
  bool show_progress() const { return err_is_terminal && !quiet(); }
};

// Runs a subcommand on its arguments (without the program and command names)
// and returns the process exit code.
using CommandFunction = int (*)(const std::vector<std::string>& args, CommandContext& ctx);

struct Command {
  std::string_view name;
  std::string_view summary;  // one line, for `xloc --help`
  std::string_view usage;    // the synopsis line from DESIGN.md
  CommandFunction run;
};

std::span<const Command> commands();
std::optional<Command> find_command(std::string_view name);
// The closest command name to a typo, if one is close enough.
std::optional<std::string_view> suggest_command(std::string_view typo);

// Adds the options every command has (--color, -q/--quiet, -v/--verbose) to
// `app`, parses `args` into it and sets ctx.colour and ctx.verbosity.
// Returns nullopt to go on, or the exit code to return now: 0 after --help
// (or after ctx.describe), 2 after a usage error (message on ctx.err).
std::optional<int> parse_arguments(CLI::App& app, const std::vector<std::string>& args,
                                   CommandContext& ctx);

// Each subcommand, defined in its cmd_<name>.cpp.
int run_extract(const std::vector<std::string>& args, CommandContext& ctx);
int run_init(const std::vector<std::string>& args, CommandContext& ctx);
int run_update(const std::vector<std::string>& args, CommandContext& ctx);
int run_check(const std::vector<std::string>& args, CommandContext& ctx);
int run_export(const std::vector<std::string>& args, CommandContext& ctx);
int run_stats(const std::vector<std::string>& args, CommandContext& ctx);
int run_release(const std::vector<std::string>& args, CommandContext& ctx);
int run_its_dump(const std::vector<std::string>& args, CommandContext& ctx);
int run_review(const std::vector<std::string>& args, CommandContext& ctx);

}  // namespace xloc
