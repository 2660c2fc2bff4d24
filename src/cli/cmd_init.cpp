// xloc init: not built yet; see the issue tracker. Exits 2 so that nobody
// mistakes it for a command that worked.
#include <ostream>

#include "cli/commands.h"

namespace xloc {

int run_init(const std::vector<std::string>& /*args*/, CommandContext& ctx) {
  ctx.err << "xloc init: error: not implemented yet\n";
  return exit_code::kBadInput;
}

}  // namespace xloc
