// Exports vocabulary_of(): which document vocabulary an XML text is, from
// its root element's namespace, and the standard stylesheet that renders
// that vocabulary as HTML. `xloc release --html` uses it to pick, once per
// source, the stylesheet of DocBook 5 (Debian docbook-xsl-ns) or Mallard
// (Debian yelp-xsl); any other vocabulary has no stylesheet and its HTML
// edition is skipped with a warning.
#pragma once

#include <string>
#include <string_view>

namespace xloc::render {

enum class Vocabulary { kUnknown, kDocBook5, kMallard };

// The root element's namespace decides; a text that is not XML, or whose
// root is in another namespace (or none), is kUnknown.
Vocabulary vocabulary_of(std::string_view xml);

std::string_view vocabulary_name(Vocabulary v);  // "DocBook 5", "Mallard", "unknown"

// The Debian package that installs the vocabulary's stylesheet, for messages.
std::string_view stylesheet_package(Vocabulary v);

}  // namespace xloc::render
