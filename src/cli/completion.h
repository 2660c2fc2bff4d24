// Exports bash_completion(), zsh_completion() and fish_completion(): shell
// completion scripts for xloc, made from the command table and each
// command's own option definitions (command_docs.h): command names with
// their summaries, each command's options, and file names for the rest.
#pragma once

#include <string>
#include <vector>

#include "cli/command_docs.h"

namespace xloc {

std::string bash_completion(const std::vector<CommandDoc>& commands);  // share/bash-completion/completions/xloc
std::string zsh_completion(const std::vector<CommandDoc>& commands);   // share/zsh/site-functions/_xloc
std::string fish_completion(const std::vector<CommandDoc>& commands);  // share/fish/vendor_completions.d/xloc.fish

}  // namespace xloc
