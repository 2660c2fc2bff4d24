// fit_forms() and the dropped-form notes; see plural_shape.h.
#include "merge/plural_shape.h"

#include <charconv>

namespace xloc {
namespace {

constexpr std::string_view kDroppedFormNotePrefix = "xloc: dropped plural form [";

}  // namespace

FittedForms fit_forms(const Message& src, bool plural, unsigned long nplurals) {
  FittedForms out;
  out.msgstr = src.msgstr;
  if (out.msgstr.empty()) out.msgstr.emplace_back();
  const size_t want = plural ? nplurals : 1;
  const size_t had = out.msgstr.size();
  for (size_t i = want; i < had; ++i)
    if (!out.msgstr[i].empty()) out.dropped.push_back({i, out.msgstr[i]});
  out.reshaped = had > want || plural != src.is_plural();
  // Singular -> plural: every form starts as the singular translation.
  out.msgstr.resize(want, plural && !src.is_plural() ? out.msgstr[0] : std::string());
  if (!plural) return out;
  // Forms this message had when it was plural before come back.
  const size_t first_missing = src.is_plural() ? had : 1;
  for (size_t c = 0; c < src.translator_comments.size(); ++c) {
    const auto form = parse_dropped_form_note(src.translator_comments[c]);
    if (!form || form->index < first_missing || form->index >= want) continue;
    out.msgstr[form->index] = form->text;
    out.restored_notes.push_back(c);
  }
  return out;
}

std::string dropped_form_note(const DroppedForm& form) {
  std::string note(kDroppedFormNotePrefix);
  note += std::to_string(form.index) + "]: ";
  for (char c : form.text) {
    if (c == '\\') note += "\\\\";
    else if (c == '\n') note += "\\n";
    else note += c;
  }
  return note;
}

std::optional<DroppedForm> parse_dropped_form_note(std::string_view comment) {
  if (!comment.starts_with(kDroppedFormNotePrefix)) return std::nullopt;
  comment.remove_prefix(kDroppedFormNotePrefix.size());
  DroppedForm form;
  const auto [end, ec] = std::from_chars(comment.data(), comment.data() + comment.size(), form.index);
  if (ec != std::errc() || form.index == 0) return std::nullopt;
  comment.remove_prefix(static_cast<size_t>(end - comment.data()));
  if (!comment.starts_with("]: ")) return std::nullopt;
  comment.remove_prefix(3);
  for (size_t i = 0; i < comment.size(); ++i) {
    if (comment[i] == '\\' && i + 1 < comment.size() && (comment[i + 1] == '\\' || comment[i + 1] == 'n')) {
      form.text += comment[++i] == 'n' ? '\n' : '\\';
    } else {
      form.text += comment[i];
    }
  }
  if (form.text.empty()) return std::nullopt;
  return form;
}

}  // namespace xloc
