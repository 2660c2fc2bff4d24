// Exports its_listing(): the ITS data categories of every element and
// attribute of a document, in the listing format of the W3C ITS 2.0 test
// suite (what `xloc its-dump` prints): one line per node in document order,
// an element's attributes right after it sorted by qualified name; the
// path ("/doc/body[1]/p[2]/@title", prefixes as written, [n] counting
// same-named siblings), then TAB-separated name="value" fields in
// alphabetical order, values whitespace-collapsed and not escaped. LF line
// ends. The values come from the Annotator, so they are what extract uses.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "its/annotator.h"

namespace xloc::its {

// The data categories a listing can show.
enum class ListedCategory {
  kTranslate,
  kWithinText,
  kLocNote,
  kPreserveSpace,
  kIdValue,
  kLang,
  kLocaleFilter,
  kDirection,
  kExternalResource,
};

// All of them, in the order the README lists them.
std::span<const ListedCategory> listed_categories();

// A category by the suite's folder name ("localizationnote") or its ITS
// name ("locNote"), case-insensitively; nullopt if neither.
std::optional<ListedCategory> find_listed_category(std::string_view name);

// The listing of the categories in `categories` (their fields merged and
// sorted on each line).
std::string its_listing(const Annotator& annotated, std::span<const ListedCategory> categories);

}  // namespace xloc::its
