// Exports describe_commands(): what each subcommand accepts, read from the
// very CLI11 definitions the command parses with, so the man pages and the
// shell completions made from it (man_page.h, completion.h) cannot drift
// from `xloc CMD --help`.
//
// How: each command is run with CommandContext::describe set; its
// parse_arguments() call hands the finished CLI::App to describe() and
// returns before parsing anything, so no command does any work.
#pragma once

#include <string>
#include <vector>

#include "cli/commands.h"

namespace xloc {

struct OptionDoc {
  std::vector<std::string> names;  // as typed: "-o", "--output"; empty for a positional
  std::string value;               // "FILE", "N", ...; "" for a flag
  std::string positional;          // the positional's name ("catalogs"), else ""
  std::string description;
  std::string default_value;       // "" when none is shown
  bool required = false;
  bool repeatable = false;         // may be given more than once / takes many values
};

struct CommandDoc {
  std::string name, summary, usage;
  std::string description;  // the command's own --help description, may be ""
  std::string footer;       // what --help prints after the options (check's list of checks)
  std::vector<OptionDoc> options;  // --help first, then in definition order
};

std::vector<CommandDoc> describe_commands();

}  // namespace xloc
