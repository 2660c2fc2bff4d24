// Exports the extract stage: translation units -> a gettext template.
//
// TemplateBuilder takes one walked document at a time (so memory follows
// one document, not the corpus) and keeps one message per (msgctxt, msgid)
// in order of first appearance, with a "#:" reference file:line for every
// occurrence, "#." notes from ITS localization notes, and "no-wrap" on
// units whose space is preserved. extract_template() is the whole stage:
// read, walk and collect every source through a FileSystem.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "base/error.h"
#include "base/file_system.h"
#include "catalog/catalog.h"
#include "its/rules.h"
#include "its/unit_walker.h"

namespace xloc {

struct ExtractOptions {
  // Project-Id-Version of the template; "PACKAGE VERSION" as xgettext
  // writes when no domain is given.
  std::string domain;
  // POT-Creation-Date, "YYYY-MM-DD HH:MM+ZZZZ". The library reads no clock:
  // the caller passes now (or SOURCE_DATE_EPOCH).
  std::string creation_date;
  // Rules from --rules, applied to every source after the built-in ones.
  std::vector<its::RuleSet> rules;
  // Apply the built-in rules (--no-builtin-rules: false, itstool's -n).
  bool builtin_rules = true;
  // Sources read and walked at once (0 = one per core). The template is
  // byte-identical for any value.
  unsigned jobs = 0;
  // Msgids with entity references replaced by the replacement text of the
  // document's internal declarations (its::expand_entities()), as itstool
  // writes them; default: kept as written ("About &product;").
  bool expand_entities = false;
};

class TemplateBuilder {
 public:
  explicit TemplateBuilder(const ExtractOptions& options);
  void add(const its::WalkResult& document);
  Catalog finish() &&;

 private:
  void add_message(Message m);
  Catalog catalog_;
  std::unordered_map<MessageKey, size_t, MessageKeyHash> index_;
  bool credits_ = false;
};

// The header entry every template starts with.
Message template_header(const ExtractOptions& options);

// Reads and walks `sources` (in parallel, a window at a time) and adds them
// in order. The first unreadable or invalid source, in order, ends the work
// with its Error; nothing partial is returned.
Result<Catalog> extract_template(FileSystem& fs, const std::vector<std::string>& sources,
                                 const ExtractOptions& options);

// "YYYY-MM-DD HH:MM+0000" for a Unix time, in UTC.
std::string format_pot_date(long long unix_seconds);

}  // namespace xloc
