// Exports the ITS rules parser: parse_rules() reads a standalone rules file
// (root its:rules), rules_from_element() reads an its:rules element that sits
// inside a document. Both return the rules in document order, checked: a
// rule with a missing selector or a value outside its category's range is an
// Error ("invalid-its-rule") pointing at the rule. Data categories xloc does
// not use (storage size, terminology, ...) are skipped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "base/error.h"
#include "base/file_system.h"
#include "its/line_index.h"
#include "its/rules.h"
#include "its/xml_document.h"  // parse_xml(), for callers that parse rules in documents

namespace xloc::its {

Result<RuleSet> parse_rules(std::string_view text, const std::string& file_name);

// Reads and parses each rules file, in order (what --rules and release's
// rules beside a source both need); the first unreadable or invalid one
// is the Error.
Result<std::vector<RuleSet>> read_rules_files(FileSystem& fs, const std::vector<std::string>& paths);

// `rules` is an its:rules element; `lines` indexes the text it was parsed
// from, `text` (pugixml offsets are used for locations and to copy the
// itst:credits template). Ignores xlink:href: the caller loads linked
// files, which come before the element's own rules.
Result<RuleSet> rules_from_element(pugi::xml_node rules, const std::string& file_name,
                                   const LineIndex& lines, std::string_view text = {});

}  // namespace xloc::its
