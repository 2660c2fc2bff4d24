#include "extract/extract.h"

#include <algorithm>
#include <ctime>
#include <optional>

#include "base/parallel.h"
#include "its/xml_encoding.h"
#include "its/xml_entities.h"
#include "catalog/header.h"

namespace xloc {
namespace {

constexpr size_t kNoteWidth = 76;

// Notes in XML are often indented over several lines: collapse the
// whitespace, then wrap at word boundaries so "#." lines stay readable.
std::vector<std::string> note_lines(const std::string& note) {
  std::vector<std::string> words;
  std::string word;
  for (char c : note) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  std::vector<std::string> lines;
  std::string line;
  for (const std::string& w : words) {
    if (!line.empty() && line.size() + 1 + w.size() > kNoteWidth) {
      lines.push_back(std::move(line));
      line.clear();
    }
    if (!line.empty()) line += ' ';
    line += w;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

// Adds `note` unless the message already carries it; notes are separated
// by an empty "#." line, as itstool does.
void add_note(Message& m, const std::string& note) {
  std::vector<std::string> lines = note_lines(note);
  if (lines.empty()) return;
  for (size_t i = 0; i + lines.size() <= m.extracted_comments.size(); ++i)
    if (std::equal(lines.begin(), lines.end(), m.extracted_comments.begin() + static_cast<ptrdiff_t>(i))) return;
  if (!m.extracted_comments.empty()) m.extracted_comments.emplace_back();
  m.extracted_comments.insert(m.extracted_comments.end(), lines.begin(), lines.end());
}

}  // namespace

std::string format_pot_date(long long unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M+0000", &tm);
  return buffer;
}

Message template_header(const ExtractOptions& options) {
  Header h;
  h.set("Project-Id-Version", options.domain.empty() ? "PACKAGE VERSION" : options.domain);
  h.set("Report-Msgid-Bugs-To", "");
  h.set("POT-Creation-Date", options.creation_date);
  h.set("PO-Revision-Date", "YEAR-MO-DA HO:MI+ZONE");
  h.set("Last-Translator", "FULL NAME <EMAIL@ADDRESS>");
  h.set("Language-Team", "LANGUAGE <LL@li.org>");
  h.set("Language", "");
  h.set("MIME-Version", "1.0");
  h.set("Content-Type", "text/plain; charset=UTF-8");
  h.set("Content-Transfer-Encoding", "8bit");
  Message m;
  m.msgstr = {h.to_msgstr()};
  m.add_flag("fuzzy");  // a template's header is a form to fill in
  return m;
}

TemplateBuilder::TemplateBuilder(const ExtractOptions& options) {
  catalog_.messages.push_back(template_header(options));
}

void TemplateBuilder::add_message(Message m) {
  MessageKey key = MessageKey::of(m);
  auto [it, inserted] = index_.emplace(std::move(key), catalog_.messages.size());
  if (inserted) {
    catalog_.messages.push_back(std::move(m));
    return;
  }
  Message& existing = catalog_.messages[it->second];
  existing.references.insert(existing.references.end(), m.references.begin(), m.references.end());
  // Notes arrive wrapped, groups separated by an empty line: re-add each
  // group so a note shared by several occurrences appears once.
  if (!m.extracted_comments.empty()) {
    std::string joined;
    for (const std::string& line : m.extracted_comments) joined += (line.empty() ? "\n" : line + " ");
    size_t start = 0;
    while (start < joined.size()) {
      size_t stop = joined.find('\n', start);
      if (stop == std::string::npos) stop = joined.size();
      add_note(existing, joined.substr(start, stop - start));
      start = stop + 1;
    }
  }
  for (const std::string& f : m.flags) existing.add_flag(f);
}

void TemplateBuilder::add(const its::WalkResult& document) {
  if (document.credits && !credits_) {
    credits_ = true;
    Message m;
    m.msgctxt = "_";
    m.msgid = "translator-credits";
    m.extracted_comments = {"Put one translator per line, in the form NAME <EMAIL>, YEAR1, YEAR2"};
    add_message(std::move(m));
  }
  for (const its::Unit& u : document.units) {
    Message m;
    m.msgctxt = u.context;
    m.msgid = u.text;
    for (const std::string& note : u.notes) add_note(m, note);
    m.references.push_back(document.file + ":" + std::to_string(u.line));
    if (u.preserve_space) m.add_flag("no-wrap");
    add_message(std::move(m));
  }
}

Catalog TemplateBuilder::finish() && { return std::move(catalog_); }

Result<Catalog> extract_template(FileSystem& fs, const std::vector<std::string>& sources,
                                 const ExtractOptions& options) {
  TemplateBuilder builder(options);
  its::WalkOptions walk_options;
  walk_options.rules = options.rules;
  walk_options.builtin_rules = options.builtin_rules;
  // Walking (parsing, rules, units) is most of the work and independent per
  // source; adding to the template is cheap and must keep the order. So a
  // window of sources is walked in parallel, then added in order; memory
  // holds one window's units, not the corpus's.
  const unsigned threads = resolve_jobs(options.jobs);
  const size_t window = std::max<size_t>(1, size_t{threads} * 8);
  std::vector<std::optional<Result<its::WalkResult>>> walked;
  for (size_t first = 0; first < sources.size(); first += window) {
    const size_t n = std::min(window, sources.size() - first);
    walked.assign(n, std::nullopt);
    parallel_for(n, threads, [&](size_t i) {
      const std::string& path = sources[first + i];
      Result<std::string> text = fs.read(path);
      if (!text) {
        walked[i].emplace(text.error());
        return;
      }
      Result<its::DecodedXml> decoded = its::decode_xml(std::move(*text), path);  // to UTF-8
      if (!decoded) {
        walked[i].emplace(decoded.error());
        return;
      }
      walked[i].emplace(its::walk_units(decoded->text, path, fs, walk_options));
      if (options.expand_entities && *walked[i]) {
        its::WalkResult& w = **walked[i];
        const its::EntityTable entities = its::internal_entities(decoded->text);
        if (!entities.empty())
          for (its::Unit& u : w.units) u.text = its::expand_entities(u.text, entities, w.scopes[u.scope]);
      }
    });
    for (std::optional<Result<its::WalkResult>>& w : walked) {
      if (!*w) return w->error();
      builder.add(**w);
    }
  }
  return std::move(builder).finish();
}

}  // namespace xloc
