// xloc's entry point: parses the subcommand name and dispatches through the
// command table. Everything else lives in cmd_<name>.cpp and the library.
#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "cli/commands.h"
#include "version.h"

namespace {

void print_help(std::ostream& out) {
  out << "xloc " XLOC_VERSION " - localize XML articles through gettext catalogs\n\n"
      << "Usage: xloc <command> [options]\n\nCommands:\n";
  for (const xloc::Command& c : xloc::commands()) {
    std::string name(c.name);
    name.resize(10, ' ');
    out << "  " << name << c.summary << "\n";
  }
  out << "\nRun 'xloc <command> --help' for a command's options.\n"
      << "Exit codes: 0 success, 1 problems found, 2 bad usage or unusable input.\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    print_help(std::cerr);
    return xloc::exit_code::kBadInput;
  }
  const std::string& name = args.front();
  if (name == "--help" || name == "-h" || name == "help") {
    print_help(std::cout);
    return xloc::exit_code::kSuccess;
  }
  if (name == "--version" || name == "-V") {
    std::cout << "xloc " XLOC_VERSION "\n";
    return xloc::exit_code::kSuccess;
  }
  auto command = xloc::find_command(name);
  if (!command) {
    std::cerr << "xloc: error: unknown command '" << name << "'\n";
    if (auto guess = xloc::suggest_command(name)) std::cerr << "Did you mean 'xloc " << *guess << "'?\n";
    std::cerr << "Run 'xloc --help' for the list of commands.\n";
    return xloc::exit_code::kBadInput;
  }
  xloc::RealFileSystem fs;
  xloc::CommandContext ctx{std::cout, std::cerr, fs, isatty(STDOUT_FILENO) == 1,
                           isatty(STDERR_FILENO) == 1};
  args.erase(args.begin());
  const int code = command->run(args, ctx);
  std::cout.flush();
  return code;
}
