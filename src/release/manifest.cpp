#include "release/manifest.h"

#include <nlohmann/json.hpp>

#include "release/percent.h"

namespace xloc {

size_t ReleaseOutcome::shipped_count() const {
  size_t n = 0;
  for (const LocaleOutcome& l : locales) n += l.shipped;
  return n;
}

std::string render_manifest(const ReleaseOutcome& outcome) {
  nlohmann::ordered_json locales = nlohmann::ordered_json::object();
  for (const LocaleOutcome& l : outcome.locales) {
    nlohmann::ordered_json editions = nlohmann::ordered_json::array();
    for (const Edition& e : l.editions) {
      nlohmann::ordered_json edition = {{"source", e.source},
                                        {"path", e.path},
                                        {"sha256", e.sha256},
                                        {"units", e.units},
                                        {"fallback_units", e.fallback_units}};
      // With --html; the page's path is relative to the output folder, the
      // parent of this manifest's folder.
      if (!e.html_path.empty()) edition["html"] = {{"path", e.html_path}, {"sha256", e.html_sha256}};
      editions.push_back(std::move(edition));
    }
    const CatalogStats& c = l.completion;
    locales[l.locale] = {
        {"status", l.shipped ? "shipped" : "held-back"},
        {"reasons", l.reasons},
        {"catalog", l.catalog},
        {"messages", {{"total", c.messages()},
                      {"translated", c.translated},
                      {"fuzzy", c.fuzzy},
                      {"untranslated", c.untranslated},
                      {"percent_translated", truncate_to_tenth(c.percent_translated())}}},
        {"words", {{"total", c.words()},
                   {"translated", c.translated_words},
                   {"percent_translated", truncate_to_tenth(c.percent_translated_words())}}},
        {"checks", {{"errors", l.errors}, {"warnings", l.warnings}}},
        {"editions", editions},
    };
    if (!l.review_path.empty()) locales[l.locale]["review"] = l.review_path;  // relative to the output folder
  }
  nlohmann::ordered_json doc = {
      {"domain", outcome.domain},
      {"template", {{"path", outcome.template_path}, {"stale", outcome.template_stale}}},
      {"threshold_percent", outcome.threshold},
      {"shipped", outcome.shipped_count()},
      {"held_back", outcome.locales.size() - outcome.shipped_count()},
      {"locales", locales},
  };
  return doc.dump(2) + "\n";
}

}  // namespace xloc
