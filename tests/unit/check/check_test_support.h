// Exports helpers for the check tests: build a catalog in memory from a few
// (source, translation) rows, and run one check on it, getting back
// "line: severity: message" strings, so tests read as tables.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace xloc::test {

struct Row {
  std::string source;
  std::string translation;
  std::vector<std::string> flags = {};
  std::optional<std::string> plural_source = {};    // msgid_plural
  std::vector<std::string> plural_translations = {}; // msgstr[N], if plural
};

// Header "Language: <language>", "Content-Type: text/plain; charset=UTF-8",
// plus `plural_forms` if non-empty. Message i (from 0) has its msgstr on
// line 10 * (i + 1); the header's on line 1.
Catalog make_catalog(const std::string& language, const std::vector<Row>& rows,
                     const std::string& plural_forms = "nplurals=2; plural=(n != 1);");

// Every diagnostic of check `id` on the catalog: "10: error: message".
std::vector<std::string> run_check(const std::string& id, const Catalog& catalog);

// Shortcut: one row in `language`; the diagnostics' messages only.
std::vector<std::string> check_one(const std::string& id, const std::string& language, const Row& row);

}  // namespace xloc::test
