// xloc's entry point: parses the subcommand name and dispatches through the
// command table. Everything else lives in cmd_<name>.cpp and the library.
#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/library_versions.h"
#include "cli/command_docs.h"
#include "cli/commands.h"
#include "cli/completion.h"
#include "cli/man_page.h"
#include "cli/stdio_file_system.h"
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
  out << "\nRun 'xloc <command> --help' (or 'xloc help <command>') for a command's options.\n"
      << "Exit codes: 0 success, 1 problems found, 2 bad usage or unusable input.\n";
}

// `xloc --write-docs DIR`, for the build and packagers: the manual pages
// (DIR/man1/xloc.1, xloc-<command>.1) and shell completions
// (DIR/completions/xloc.bash, _xloc, xloc.fish), all made from the command
// table and the commands' own option definitions.
int write_docs(const std::string& dir) {
  xloc::RealFileSystem fs;
  const std::vector<xloc::CommandDoc> docs = xloc::describe_commands();
  std::vector<std::pair<std::string, std::string>> files = {
      {"man1/xloc.1", xloc::overview_man_page(docs, XLOC_VERSION)},
      {"completions/xloc.bash", xloc::bash_completion(docs)},
      {"completions/_xloc", xloc::zsh_completion(docs)},
      {"completions/xloc.fish", xloc::fish_completion(docs)},
  };
  for (const xloc::CommandDoc& d : docs) files.emplace_back("man1/xloc-" + d.name + ".1", xloc::man_page(d, XLOC_VERSION));
  for (const auto& [name, text] : files) {
    if (xloc::Status s = fs.write_atomic(dir + "/" + name, text); !s) {
      std::cerr << s.error().to_string() << "\n";
      return xloc::exit_code::kBadInput;
    }
  }
  return xloc::exit_code::kSuccess;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    print_help(std::cerr);
    return xloc::exit_code::kBadInput;
  }
  const std::string name = args.front();
  if (name == "--help" || name == "-h" || (name == "help" && args.size() == 1)) {
    print_help(std::cout);
    return xloc::exit_code::kSuccess;
  }
  if (name == "--version" || name == "-V") {
    std::cout << "xloc " XLOC_VERSION " (" << xloc::library_versions() << ")\n";
    return xloc::exit_code::kSuccess;
  }
  if (name == "--write-docs") {
    if (args.size() != 2) {
      std::cerr << "xloc: error: --write-docs takes one folder: xloc --write-docs DIR\n";
      return xloc::exit_code::kBadInput;
    }
    return write_docs(args[1]);
  }
  // `xloc help CMD` is `xloc CMD --help`.
  if (name == "help" && args.size() >= 2) args = {args[1], "--help"};
  const std::string& command_name = args.front();
  auto command = xloc::find_command(command_name);
  if (!command && command_name.starts_with("-")) {
    std::cerr << "xloc: error: unknown option '" << command_name << "'; xloc's own options are --help and --version, "
              << "and a command comes first: xloc <command> [options]\n"
              << "Run 'xloc --help' for the list of commands.\n";
    return xloc::exit_code::kBadInput;
  }
  if (!command) {
    std::cerr << "xloc: error: unknown command '" << command_name << "'\n";
    if (auto guess = xloc::suggest_command(command_name)) std::cerr << "Did you mean 'xloc " << *guess << "'?\n";
    std::cerr << "Run 'xloc --help' for the list of commands.\n";
    return xloc::exit_code::kBadInput;
  }
  args.erase(args.begin());
  xloc::RealFileSystem disk;
  xloc::StdioFileSystem fs(disk, std::cin, std::cout);
  // With `-o -` the data is standard output; the command's own lines go
  // to standard error.
  const bool data_on_stdout = xloc::writes_to_stdout(args);
  xloc::CommandContext ctx{data_on_stdout ? std::cerr : std::cout, std::cerr, fs,
                           !data_on_stdout && isatty(STDOUT_FILENO) == 1, isatty(STDERR_FILENO) == 1, {}, false, 0};
  const int code = command->run(args, ctx);
  std::cout.flush();
  return code;
}
