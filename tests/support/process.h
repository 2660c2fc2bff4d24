// Exports run(): runs a program (no shell) and captures its exit code,
// stdout and stderr, for end-to-end tests of the CLI and for oracles.
#pragma once

#include <string>
#include <vector>

namespace xloc::test {

struct ProcessResult {
  int exit_code = -1;  // 128+signal if killed by a signal
  std::string out;
  std::string err;
};

// argv[0] is looked up on PATH unless it contains a '/'. `stdin_data` is fed
// to the child's standard input. `cwd` empty means the current folder.
// `extra_env` ("NAME=value") is added to the inherited environment.
ProcessResult run(const std::vector<std::string>& argv, const std::string& cwd = "",
                  const std::string& stdin_data = "", const std::vector<std::string>& extra_env = {});

// run() with the built xloc as argv[0].
ProcessResult run_xloc(const std::vector<std::string>& args, const std::string& cwd = "");

}  // namespace xloc::test
