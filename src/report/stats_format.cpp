#include "report/stats_format.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <cstdio>
#include <ostream>

namespace xloc {
namespace {

constexpr std::array kStatsFormats{
    StatsFormat{"text", write_stats_text},
    StatsFormat{"json", write_stats_json},
};

std::string percent(double p) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", std::floor(p * 10) / 10);  // never round up to 100%
  return buffer;
}

std::string pad_left(const std::string& s, size_t width) {
  return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

}  // namespace

std::span<const StatsFormat> stats_formats() { return kStatsFormats; }

std::optional<StatsFormat> find_stats_format(std::string_view name) {
  for (const StatsFormat& f : kStatsFormats)
    if (f.name == name) return f;
  return std::nullopt;
}

// One row per catalog, then, for more than one, a row of totals (its
// percentages over all messages and words, not an average of rows).
void write_stats_text(const std::vector<CatalogStats>& stats, std::ostream& out) {
  size_t width = 7;  // "catalog"
  for (const CatalogStats& s : stats) width = std::max(width, s.file.size());
  out << "catalog" << std::string(width - 7, ' ')
      << "  translated  fuzzy  untranslated  obsolete  messages%   words  words%\n";
  auto row = [&](const CatalogStats& s) {
    out << s.file << std::string(width - std::min(width, s.file.size()), ' ')
        << pad_left(std::to_string(s.translated), 12) << pad_left(std::to_string(s.fuzzy), 7)
        << pad_left(std::to_string(s.untranslated), 14) << pad_left(std::to_string(s.obsolete), 10)
        << pad_left(percent(s.percent_translated()), 11) << pad_left(std::to_string(s.words()), 8)
        << pad_left(percent(s.percent_translated_words()), 8) << '\n';
  };
  CatalogStats total;
  total.file = "total";
  for (const CatalogStats& s : stats) {
    row(s);
    total.translated += s.translated;
    total.fuzzy += s.fuzzy;
    total.untranslated += s.untranslated;
    total.obsolete += s.obsolete;
    total.translated_words += s.translated_words;
    total.fuzzy_words += s.fuzzy_words;
    total.untranslated_words += s.untranslated_words;
  }
  if (stats.size() > 1) row(total);
}

void write_stats_json(const std::vector<CatalogStats>& stats, std::ostream& out) {
  nlohmann::ordered_json catalogs = nlohmann::ordered_json::array();
  for (const CatalogStats& s : stats)
    catalogs.push_back({{"file", s.file},
                        {"language", s.language},
                        {"translated", s.translated},
                        {"fuzzy", s.fuzzy},
                        {"untranslated", s.untranslated},
                        {"obsolete", s.obsolete},
                        {"words", {{"translated", s.translated_words}, {"fuzzy", s.fuzzy_words},
                                   {"untranslated", s.untranslated_words}}},
                        {"percent_messages", std::floor(s.percent_translated() * 10) / 10},
                        {"percent_words", std::floor(s.percent_translated_words() * 10) / 10}});
  out << nlohmann::ordered_json{{"catalogs", catalogs}}.dump(2, ' ', false,
                                                             nlohmann::json::error_handler_t::replace)
      << '\n';
}

}  // namespace xloc
