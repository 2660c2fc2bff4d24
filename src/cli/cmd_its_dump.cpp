// xloc its-dump [--rules F.its]... [--category NAME]... [--builtin] FILE.xml
// Prints the ITS 2.0 data categories of every element and attribute of
// FILE.xml in the W3C ITS 2.0 test suite's listing format: what the rules
// (the document's own, then --rules; the built-in set only with --builtin)
// and local markup make of each node, as extract sees it. A document with
// no rules is listed with the defaults.
// Exit 0, or 2 on unusable input (nothing printed on stdout then).
#include <CLI/CLI.hpp>

#include <ostream>

#include "cli/commands.h"
#include "its/annotator.h"
#include "its/its_listing.h"
#include "its/rule_parser.h"

namespace xloc {

int run_its_dump(const std::vector<std::string>& args, CommandContext& ctx) {
  CLI::App app{"Print the ITS 2.0 data categories of every element and attribute.", "xloc its-dump"};
  std::vector<std::string> rules_files, category_names;
  std::string file;
  bool builtin = false;
  app.add_option("--rules", rules_files, "ITS 2.0 rules file applied after the document's own (repeatable)");
  app.add_option("--category", category_names,
                 "only this data category (translate, withinText, locNote, space, idValue, lang, localeFilter, dir, "
                 "externalResourceRef, or the W3C suite's folder name); repeatable; default all");
  app.add_flag("--builtin", builtin, "apply the built-in rules for the root element (DocBook, Mallard, XHTML)");
  app.add_option("file", file, "the XML document")->required();
  if (auto code = parse_arguments(app, args, ctx)) return *code;

  std::vector<its::ListedCategory> categories;
  for (const std::string& name : category_names) {
    auto c = its::find_listed_category(name);
    if (!c) {
      ctx.err << "xloc its-dump: error: unknown data category '" << name << "'\n";
      return exit_code::kBadInput;
    }
    categories.push_back(*c);
  }
  if (categories.empty()) categories.assign(its::listed_categories().begin(), its::listed_categories().end());

  Result<std::vector<its::RuleSet>> rules = its::read_rules_files(ctx.fs, rules_files);
  if (!rules) {
    ctx.err << rules.error().to_string() << "\n";
    return exit_code::kBadInput;
  }
  Result<std::string> text = ctx.fs.read(file);
  if (!text) {
    ctx.err << text.error().to_string() << "\n";
    return exit_code::kBadInput;
  }
  its::AnnotateOptions options;
  options.rules = std::move(*rules);
  options.builtin_rules = builtin;
  options.require_rules = false;
  auto annotated = its::Annotator::annotate(*text, file, ctx.fs, options);
  if (!annotated) {
    ctx.err << annotated.error().to_string() << "\n";
    return exit_code::kBadInput;
  }
  ctx.out << its::its_listing(**annotated, categories);
  return exit_code::kSuccess;
}

}  // namespace xloc
