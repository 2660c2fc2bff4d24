// Exports merge_catalog(): brings one translated catalog up to date with a
// new template, msgmerge's semantics with the improvements of issue #4.
//
// For each template message, in template order:
//  1. exact: a catalog message (live or obsolete: obsolete ones are revived)
//     or compendium message with the same (msgctxt, msgid) gives msgstr,
//     translator comments, its `fuzzy` state and previous msgid; msgctxt,
//     msgid, msgid_plural, extracted comments, references and the format
//     flags (`*-format`, `no-wrap`, `range:`) come from the template, other
//     flags (e.g. `ignore-<check>`) from the catalog.
//     A template change of format flags or `range:` that the kept
//     translation was never checked against makes it fuzzy, so that a
//     catalog passing `msgfmt -c` still does (format_change.h).
//  2. trivial edit (see trivial_edit.h): a translated message that no exact
//     match used (an edited message's old text has left the template) and
//     whose msgid differs only trivially, or a fuzzy match (3.) that turns
//     out to be a typo fix, keeps its translation without `fuzzy`; the
//     entry gets the translator comment "xloc: trivial source change (KIND),
//     please review" and `#| msgid` with the old text.
//  3. fuzzy (only for msgids with a letter: "2025" is no fuzzy "2012"):
//     the most similar translated msgid (similarity >= threshold, as
//     msgmerge measures it) among catalog messages, obsolete ones included,
//     and compendia, skipping candidates whose translation uses markup or
//     placeholders the new msgid lacks; copies the translation, adds `fuzzy`,
//     `#| msgid` and the translator comment "xloc: fuzzy match, similarity
//     N%" (N = floor(100 x similarity)). Translator comments, not flags: GNU gettext tools drop unknown
//     flags, and these notes must survive a round trip through msgcat.
//  4. otherwise untranslated (nplurals empty msgstr for a plural message).
// A new message with nothing to offer keeps the template's translator
// comments. Catalog messages no template message used become obsolete,
// translations, translator comments, flags and previous msgid kept, `#.`
// and `#:` dropped as msgmerge drops them (untranslated ones without comments are dropped: they
// hold nothing). A message fuzzy-matched is "used", as in msgmerge: its
// translation lives on in the fuzzy entry, its msgid in `#| msgid`.
// Plural messages get the catalog's nplurals msgstr (from its Plural-Forms,
// 2 if it has none or more than limits::kMaxPluralForms). A change of
// plural shape marks the entry fuzzy and loses no form (plural_shape.h):
// singular -> plural copies msgstr[0] into every form; plural -> singular
// (or more forms than nplurals) keeps msgstr[0], and the forms that no
// longer fit stay in the old entry, kept as obsolete `#~` with its
// msgid_plural. Only where the template keeps the very same msgid (so no
// second entry with it may exist) do they go into notes "xloc: dropped
// plural form [N]: TEXT" on the new entry, which return to msgstr[N] if the
// msgid becomes plural again. msgmerge drops those forms.
// The header is the catalog's, with POT-Creation-Date from the template and
// Language set (MergeOptions::language) or inferred as msgmerge does.
// Notes "xloc: fuzzy match, ..." of entries that are no longer fuzzy are
// removed; review notes stay until a reviewer deletes them.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "base/error.h"
#include "catalog/catalog.h"

namespace xloc {

struct MergeOptions {
  bool fuzzy = true;               // --no-fuzzy: no fuzzy matching at all (trivial edits are still kept)
  double fuzzy_threshold = 0.6;    // msgmerge's threshold for a fuzzy match
  bool keep_trivial_edits = true;  // rule 2; off: trivial edits are handled as fuzzy matches
  bool check_placeholders = true;  // never fuzzy-match a candidate whose placeholders the msgid lacks
  unsigned threads = 1;            // for the fuzzy searches of one catalog; 0: one per hardware thread
  std::optional<std::string> language = std::nullopt;  // --lang: the Language field to write (see language_header.h)
};

struct MergeStats {
  size_t exact = 0;         // includes revived
  size_t revived = 0;       // exact matches found among obsolete messages
  size_t trivial = 0;
  size_t fuzzy = 0;
  size_t untranslated = 0;  // new messages with nothing to offer
  size_t obsoleted = 0;     // live catalog messages that left the template
  size_t rejected_by_placeholders = 0;  // fuzzy candidates refused by the placeholder rule

  friend bool operator==(const MergeStats&, const MergeStats&) = default;
};

// Something the user should know that does not stop the merge.
struct MergeWarning {
  std::string code;  // stable, lower-case, hyphenated
  std::string message;
  SourceLocation where;
  std::string to_string() const;  // "file:line:col: warning: message"

  friend bool operator==(const MergeWarning&, const MergeWarning&) = default;
};

struct MergeResult {
  Catalog catalog;
  MergeStats stats;
  std::vector<MergeWarning> warnings;
};

// A template with translations (a previous catalog used as the reference,
// which msgmerge accepts) has its msgstrs ignored, with the warning
// "template-has-translations" at the first one, as long as the catalog has
// a translation of its own; if the catalog has none, the arguments were
// most likely swapped (TEMPLATE is the catalog, CATALOG the .pot) and that
// is the error "template-has-translations" ("... is it a catalog?"). Project-Id-Version is informational, as in msgmerge: real
// teams write anything there ("gnome-user-docs master", "GNOME User
// Documentation 3.2", nothing), so it is never compared. What does reveal
// the template of another package is the messages: the warning
// "few-messages-in-common" (at the catalog's header) when the catalog has
// at least kMismatchMinTranslated translated live messages and fewer than
// 1 in kMismatchRatio of them has its (msgctxt, msgid) in the template.
// The inputs are not modified.
Result<MergeResult> merge_catalog(const Catalog& templ, const Catalog& catalog,
                                  std::span<const Catalog> compendia = {}, const MergeOptions& options = {});

// Ok if no live message but the header has a non-empty msgstr; else the
// "template-has-translations" error at the first one.
Status check_is_template(const Catalog& templ);

inline constexpr size_t kMismatchMinTranslated = 20;
inline constexpr size_t kMismatchRatio = 20;

// The translator comments merge_catalog writes, for tools that look for them.
inline constexpr std::string_view kFuzzyNotePrefix = "xloc: fuzzy match, similarity ";
inline constexpr std::string_view kTrivialNotePrefix = "xloc: trivial source change (";

}  // namespace xloc
