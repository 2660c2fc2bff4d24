// Exports the output formats of `xloc stats` as a table: text (an aligned
// table, one row per catalog) and json ({"catalogs":[...]}).
#pragma once

#include <iosfwd>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "report/stats.h"

namespace xloc {

using StatsWriter = void (*)(const std::vector<CatalogStats>& stats, std::ostream& out);

struct StatsFormat {
  std::string_view name;
  StatsWriter write;
};

std::span<const StatsFormat> stats_formats();
std::optional<StatsFormat> find_stats_format(std::string_view name);

void write_stats_text(const std::vector<CatalogStats>& stats, std::ostream& out);
void write_stats_json(const std::vector<CatalogStats>& stats, std::ostream& out);

}  // namespace xloc
