// Exports fix_up_html_page(): what xloc adds to the page a vocabulary's
// stylesheet made, so that every HTML edition reads right whatever the
// stylesheet's defaults:
//   - <html lang="BCP 47" dir="ltr|rtl"> from the catalog's locale;
//   - dir on every element whose lang (a fallback unit in the source
//     language, say) is written the other way from the text around it,
//     so an English paragraph in an Arabic page is laid out left to right;
//   - UTF-8 declared, a viewport for phones, and a small inline style with
//     a font stack covering Latin, CJK, Arabic and Hebrew;
//   - no network references: <link> elements and scripts or media loaded
//     from a URL are removed (the page must open offline, and a reader's
//     browser must not call out).
// It returns the serialized page, starting with <!DOCTYPE html> (standards
// mode), or an error when the stylesheet made no <html> page at all.
#pragma once

#include <string>

#include <libxml/tree.h>

#include "base/error.h"

namespace xloc::render {

struct PageLanguage {
  std::string bcp47;        // "pt-BR"
  bool right_to_left = false;
};

Result<std::string> fix_up_html_page(xmlDocPtr page, const PageLanguage& language, const std::string& name);

}  // namespace xloc::render
