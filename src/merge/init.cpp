#include "merge/init.h"

#include <unicode/locid.h>

#include "catalog/cldr_plurals.h"
#include "catalog/locale_name.h"
#include "merge/merge.h"

namespace xloc {

Result<Catalog> init_catalog(const Catalog& templ, std::string_view locale, const InitOptions& options) {
  auto language = canonical_locale(locale);
  if (!language) return language.error();
  auto forms = cldr_plural_forms(locale);
  if (!forms) return forms.error();

  const Header from = templ.header();
  if (Status s = check_is_template(templ); !s) return s.error();
  std::string team;
  icu::UnicodeString display;
  // The team's name in English ("Catalan (Valencian)", "Serbian (Latin)").
  if (auto name = parse_locale_name(*language))
    name->icu.getDisplayName(icu::Locale::getEnglish(), display).toUTF8String(team);
  Header h;
  h.set("Project-Id-Version", from.get("Project-Id-Version").value_or("PACKAGE VERSION"));
  h.set("Report-Msgid-Bugs-To", from.get("Report-Msgid-Bugs-To").value_or(""));
  h.set("POT-Creation-Date", from.get("POT-Creation-Date").value_or(""));
  h.set("PO-Revision-Date", options.revision_date);
  h.set("Last-Translator", options.last_translator);
  h.set("Language-Team", team);
  h.set("Language", *language);
  h.set("MIME-Version", "1.0");
  h.set("Content-Type", "text/plain; charset=UTF-8");
  h.set("Content-Transfer-Encoding", "8bit");
  h.set("Plural-Forms", forms->header_value);

  Catalog out;
  out.path = templ.path;
  Message header;
  if (const Message* th = templ.header_entry()) {
    header.translator_comments = th->translator_comments;
    header.flags = th->flags;
    header.remove_flag("fuzzy");
  }
  header.msgstr = {h.to_msgstr()};
  out.messages.push_back(std::move(header));
  for (const Message& m : templ.messages) {
    if (m.is_header() || m.obsolete) continue;
    Message copy = m;
    copy.msgstr.assign(m.is_plural() ? forms->nplurals() : 1, std::string());
    out.messages.push_back(std::move(copy));
  }
  return out;
}

}  // namespace xloc
