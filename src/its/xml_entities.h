// Exports the internal general entities of a document and the expansion of
// a message's entity references with them: what itstool's msgids hold
// (it parses with entity substitution), where xloc's keep "&product;".
// Export looks a unit up under both forms, so catalogs made by itstool keep
// their translations; `extract --expand-entities` writes the expanded one.
//
// Only the internal subset's declarations are known (an external DTD is
// never read); references to other entities, character references and the
// five predefined entities stay as they are. An entity whose replacement
// text holds markup is expanded only where the expanded message is still
// well-formed content.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "its/xml_names.h"

namespace xloc::its {

// name -> replacement text (markup form: "A &amp; B", "<b>x</b>").
using EntityTable = std::map<std::string, std::string, std::less<>>;

// The internal general entities `text` (UTF-8, well-formed) declares; the
// first declaration of a name wins, as in XML 1.0.
EntityTable internal_entities(std::string_view text);

// `message` (XML markup form, as in a msgid) with each reference to an
// entity of `entities` replaced by its replacement text, recursively.
// `namespaces`: the unit's context, to check markup that expansion brings.
std::string expand_entities(std::string_view message, const EntityTable& entities,
                            const NamespaceBindings& namespaces);

}  // namespace xloc::its
