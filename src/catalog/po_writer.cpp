#include "catalog/po_writer.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <string_view>
#include <vector>

#include "catalog/format_directives.h"
#include "catalog/line_break.h"

namespace xloc {
namespace {

// The one-character escape for a control byte gettext escapes, or 0.
char escape_letter(char c) {
  switch (c) {
    case '\a': return 'a';
    case '\b': return 'b';
    case '\f': return 'f';
    case '\n': return 'n';
    case '\r': return 'r';
    case '\t': return 't';
    case '\v': return 'v';
    case '\\': return '\\';
    case '"': return '"';
    default: return 0;
  }
}

class Writer {
 public:
  explicit Writer(const PoWriteOptions& options) : options_(options) {}

  void message(const Message& m, bool first);
  void domain(std::string_view name, bool& first);  // a `domain "name"` line
  std::string take() { return std::move(out_); }

 private:
  void comments(const char* marker, const std::vector<std::string>& texts);
  void references(const std::vector<std::string>& refs);
  void flags(const std::vector<std::string>& flags);
  // gettext's wrap(): `prefix` is "", "#~ ", "#| " or "#~| ".
  void string(std::string_view prefix, std::string_view name, std::string_view value, bool wrap);

  const PoWriteOptions& options_;
  bool c_format_ = false;  // of the message being written
  std::string out_;
  // Scratch buffers reused for every portion of every string.
  std::string portion_;
  std::vector<char> overrides_;
  std::vector<char> breaks_;
  std::vector<char> inside_directive_;  // per byte of the value
};

// gettext clamps the page width to at least 20; 0 means "no limit".
int page_width(size_t width) {
  if (width == 0 || width > INT_MAX / 2) return INT_MAX / 2;
  return width < 20 ? 20 : static_cast<int>(width);
}

void Writer::comments(const char* marker, const std::vector<std::string>& texts) {
  for (const std::string& text : texts) {
    // A comment holding newlines is written as one comment line per line.
    std::string_view rest = text;
    do {
      const size_t nl = rest.find('\n');
      const std::string_view line = rest.substr(0, nl);
      out_ += marker;
      if (!line.empty()) out_ += ' ';
      out_ += line;
      out_ += '\n';
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    } while (!rest.empty());
  }
}

// "a.c:12" -> "a.c"; a reference without a line number stays whole.
std::string_view file_of(std::string_view ref) {
  const size_t colon = ref.rfind(':');
  if (colon == std::string_view::npos || colon + 1 == ref.size()) return ref;
  for (size_t i = colon + 1; i < ref.size(); ++i)
    if (ref[i] < '0' || ref[i] > '9') return ref;
  return ref.substr(0, colon);
}

void Writer::references(const std::vector<std::string>& all) {
  if (all.empty() || options_.locations == LocationStyle::kNever) return;
  std::vector<std::string> files;
  if (options_.locations == LocationStyle::kFile)
    for (const std::string& ref : all) {
      const std::string_view file = file_of(ref);
      if (std::find(files.begin(), files.end(), file) == files.end()) files.emplace_back(file);
    }
  const std::vector<std::string>& refs = options_.locations == LocationStyle::kFile ? files : all;
  out_ += "#:";
  size_t column = 2;
  for (const std::string& ref : refs) {
    const size_t len = ref.size() + 1;
    if (column > 2 && column + len > static_cast<size_t>(page_width(options_.width))) {
      out_ += "\n#:";
      column = 2;
    }
    out_ += ' ';
    out_ += ref;
    column += len;
  }
  out_ += '\n';
}

void Writer::flags(const std::vector<std::string>& flags) {
  if (flags.empty()) return;
  out_ += "#,";
  for (size_t i = 0; i < flags.size(); ++i) {
    out_ += i == 0 ? " " : ", ";
    out_ += flags[i];
  }
  out_ += '\n';
}

void Writer::string(std::string_view prefix, std::string_view name, std::string_view value, bool wrap) {
  const int prefix_len = static_cast<int>(prefix.size());
  // Columns are counted from after the opening quote of a continuation line.
  const int startcol_after_break = prefix_len + 1;
  const int width = (wrap ? page_width(options_.width) : INT_MAX) - 1 - startcol_after_break;
  // Breaks inside a format directive are forbidden.
  inside_directive_.assign(value.size(), 0);
  if (c_format_) {
    for (const DirectiveSpan& d : c_format_directives(value))
      for (size_t i = d.begin + 1; i < d.end; ++i) inside_directive_[i] = 1;
  }
  bool first_line = true;
  size_t s = 0;
  do {
    // One portion: up to and including the next '\n'.
    size_t es = value.find('\n', s);
    es = es == std::string_view::npos ? value.size() : es + 1;

    portion_.clear();
    overrides_.clear();
    for (size_t i = s; i < es; ++i) {
      const char c = value[i];
      if (const char e = escape_letter(c)) {
        portion_ += '\\';
        portion_ += e;
        overrides_.push_back(kBreakUndefined);
        overrides_.push_back(kBreakProhibited);
      } else {
        portion_ += c;
        overrides_.push_back(inside_directive_[i] ? kBreakProhibited : kBreakUndefined);
      }
    }
    // Never break right before the "\n" that ends a portion.
    if (es > s && value[es - 1] == '\n') overrides_[portion_.size() - 2] = kBreakProhibited;
    breaks_.resize(portion_.size());

    for (;;) {
      const int startcol = (first_line ? prefix_len + static_cast<int>(name.size()) + 1 : prefix_len) + 1 -
                           startcol_after_break;
      // No character is wider than its UTF-8 bytes, so a portion whose
      // bytes fit gets no break: skip the Unicode line breaking (most
      // short strings; a profile of `xloc update` spent ~18% there).
      if (startcol + static_cast<long long>(portion_.size()) <= width) {
        std::fill(breaks_.begin(), breaks_.end(), static_cast<char>(kBreakProhibited));
      } else {
        width_line_breaks(portion_, width, startcol, overrides_.data(), breaks_.data());
      }
      // A string that will not fit on the keyword's line starts on the next.
      if (first_line && !portion_.empty() &&
          (es < value.size() || startcol > width ||
           std::find(breaks_.begin(), breaks_.end(), static_cast<char>(kBreakPossible)) != breaks_.end())) {
        out_ += prefix;
        out_ += name;
        out_ += " \"\"\n";
        first_line = false;
        continue;
      }
      break;
    }

    out_ += prefix;
    if (first_line) {
      out_ += name;
      out_ += ' ';
      first_line = false;
    }
    out_ += '"';
    for (size_t i = 0; i < portion_.size(); ++i) {
      if (breaks_[i] == kBreakPossible) {
        out_ += "\"\n";
        out_ += prefix;
        out_ += '"';
      }
      out_ += portion_[i];
    }
    out_ += "\"\n";
    s = es;
  } while (s < value.size());
}

void Writer::domain(std::string_view name, bool& first) {
  if (!first) out_ += '\n';
  string("", "domain", name, false);
  first = false;
}

void Writer::message(const Message& m, bool first) {
  if (!first) out_ += '\n';
  comments("#", m.translator_comments);
  comments("#.", m.extracted_comments);
  references(m.references);
  flags(m.flags);

  bool wrap = options_.wrap;
  if (m.has_flag("no-wrap")) wrap = false;
  c_format_ = m.has_flag("c-format") || m.has_flag("possible-c-format");

  const std::string_view prev_prefix = m.obsolete ? "#~| " : "#| ";
  if (m.previous_msgctxt) string(prev_prefix, "msgctxt", *m.previous_msgctxt, wrap);
  if (m.previous_msgid) string(prev_prefix, "msgid", *m.previous_msgid, wrap);
  if (m.previous_msgid_plural) string(prev_prefix, "msgid_plural", *m.previous_msgid_plural, wrap);

  const std::string_view prefix = m.obsolete ? "#~ " : "";
  if (m.msgctxt) string(prefix, "msgctxt", *m.msgctxt, wrap);
  string(prefix, "msgid", m.msgid, wrap);
  if (m.msgid_plural) {
    string(prefix, "msgid_plural", *m.msgid_plural, wrap);
    for (size_t i = 0; i < m.msgstr.size(); ++i) string(prefix, "msgstr[" + std::to_string(i) + "]", m.msgstr[i], wrap);
  } else {
    string(prefix, "msgstr", m.msgstr.empty() ? std::string_view() : std::string_view(m.msgstr[0]), wrap);
  }
}

}  // namespace

std::string write_po(const Catalog& catalog, const PoWriteOptions& options) {
  Writer writer(options);
  // Domains in order of first appearance, as gettext groups them.
  std::vector<std::string_view> domains;
  for (const Message& m : catalog.messages)
    if (std::find(domains.begin(), domains.end(), m.domain) == domains.end()) domains.push_back(m.domain);
  bool first = true;
  for (size_t d = 0; d < domains.size(); ++d) {
    // The default domain is named only when another came before it.
    if (d > 0 || !domains[d].empty()) writer.domain(domains[d].empty() ? "messages" : domains[d], first);
    for (const bool obsolete : {false, true}) {
      for (const Message& m : catalog.messages) {
        if (m.obsolete != obsolete || m.domain != domains[d]) continue;
        writer.message(m, first);
        first = false;
      }
    }
  }
  return writer.take();
}

}  // namespace xloc
