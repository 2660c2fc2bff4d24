// Differential test: for every corpus catalog, xloc's reader sees exactly
// the messages GNU gettext's own reader (libgettextpo) sees: same count and
// order, strings, plural forms, fuzzy and format flags, obsolete status,
// previous strings, comments and references. libgettextpo is GPL and not
// thread-safe; it is linked into the test binary only, never into xloc_core.
#include <gettext-po.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <optional>

#include "catalog/po_reader.h"
#include "support/paths.h"

// libgettextpo keeps some of what it allocates while reading until exit;
// that is its business, so LeakSanitizer (asan preset) ignores it.
extern "C" [[gnu::used]] const char* __lsan_default_suppressions() { return "leak:libgettextpo\n"; }

namespace xloc {
namespace {

using test::corpus_catalogs;

// libgettextpo reports problems through callbacks; collect them.
std::vector<std::string>& gettext_errors() {
  static std::vector<std::string> errors;
  return errors;
}

void on_error(int severity, po_message_t, const char* file, size_t line, size_t, int, const char* text) {
  if (severity != PO_SEVERITY_WARNING)
    gettext_errors().push_back(std::string(file ? file : "") + ":" + std::to_string(line) + ": " + text);
}

void on_error2(int severity, po_message_t, const char* file1, size_t line1, size_t, int, const char* text1,
               po_message_t, const char*, size_t, size_t, int, const char* text2) {
  if (severity != PO_SEVERITY_WARNING)
    gettext_errors().push_back(std::string(file1 ? file1 : "") + ":" + std::to_string(line1) + ": " + text1 + text2);
}

std::optional<std::string> opt(const char* s) { return s ? std::optional<std::string>(s) : std::nullopt; }

// "a\nb\n" -> {"a", "b"}: libgettextpo joins comment lines with newlines.
std::vector<std::string> lines(const char* s) {
  std::vector<std::string> out;
  std::string text = s ? s : "";
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    out.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return out;
}

// The same message as xloc's model, rebuilt from libgettextpo's view.
Message from_gettext(po_message_t m) {
  Message out;
  out.msgctxt = opt(po_message_msgctxt(m));
  out.msgid = po_message_msgid(m);
  out.msgid_plural = opt(po_message_msgid_plural(m));
  if (out.msgid_plural) {
    out.msgstr.clear();
    for (int i = 0; const char* s = po_message_msgstr_plural(m, i); ++i) out.msgstr.emplace_back(s);
  } else {
    out.msgstr = {po_message_msgstr(m)};
  }
  out.translator_comments = lines(po_message_comments(m));
  out.extracted_comments = lines(po_message_extracted_comments(m));
  for (int i = 0; po_filepos_t pos = po_message_filepos(m, i); ++i) {
    std::string ref = po_filepos_file(pos);
    if (po_filepos_start_line(pos) != static_cast<size_t>(-1)) ref += ":" + std::to_string(po_filepos_start_line(pos));
    out.references.push_back(ref);
  }
  if (po_message_is_fuzzy(m)) out.flags.push_back("fuzzy");
  for (const char* const* format = po_format_list(); *format; ++format)
    if (po_message_is_format(m, *format)) out.flags.push_back(*format);
  out.previous_msgctxt = opt(po_message_prev_msgctxt(m));
  out.previous_msgid = opt(po_message_prev_msgid(m));
  out.previous_msgid_plural = opt(po_message_prev_msgid_plural(m));
  out.obsolete = po_message_is_obsolete(m) != 0;
  return out;
}

// xloc's message restricted to what libgettextpo can report: the fuzzy
// flag and the format flags it knows, in its order.
Message comparable(const Message& m) {
  Message out = m;
  out.flags.clear();
  if (m.is_fuzzy()) out.flags.push_back("fuzzy");
  for (const char* const* format = po_format_list(); *format; ++format)
    if (m.has_flag(*format) || m.has_flag(std::string("possible-") + *format)) out.flags.push_back(*format);
  return out;
}

std::string describe(const Message& m) {
  std::string out = m.obsolete ? "#~ " : "";
  if (m.msgctxt) out += "msgctxt \"" + *m.msgctxt + "\" ";
  out += "msgid \"" + m.msgid.substr(0, 60) + "\"";
  return out;
}

struct ReadComparison {
  int same = 0;               // catalogs read exactly as libgettextpo reads them
  size_t total_messages = 0;
};

ReadComparison compare_with_libgettextpo(const std::vector<std::string>& files) {
  ReadComparison result;
  const po_xerror_handler handler{on_error, on_error2};
  for (const auto& file : files) {
    SCOPED_TRACE(file);
    gettext_errors().clear();
    po_file_t po = po_file_read(file.c_str(), &handler);
    EXPECT_NE(po, nullptr);
    if (po == nullptr) continue;
    EXPECT_TRUE(gettext_errors().empty()) << gettext_errors().front();
    std::vector<Message> expected;
    po_message_iterator_t it = po_message_iterator(po, nullptr);
    while (po_message_t m = po_next_message(it)) expected.push_back(from_gettext(m));
    po_message_iterator_free(it);
    po_file_free(po);

    Result<Catalog> catalog = read_po(test::read_file(file), file);
    EXPECT_TRUE(catalog.ok()) << catalog.error().to_string();
    if (!catalog.ok()) continue;
    const auto& actual = catalog->messages;
    EXPECT_EQ(actual.size(), expected.size());
    bool all_equal = actual.size() == expected.size();
    for (size_t i = 0; i < std::min(actual.size(), expected.size()); ++i) {
      if (comparable(actual[i]) == expected[i]) continue;
      all_equal = false;
      ADD_FAILURE() << "message " << i << " differs: xloc read " << describe(actual[i]) << " at "
                    << actual[i].location.to_string() << ", libgettextpo " << describe(expected[i]);
      break;
    }
    result.same += all_equal;
    result.total_messages += actual.size();
  }
  return result;
}

TEST(CatalogGettextPo, EveryBundledSampleCatalogReadsTheSameAsLibgettextpo) {
  const auto files = test::sample_catalogs();
  ASSERT_EQ(files.size(), 4u) << "de, fr, he, ja in " << test::sample_corpus_dir();
  const ReadComparison r = compare_with_libgettextpo(files);
  EXPECT_EQ(r.same, 4);
  EXPECT_GT(r.total_messages, 1300u);
}

TEST(CatalogGettextPo, EveryCorpusCatalogReadsTheSameAsLibgettextpo) {
  if (auto why = test::corpus_missing(); !why.empty()) GTEST_SKIP() << why;
  const auto files = corpus_catalogs();
  ASSERT_EQ(files.size(), 19u);
  const ReadComparison r = compare_with_libgettextpo(files);
  EXPECT_EQ(r.same, 19);
  EXPECT_GT(r.total_messages, 70000u);
}

}  // namespace
}  // namespace xloc
