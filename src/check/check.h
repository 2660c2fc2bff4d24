// Exports the Check plug-in interface and its one registry table:
// CheckInfo (id, severity, one-line title, the function), CheckScope (what
// a check sees of the catalog and its locale), TextPair (one msgstr and the
// source it translates) and Findings (where a check reports; it applies
// `#, ignore-<id>` flags). check_registry() lists every check in output
// order; find_check() looks one up by id.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "check/diagnostic.h"

namespace xloc {

class CatalogLocale;

struct CheckScope {
  const Catalog& catalog;
  const CatalogLocale& locale;
};

// One translation to check against its source: msgstr[form] against msgid
// (singular, or form 0 of a plural in a language with several forms) or
// msgid_plural.
struct TextPair {
  std::string_view source;
  std::string_view translation;
  // The same without XML tags (strip_markup), computed once for all checks.
  std::string_view plain_source;
  std::string_view plain_translation;
  size_t form = 0;
  bool plural = false;
};

struct CheckInfo;

// Collects one check's findings on one catalog.
class Findings {
 public:
  Findings(const CheckInfo& info, const Catalog& catalog, std::vector<Diagnostic>& out)
      : info_(info), catalog_(catalog), out_(out) {}

  // At the message's msgstr, with the check's severity unless given;
  // dropped if the message has the flag "ignore-<id>".
  void add(const Message& message, std::string text, std::optional<Severity> severity = {});
  // At the catalog's header entry (or line 1 if it has none).
  void add_to_catalog(std::string text, std::optional<Severity> severity = {});

 private:
  const CheckInfo& info_;
  const Catalog& catalog_;
  std::vector<Diagnostic>& out_;
};

// A check is exactly one of three kinds, by what it looks at.
using PairCheck = void (*)(const Message&, const TextPair&, const CheckScope&, Findings&);
using MessageCheck = void (*)(const Message&, const CheckScope&, Findings&);
using CatalogCheck = void (*)(const CheckScope&, Findings&);
// One sentence for a whole catalog when one fact of it (its header, say)
// explains most of a check's findings; see systemic.h.
using SystemicCause = std::string (*)(const CheckScope&);

struct CheckInfo {
  std::string_view id;     // stable, lower-case, hyphenated
  Severity severity;       // the usual severity (a few checks vary it)
  std::string_view title;  // one line, for SARIF rules and --help
  // Pair checks run on every non-empty msgstr of a live, non-fuzzy message;
  // message checks on every such message; catalog checks once.
  PairCheck pair = nullptr;
  MessageCheck message = nullptr;
  CatalogCheck catalog = nullptr;
  // If set and the check fires on most of a catalog's messages, its
  // findings become this one catalog-level finding.
  SystemicCause systemic = nullptr;
};

// Which messages the message checks see: live, translated (maybe partly,
// for plurals) and not fuzzy. Pair checks see the same, less pseudo
// messages (GNOME's translator-credits, itstool's image references),
// whose msgstr translates nothing.
bool is_checked_message(const Message& m);
bool has_checked_pairs(const Message& m);

std::span<const CheckInfo> check_registry();
std::optional<CheckInfo> find_check(std::string_view id);
// The closest check id to a typo, if one is close enough.
std::optional<std::string_view> suggest_check(std::string_view typo);

}  // namespace xloc
