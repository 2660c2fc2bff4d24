// Exports HtmlEditionRenderer: localized XML editions to HTML pages people
// read, through each vocabulary's standard XSLT stylesheets applied with
// libxslt (DocBook 5: Debian docbook-xsl-ns; Mallard: Debian yelp-xsl),
// then fixed up by fix_up_html_page() (lang/dir, UTF-8, fonts, offline).
//
// Each stylesheet is compiled once, by prepare(), on the calling thread;
// render() can then be called from several threads at once: libxslt lets
// one compiled stylesheet be applied concurrently, each call with its own
// transform context. Transforms may read local files only (the
// stylesheets' own localization files): network access and writes are
// forbidden by libxslt's security preferences. Nothing is printed: the
// stylesheets' messages go to the error returned.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "base/error.h"
#include "render/vocabulary.h"

namespace xloc::render {

struct HtmlEditionOptions {
  // Where the stylesheets are; the defaults are Debian's.
  std::string docbook_xsl = "/usr/share/xml/docbook/stylesheet/docbook-xsl-ns/html/docbook.xsl";
  std::string mallard_xsl = "/usr/share/yelp-xsl/xslt/mallard/html/mal2html.xsl";
};

class HtmlEditionRenderer {
 public:
  explicit HtmlEditionRenderer(HtmlEditionOptions options = {});
  ~HtmlEditionRenderer();
  HtmlEditionRenderer(const HtmlEditionRenderer&) = delete;
  HtmlEditionRenderer& operator=(const HtmlEditionRenderer&) = delete;

  // Compiles the stylesheet of `v` unless done. Errors: kUnknown has none
  // ("no-stylesheet"), or the stylesheet is missing or does not compile
  // ("stylesheet", naming the Debian package). Not thread-safe.
  Status prepare(Vocabulary v);

  // `xml` (an edition, named `name` in errors) as an HTML page for the
  // BCP 47 `language`. Errors: a vocabulary not prepared, XML the parser
  // rejects, a transform that fails or makes no page. Thread-safe.
  Result<std::string> render(std::string_view xml, const std::string& name, Vocabulary v,
                             const std::string& language) const;

 private:
  struct Compiled;
  HtmlEditionOptions options_;
  std::map<Vocabulary, std::shared_ptr<Compiled>> compiled_;
  std::map<Vocabulary, Error> failed_;
};

}  // namespace xloc::render
