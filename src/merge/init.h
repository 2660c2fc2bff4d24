// Exports init_catalog(): `xloc init` as a library call, a new catalog for a
// locale from a template, with the header msginit writes and Plural-Forms
// from CLDR (cldr_plurals.h).
#pragma once

#include <string>
#include <string_view>

#include "base/error.h"
#include "catalog/catalog.h"

namespace xloc {

struct InitOptions {
  std::string revision_date;  // PO-Revision-Date, "YYYY-MM-DD HH:MM+ZZZZ"; the CLI passes now
  std::string last_translator = "FULL NAME <EMAIL@ADDRESS>";  // msginit's placeholder
};

// The header fields, in msginit's order: Project-Id-Version,
// Report-Msgid-Bugs-To and POT-Creation-Date from the template,
// PO-Revision-Date, Last-Translator, Language-Team (the language's English
// name, "German"), Language (canonical id, "pt_BR"), MIME-Version,
// Content-Type (UTF-8), Content-Transfer-Encoding (8bit), Plural-Forms.
// The header loses its `fuzzy` flag; plural messages get nplurals msgstr.
// Errors: "unknown-locale", "template-has-translations".
Result<Catalog> init_catalog(const Catalog& templ, std::string_view locale, const InitOptions& options = {});

}  // namespace xloc
