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

// Parses `args` into `app`. Returns nullopt to go on, or the exit code to
// return now: 0 after --help (or after ctx.describe), 2 after a usage error
// (message on ctx.err).
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
int run_review(const std::vector<std::string>& args, CommandContext& ctx);

}  // namespace xloc
