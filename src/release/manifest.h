// Exports render_manifest(): out/editions/manifest.json for a release, a
// stable, sorted, machine-readable account of every locale.
#pragma once

#include <string>

#include "release/release_result.h"

namespace xloc {

std::string render_manifest(const ReleaseOutcome& outcome);

}  // namespace xloc
