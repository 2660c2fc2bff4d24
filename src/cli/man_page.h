// Exports man_page() and overview_man_page(): section-1 manual pages in
// roff (man(7) macros), made from the command table and each command's own
// option definitions (command_docs.h), so `man xloc-check` says what
// `xloc check --help` says.
#pragma once

#include <string>
#include <vector>

#include "cli/command_docs.h"

namespace xloc {

// xloc-<command>(1).
std::string man_page(const CommandDoc& command, const std::string& version);

// xloc(1): what xloc is, its commands (each naming its own page), the exit
// codes and the environment.
std::string overview_man_page(const std::vector<CommandDoc>& commands, const std::string& version);

}  // namespace xloc
