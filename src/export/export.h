// Exports export_document(): source XML x catalog -> localized XML, plus a
// report of what was translated and what fell back to the source text.
//
// It walks the source with the same unit walk as extract and splices each
// unit's translation into the original bytes, so everything that is not
// translated text (comments, PIs, DOCTYPE, attribute order, indentation,
// entity references) stays byte for byte. A translation is used only if it
// is translated (not fuzzy, not empty) and its markup passes
// its::compare_markup() against the source; otherwise the unit keeps its
// source text, gets xml:lang of the source language on its element, and the
// report says why. The root element gets xml:lang = the catalog's locale
// (BCP 47) and dir="rtl" for right-to-left locales. Elements not for the
// edition's locale (itst:drop, an ITS locale filter the locale does not
// pass, by RFC 4647 extended filtering) are left out.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "base/file_system.h"
#include "catalog/catalog.h"
#include "its/rules.h"

namespace xloc {

struct ExportOptions {
  // Minimum percentage of translated units for the edition to ship.
  double threshold = 80;
  // Language of the source text where the document does not declare one.
  std::string source_language = "en";
  // The target locale; empty: the catalog's Language header.
  std::string language;
  std::vector<its::RuleSet> rules;  // as for extract
  bool builtin_rules = true;        // as for extract
  // An index of the catalog built once by a caller exporting many documents
  // with it (release); null: export_document() builds its own.
  const CatalogIndex* index = nullptr;
};

struct Fallback {
  int line = 0;           // of the unit in the source
  std::string msgid;
  std::string reason;     // "not in the catalog", "fuzzy", "untranslated", "broken markup: ..."
  SourceLocation msgstr;  // where the translation is, if the catalog has the message

  friend bool operator==(const Fallback&, const Fallback&) = default;
};

struct ExportReport {
  std::string language;  // BCP 47, as written to xml:lang
  bool right_to_left = false;
  size_t units = 0;
  size_t translated = 0;
  std::vector<Fallback> fallbacks;
  double percent_translated() const { return units == 0 ? 100.0 : 100.0 * static_cast<double>(translated) / static_cast<double>(units); }
  bool below_threshold = false;
  std::string threshold_reason;  // set when below_threshold
};

struct ExportResult {
  std::string xml;
  ExportReport report;
};

// Errors: those of the walk (malformed source, bad rules), and
// "no-language" when neither the options nor the catalog name a locale.
Result<ExportResult> export_document(std::string_view source, const std::string& source_name, FileSystem& fs,
                                     const Catalog& catalog, const ExportOptions& options = {});

// "pt_BR" -> "pt-BR", "sr@latin" -> "sr-Latn", "de" -> "de": gettext locale
// names to BCP 47 language tags, through ICU.
std::string bcp47_from_gettext(std::string_view locale);
bool is_right_to_left(std::string_view bcp47);

}  // namespace xloc
