#include "unit/check/check_test_support.h"

#include "check/check.h"
#include "check/check_catalog.h"

namespace xloc::test {

Catalog make_catalog(const std::string& language, const std::vector<Row>& rows,
                     const std::string& plural_forms) {
  Catalog catalog;
  catalog.path = "test.po";
  Message header;
  header.msgstr = {"Content-Type: text/plain; charset=UTF-8\n"};
  if (!language.empty()) header.msgstr[0] += "Language: " + language + "\n";
  if (!plural_forms.empty()) header.msgstr[0] += "Plural-Forms: " + plural_forms + "\n";
  header.msgstr_location = {"test.po", 1, 1};
  catalog.messages.push_back(header);
  int line = 10;
  for (const Row& row : rows) {
    Message m;
    m.msgid = row.source;
    m.msgstr = {row.translation};
    m.flags = row.flags;
    if (row.plural_source) {
      m.msgid_plural = row.plural_source;
      m.msgstr = row.plural_translations;
    }
    m.msgstr_location = {"test.po", line, 8};
    line += 10;
    catalog.messages.push_back(m);
  }
  return catalog;
}

std::vector<std::string> run_check(const std::string& id, const Catalog& catalog) {
  CheckOptions options;
  for (const CheckInfo& info : check_registry())
    if (info.id != id) options.disabled.emplace_back(info.id);
  std::vector<std::string> out;
  for (const Diagnostic& d : check_catalog(catalog, options))
    out.push_back(std::to_string(d.where.line) + ": " + std::string(severity_name(d.severity)) + ": " + d.message);
  return out;
}

std::vector<std::string> check_one(const std::string& id, const std::string& language, const Row& row) {
  std::vector<std::string> out;
  for (std::string s : run_check(id, make_catalog(language, {row}))) {
    const size_t colon = s.find(": ", s.find(": ") + 2);
    out.push_back(s.substr(colon + 2));
  }
  return out;
}

}  // namespace xloc::test
