// xloc extract: XML sources -> gettext template (.pot). Parses arguments,
// calls the library, writes the template atomically; nothing else.
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <ctime>
#include <ostream>

#include "base/file_system.h"
#include "catalog/po_writer.h"
#include "cli/commands.h"
#include "extract/extract.h"
#include "its/rule_parser.h"

namespace xloc {

int run_extract(const std::vector<std::string>& args, CommandContext& ctx) {
  CLI::App app{"Extract translatable text from XML into a gettext template", "xloc extract"};
  std::vector<std::string> rules_files, sources;
  std::string domain, output;
  app.add_option("--rules", rules_files, "ITS 2.0 rules file applied to every source (repeatable)");
  bool no_builtin_rules = false;
  app.add_flag("--no-builtin-rules", no_builtin_rules,
               "do not apply the built-in rules (DocBook 4/5, Mallard, XHTML) chosen by the root element");
  app.add_option("--domain", domain, "project name for the template's Project-Id-Version");
  unsigned jobs = 0;
  app.add_option("-o,--output", output, "template to write (OUT.pot)")->required();
  app.add_option("-j,--jobs", jobs, "threads to use: sources parsed at once (0: one per core)")->capture_default_str();
  bool expand_entities = false;
  app.add_flag("--expand-entities", expand_entities,
               "write entity references expanded with the document's internal DTD subset, as itstool does");
  app.add_option("sources", sources, "XML sources (DocBook 4 or 5, Mallard, XHTML or any with --rules)")->required();
  if (auto code = parse_arguments(app, args, ctx)) return *code;

  ExtractOptions options;
  options.domain = domain;
  options.jobs = jobs;
  options.expand_entities = expand_entities;
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");  // reproducible builds
  options.creation_date = format_pot_date(epoch ? std::atoll(epoch) : static_cast<long long>(std::time(nullptr)));
  Result<std::vector<its::RuleSet>> rules = its::read_rules_files(ctx.fs, rules_files);
  if (!rules) {
    ctx.err << rules.error().to_string() << "\n";
    return exit_code::kBadInput;
  }
  options.rules = std::move(*rules);
  options.builtin_rules = !no_builtin_rules;
  Result<Catalog> pot = extract_template(ctx.fs, sources, options);
  if (!pot) {
    ctx.err << pot.error().to_string() << "\n";
    return exit_code::kBadInput;
  }
  if (Status s = ctx.fs.write_atomic(output, write_po(*pot)); !s) {
    ctx.err << s.error().to_string() << "\n";
    return exit_code::kBadInput;
  }
  return exit_code::kSuccess;
}

}  // namespace xloc
