// xloc review: one catalog against its sources as a bilingual HTML page for
// reviewers (src/review/review_page.h). Parses options, reads the inputs
// (ITS rules as extract/export take them, plus the rules file with the
// source's stem beside it, as release does), writes the page atomically.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <ostream>

#include "catalog/po_reader.h"
#include "cli/commands.h"
#include "its/rule_parser.h"
#include "review/review_page.h"

namespace xloc {

int run_review(const std::vector<std::string>& args, CommandContext& ctx) {
  CLI::App app{"Write a bilingual review page: each source unit beside its translation, status, findings, notes",
               "xloc review"};
  std::string catalog_path, output, language;
  std::vector<std::string> rules_files, source_paths;
  app.add_option("--catalog", catalog_path, "translations (.po)")->required();
  app.add_option("--language", language, "target locale (default: the catalog's Language header)");
  app.add_option("--rules", rules_files, "ITS 2.0 rules file, as given to extract (repeatable)");
  app.add_option("-o,--output", output, "page to write (default: review-<locale>.html)");
  app.add_option("sources", source_paths, "the source XML files")->required();
  if (auto code = parse_arguments(app, args, ctx)) return *code;

  auto fail = [&ctx](const Error& e) {
    ctx.err << e.to_string() << "\n";
    return exit_code::kBadInput;
  };
  Result<Catalog> catalog = read_po_file(ctx.fs, catalog_path);
  if (!catalog) return fail(catalog.error());
  std::vector<ReviewSource> sources;
  for (const std::string& path : source_paths) {
    ReviewSource source;
    source.path = path;
    auto text = ctx.fs.read(path);
    if (!text) return fail(text.error());
    source.text = std::move(*text);
    std::vector<std::string> rules_paths = rules_files;
    const std::string beside = std::filesystem::path(path).replace_extension(".its").string();
    if (rules_files.empty() && ctx.fs.read(beside)) rules_paths.push_back(beside);
    auto rules = its::read_rules_files(ctx.fs, rules_paths);
    if (!rules) return fail(rules.error());
    source.rules = std::move(*rules);
    sources.push_back(std::move(source));
  }
  ReviewOptions options;
  options.catalog_path = catalog_path;
  options.language = language;
  auto page = render_review_page(ctx.fs, *catalog, sources, options);
  if (!page) return fail(page.error());
  if (output.empty()) {
    const std::string locale = language.empty() ? catalog->header().get("Language").value_or("") : language;
    output = "review-" + locale + ".html";
  }
  if (Status s = ctx.fs.write_atomic(output, *page); !s) return fail(s.error());
  ctx.err << "xloc review: wrote " << output << "\n";
  return exit_code::kSuccess;
}

}  // namespace xloc
