// merge_catalog(): one pass over the template with hash lookups for exact
// and trivial matches and a FuzzyIndex for the rest, then one pass over the
// catalog for what became obsolete. See merge.h for the rules.
#include "merge/merge.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <unordered_map>

#include <unicode/uchar.h>

#include "base/limits.h"
#include "base/parallel.h"
#include "base/utf8.h"
#include "merge/format_change.h"
#include "merge/fuzzy_index.h"
#include "merge/language_header.h"
#include "merge/placeholders.h"
#include "merge/plural_shape.h"
#include "merge/trivial_edit.h"

namespace xloc {
namespace {

// A message that can give its translation: from the catalog or a compendium.
struct Source {
  const Message* message;
  std::optional<size_t> catalog_index;  // set for catalog messages
};

// Format flags describe the source text, so the template knows them best;
// the rest (fuzzy, ignore-<check>, ...) are the translator's.
bool from_template(std::string_view flag) {
  return (flag.ends_with("-format") && !flag.starts_with("ignore-")) || flag == "no-wrap" || flag == "wrap" ||
         flag.starts_with("range:");
}

bool has_format_flag(const Message& m) {
  for (const std::string& f : m.flags)
    if (f.ends_with("-format") && !f.starts_with("no-") && !f.starts_with("ignore-")) return true;
  return false;
}

std::optional<unsigned long> nplurals_of(const Header& header) {
  const auto forms = header.get("Plural-Forms");
  if (!forms) return std::nullopt;
  const size_t at = forms->find("nplurals");
  if (at == std::string::npos) return std::nullopt;
  size_t pos = forms->find('=', at);
  if (pos == std::string::npos) return std::nullopt;
  ++pos;
  while (pos < forms->size() && (*forms)[pos] == ' ') ++pos;
  unsigned long n = 0;
  auto [end, ec] = std::from_chars(forms->data() + pos, forms->data() + forms->size(), n);
  if (ec != std::errc() || n == 0 || n > limits::kMaxPluralForms) return std::nullopt;
  return n;
}

// Numbers, dates and punctuation have no meaning to reuse: "2025" is not
// a fuzzy "2012".
bool has_letter(std::string_view text) {
  for (size_t pos = 0; pos < text.size();)
    if (u_isalpha(static_cast<UChar32>(next_code_point(text, pos)))) return true;
  return false;
}

bool has_translation(const Message& m) { return !m.msgstr.empty() && !m.msgstr[0].empty(); }

std::string key_text(const std::optional<std::string>& ctxt, std::string_view id) {
  std::string key = ctxt ? *ctxt + '\x04' : std::string("\x05");
  key += id;
  return key;
}

bool is_fuzzy_note(const std::string& comment) { return comment.starts_with(kFuzzyNotePrefix); }

// The template's view of the message, with nothing translated yet.
Message from_template_message(const Message& t, unsigned long nplurals) {
  Message out;
  out.msgctxt = t.msgctxt;
  out.msgid = t.msgid;
  out.msgid_plural = t.msgid_plural;
  out.msgstr.assign(t.is_plural() ? nplurals : 1, std::string());
  out.extracted_comments = t.extracted_comments;
  out.references = t.references;
  for (const std::string& f : t.flags)
    if (from_template(f)) out.flags.push_back(f);
  return out;
}

// Copies translation, comments and catalog-owned flags of `src` into `out`,
// fitting msgstr to out's plural shape. `force_fuzzy` for fuzzy matches.
// Returns the non-empty forms that did not fit; with `note_dropped` they
// are also kept as notes on `out` (see plural_shape.h for when).
std::vector<DroppedForm> take_translation(Message& out, const Message& src, unsigned long nplurals, bool force_fuzzy,
                                          bool note_dropped) {
  FittedForms fitted = fit_forms(src, out.is_plural(), nplurals);
  for (size_t c = 0; c < src.translator_comments.size(); ++c) {
    const std::string& comment = src.translator_comments[c];
    if (std::find(fitted.restored_notes.begin(), fitted.restored_notes.end(), c) != fitted.restored_notes.end())
      continue;
    if (!is_fuzzy_note(comment) || (src.is_fuzzy() && !force_fuzzy)) out.translator_comments.push_back(comment);
  }
  if (note_dropped)
    for (const DroppedForm& form : fitted.dropped) out.translator_comments.push_back(dropped_form_note(form));
  bool fuzzy = src.is_fuzzy() || force_fuzzy || fitted.reshaped;
  if (out.is_plural() && src.is_plural() && *src.msgid_plural != *out.msgid_plural) fuzzy = true;
  out.msgstr = std::move(fitted.msgstr);
  for (const std::string& f : src.flags)
    if (f != "fuzzy" && !from_template(f)) out.add_flag(f);
  // Previous msgid: what the translation was made for.
  if (src.is_fuzzy()) {
    out.previous_msgctxt = src.previous_msgctxt;
    out.previous_msgid = src.previous_msgid;
    out.previous_msgid_plural = src.previous_msgid_plural;
  } else {
    out.previous_msgctxt = src.msgctxt;
    out.previous_msgid = src.msgid;
    out.previous_msgid_plural = src.msgid_plural;
  }
  // msgmerge never turns a catalog that passes msgfmt -c into one that fails.
  if (!fuzzy && format_change_needs_review(src, out)) fuzzy = true;
  if (fuzzy && !out.is_untranslated()) out.add_flag("fuzzy");
  return std::move(fitted.dropped);
}

void clear_previous(Message& m) {
  m.previous_msgctxt.reset();
  m.previous_msgid.reset();
  m.previous_msgid_plural.reset();
}

void add_review_note(Message& m, TrivialEdit kind) {
  std::string note = std::string(kTrivialNotePrefix) + std::string(to_string(kind)) + "), please review";
  if (std::find(m.translator_comments.begin(), m.translator_comments.end(), note) == m.translator_comments.end())
    m.translator_comments.push_back(std::move(note));
}

std::string percent(double similarity) {
  return std::to_string(static_cast<int>(std::floor(similarity * 100.0 + 1e-9))) + "%";
}

}  // namespace

Status check_is_template(const Catalog& templ) {
  for (const Message& m : templ.messages) {
    if (m.is_header() || m.obsolete) continue;
    for (const std::string& s : m.msgstr) {
      if (s.empty()) continue;
      SourceLocation where = m.msgstr_location;
      if (where.file.empty()) where.file = templ.path;
      return Error{"template-has-translations",
                   "a template has no translations, but this msgstr is not empty: is it a catalog?",
                   s.substr(0, 40), where};
    }
  }
  return ok_status();
}

std::string MergeWarning::to_string() const { return where.to_string() + ": warning: " + message; }

namespace {

// A catalog that shares almost no message with the template was most
// likely made for another package (see merge.h); the header cannot tell.
std::optional<MergeWarning> mismatch_warning(const Catalog& catalog, size_t translated, size_t in_template) {
  if (translated < kMismatchMinTranslated || in_template * kMismatchRatio >= translated) return std::nullopt;
  const Message* h = catalog.header_entry();
  SourceLocation where = h ? h->location : SourceLocation{};
  if (where.file.empty()) where.file = catalog.path;
  return MergeWarning{"few-messages-in-common",
                      "only " + std::to_string(in_template) + " of the catalog's " + std::to_string(translated) +
                          " translated messages are in the template: is it the template of another package?",
                      where};
}

}  // namespace

Result<MergeResult> merge_catalog(const Catalog& templ, const Catalog& catalog, std::span<const Catalog> compendia,
                                  const MergeOptions& options) {
  MergeResult result;
  // A reference with translations: msgmerge ignores its msgstrs, and so do
  // we, unless the arguments look swapped (the "catalog" holds no
  // translation at all, so the "template" is most likely the catalog, and
  // going on would replace it by an empty one).
  if (Status s = check_is_template(templ); !s) {
    const bool catalog_has_translations = std::any_of(
        catalog.messages.begin(), catalog.messages.end(), [](const Message& m) { return !m.is_header() && !m.is_untranslated(); });
    if (!catalog_has_translations) return s.error();
    result.warnings.push_back({"template-has-translations",
                               "the template has translations; they are ignored, as msgmerge ignores a reference's msgstrs",
                               s.error().where});
  }
  MergeStats& stats = result.stats;
  const Header catalog_header = catalog.header();
  const unsigned long nplurals = nplurals_of(catalog_header).value_or(2);

  // Every message that can give a translation, catalog first (live before
  // obsolete for exact matches), then compendia in order.
  std::vector<Source> sources;
  for (size_t i = 0; i < catalog.messages.size(); ++i)
    if (!catalog.messages[i].is_header()) sources.push_back({&catalog.messages[i], i});
  for (const Catalog& c : compendia)
    for (const Message& m : c.messages)
      if (!m.is_header() && !m.obsolete && has_translation(m)) sources.push_back({&m, std::nullopt});

  // key -> source. Preference: a live catalog message with a translation,
  // then an obsolete one, then a compendium's, then an untranslated catalog
  // message (so a compendium fills what the catalog left empty, as msgmerge
  // does, and a fresh `xloc init` catalog can be filled from an old one).
  std::unordered_map<std::string, size_t> exact;
  exact.reserve(sources.size());
  auto rank = [&](size_t s) {
    const Message& m = *sources[s].message;
    if (m.is_untranslated()) return 3;  // any non-empty form counts, as in msgmerge
    if (!sources[s].catalog_index) return 2;
    return m.obsolete ? 1 : 0;
  };
  for (int pass = 0; pass < 4; ++pass)
    for (size_t s = 0; s < sources.size(); ++s)
      if (rank(s) == pass) exact.emplace(key_text(sources[s].message->msgctxt, sources[s].message->msgid), s);

  std::vector<bool> used(catalog.messages.size(), false);
  std::vector<bool> source_used(sources.size(), false);
  auto use = [&](size_t s) {
    source_used[s] = true;
    if (sources[s].catalog_index) used[*sources[s].catalog_index] = true;
  };

  // The header: the catalog's, with the template's POT-Creation-Date and
  // the Language field msgmerge would write (language_header.h).
  if (const Message* h = catalog.header_entry()) {
    result.catalog.messages.push_back(*h);
    Header header = catalog_header;
    if (const auto date = templ.header().get("POT-Creation-Date")) header.set("POT-Creation-Date", *date);
    update_language(header, options.language);
    if (header != catalog_header) result.catalog.set_header(header);
  } else if (const Message* th = templ.header_entry()) {
    result.catalog.messages.push_back(*th);
    if (options.language) {
      Header header = templ.header();
      update_language(header, options.language);
      result.catalog.set_header(header);
    }
  }

  // Pass 1: exact matches; the rest wait for pass 2.
  struct Pending {
    const Message* message;
    size_t slot;  // in result.catalog.messages
  };
  std::vector<Pending> pending;
  std::vector<bool> in_template(catalog.messages.size(), false);  // exact key of a live template message
  for (const Message& t : templ.messages) {
    if (t.is_header() || t.obsolete) continue;
    Message out = from_template_message(t, nplurals);
    if (auto it = exact.find(key_text(t.msgctxt, t.msgid)); it != exact.end()) {
      const Message& src = *sources[it->second].message;
      // Same msgid, so the old entry cannot stay beside it: forms that no
      // longer fit go into notes.
      take_translation(out, src, nplurals, false, true);
      // The previous msgid says what a fuzzy translation was made for; an
      // exact match fuzzy only for a flag change was made for this msgid.
      if (!out.is_fuzzy() || out.is_untranslated() || (!src.is_fuzzy() && !src.is_plural() && !out.is_plural()))
        clear_previous(out);
      use(it->second);
      if (sources[it->second].catalog_index) in_template[*sources[it->second].catalog_index] = true;
      ++stats.exact;
      if (src.obsolete && sources[it->second].catalog_index) ++stats.revived;
    } else {
      pending.push_back({&t, result.catalog.messages.size()});
    }
    result.catalog.messages.push_back(std::move(out));
  }

  // Pass 2: trivial edits (of messages no exact match used: the old text
  // of an edited message has left the template) and fuzzy matches (any
  // translated source, as in msgmerge), decided in parallel.
  std::unordered_map<std::string, size_t> trivial;  // trivial_form key -> translated source
  FuzzyIndex index;
  std::vector<size_t> index_to_source;
  if (!pending.empty()) {
    for (size_t s = 0; s < sources.size(); ++s) {
      const Message& m = *sources[s].message;
      if (!has_translation(m)) continue;
      if (options.keep_trivial_edits && m.is_translated() && !source_used[s])
        trivial.emplace(
            key_text(m.msgctxt ? std::optional(trivial_form(*m.msgctxt)) : std::nullopt, trivial_form(m.msgid)), s);
      if (options.fuzzy) {
        index.add(m.msgid);
        index_to_source.push_back(s);
      }
    }
    index.build();
  }

  struct Decision {
    size_t source = 0;
    std::optional<TrivialEdit> trivial;
    std::optional<double> similarity;  // set for a fuzzy match
    size_t rejected = 0;
  };
  std::vector<Decision> decisions(pending.size());
  auto decide = [&](size_t p) {
    const Message& t = *pending[p].message;
    Decision& d = decisions[p];
    if (options.keep_trivial_edits) {
      const std::string tkey =
          key_text(t.msgctxt ? std::optional(trivial_form(*t.msgctxt)) : std::nullopt, trivial_form(t.msgid));
      if (auto it = trivial.find(tkey); it != trivial.end()) {
        const Message& src = *sources[it->second].message;
        const auto kind = trivial_edit(src.msgid, t.msgid);
        if (kind && src.is_plural() == t.is_plural()) {
          d.source = it->second;
          d.trivial = kind;
          return;
        }
      }
    }
    if (!options.fuzzy || !has_letter(t.msgid)) return;
    const bool printf = has_format_flag(t);
    std::string source_text = t.msgid;
    if (t.msgid_plural) source_text += "\n" + *t.msgid_plural;
    auto accept = [&](size_t id) {
      if (!options.check_placeholders) return true;
      for (const std::string& str : sources[index_to_source[id]].message->msgstr)
        if (!can_satisfy(source_text, str, printf)) {
          ++d.rejected;
          return false;
        }
      return true;
    };
    auto bonus = [&](size_t id) {
      const Message& src = *sources[index_to_source[id]].message;
      return !src.msgctxt || src.msgctxt == t.msgctxt ? 0.00001 : 0.0;
    };
    const auto match = index.best(t.msgid, options.fuzzy_threshold, accept, bonus);
    if (!match) return;
    d.source = index_to_source[match->id];
    const Message& src = *sources[d.source].message;
    if (options.keep_trivial_edits && src.is_translated() && src.msgctxt == t.msgctxt && src.is_plural() == t.is_plural())
      d.trivial = trivial_edit(src.msgid, t.msgid);
    if (!d.trivial) d.similarity = match->similarity;
  };
  // Small batches are not worth a thread.
  parallel_for(pending.size(), pending.size() < 64 ? 1 : options.threads, decide);

  // A catalog message whose forms did not all fit the entry it went into
  // stays as obsolete too, unless an exact match already holds all of them
  // (plural there, or notes) under its msgid.
  const std::vector<bool> used_exactly = used;
  std::vector<bool> keep_obsolete(catalog.messages.size(), false);
  auto keep_if_dropped = [&](size_t s, const std::vector<DroppedForm>& dropped) {
    const auto i = sources[s].catalog_index;
    if (!dropped.empty() && i && !used_exactly[*i]) keep_obsolete[*i] = true;
  };
  for (size_t p = 0; p < pending.size(); ++p) {
    const Decision& d = decisions[p];
    Message& out = result.catalog.messages[pending[p].slot];
    stats.rejected_by_placeholders += d.rejected;
    if (d.trivial) {
      keep_if_dropped(d.source, take_translation(out, *sources[d.source].message, nplurals, false, false));
      add_review_note(out, *d.trivial);
      use(d.source);
      ++stats.trivial;
    } else if (d.similarity) {
      keep_if_dropped(d.source, take_translation(out, *sources[d.source].message, nplurals, true, false));
      out.translator_comments.push_back(std::string(kFuzzyNotePrefix) + percent(*d.similarity));
      use(d.source);
      ++stats.fuzzy;
    } else {
      // Nothing to offer: the template's own translator comments (a note
      // its author left for translators) are all the entry has, as in msgmerge.
      out.translator_comments = pending[p].message->translator_comments;
      ++stats.untranslated;
    }
  }

  // What left the template: obsolete, in catalog order.
  for (size_t i = 0; i < catalog.messages.size(); ++i) {
    const Message& m = catalog.messages[i];
    if (m.is_header() || (used[i] && !keep_obsolete[i])) continue;
    if (!m.obsolete) {
      if (m.is_untranslated() && m.translator_comments.empty()) continue;
      ++stats.obsoleted;
    }
    Message old = m;
    old.obsolete = true;
    // What the sources said about a message they no longer have: msgmerge
    // drops it from obsolete entries.
    old.extracted_comments.clear();
    old.references.clear();
    result.catalog.messages.push_back(std::move(old));
  }
  size_t translated = 0, common = 0;
  for (size_t i = 0; i < catalog.messages.size(); ++i) {
    const Message& m = catalog.messages[i];
    if (m.is_header() || m.obsolete || !m.is_translated()) continue;
    ++translated;
    common += in_template[i] ? 1 : 0;
  }
  if (auto w = mismatch_warning(catalog, translated, common)) result.warnings.push_back(std::move(*w));
  result.catalog.path = catalog.path;
  return result;
}

}  // namespace xloc
