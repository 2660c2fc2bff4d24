#include "cli/command_docs.h"

#include <CLI/CLI.hpp>

#include <sstream>

#include "base/file_system.h"

namespace xloc {
namespace {

OptionDoc option_doc(const CLI::Option& o) {
  OptionDoc d;
  for (const std::string& s : o.get_snames()) d.names.push_back("-" + s);
  for (const std::string& l : o.get_lnames()) d.names.push_back("--" + l);
  if (d.names.empty()) d.positional = o.get_name(true);
  if (o.get_items_expected_max() > 0) d.value = o.get_type_name();
  d.description = o.get_description();
  d.default_value = o.get_default_str();
  d.required = o.get_required();
  d.repeatable = o.get_items_expected_max() > 1 || o.get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll;
  return d;
}

}  // namespace

std::vector<CommandDoc> describe_commands() {
  std::vector<CommandDoc> docs;
  for (const Command& c : commands()) {
    CommandDoc doc{std::string(c.name), std::string(c.summary), std::string(c.usage), "", "", {}};
    std::ostringstream out, err;
    MemoryFileSystem nothing;  // describing reads and writes no file
    CommandContext ctx{out, err, nothing, false, false, {}, false, 0};
    ctx.describe = [&doc](const CLI::App& app) {
      doc.description = app.get_description();
      doc.footer = app.get_footer();
      for (const CLI::Option* o : app.get_options()) doc.options.push_back(option_doc(*o));
    };
    c.run({}, ctx);
    docs.push_back(std::move(doc));
  }
  return docs;
}

}  // namespace xloc
