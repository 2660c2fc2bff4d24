// merge_domains(): splits template and catalog by domain, merges the parts
// with merge_catalog(), puts the results back together.
#include "merge/merge_domains.h"

#include <algorithm>
#include <string>
#include <vector>

namespace xloc {
namespace {

struct Part {
  std::string domain;
  Catalog catalog;
};

// The catalog's domains in order of first appearance, messages untagged.
std::vector<Part> split(const Catalog& c) {
  std::vector<Part> parts;
  for (const Message& m : c.messages) {
    auto it = std::find_if(parts.begin(), parts.end(), [&](const Part& p) { return p.domain == m.domain; });
    if (it == parts.end()) {
      parts.push_back({m.domain, Catalog{c.path, {}}});
      it = parts.end() - 1;
    }
    it->catalog.messages.push_back(m);
    it->catalog.messages.back().domain.clear();
  }
  if (parts.empty()) parts.push_back({"", Catalog{c.path, {}}});
  return parts;
}

bool single_default_domain(const Catalog& c) {
  return std::all_of(c.messages.begin(), c.messages.end(), [](const Message& m) { return m.domain.empty(); });
}

void add(MergeStats& sum, const MergeStats& s) {
  sum.exact += s.exact;
  sum.revived += s.revived;
  sum.trivial += s.trivial;
  sum.fuzzy += s.fuzzy;
  sum.untranslated += s.untranslated;
  sum.obsoleted += s.obsoleted;
  sum.rejected_by_placeholders += s.rejected_by_placeholders;
}

}  // namespace

Result<MergeResult> merge_domains(const Catalog& templ, const Catalog& catalog, std::span<const Catalog> compendia,
                                  const MergeOptions& options) {
  if (single_default_domain(templ) && single_default_domain(catalog))
    return merge_catalog(templ, catalog, compendia, options);
  const std::vector<Part> templates = split(templ), parts = split(catalog);

  // (template part, catalog part) pairs; nullptr: none.
  struct Pair {
    std::string domain;
    const Catalog* templ;
    const Catalog* catalog;
  };
  std::vector<Pair> pairs;
  const Catalog empty{catalog.path, {}};
  if (templates.size() == 1) {
    for (const Part& p : parts) pairs.push_back({p.domain, &templates[0].catalog, &p.catalog});
  } else {
    for (const Part& t : templates) {
      auto it = std::find_if(parts.begin(), parts.end(), [&](const Part& p) { return p.domain == t.domain; });
      pairs.push_back({t.domain, &t.catalog, it == parts.end() ? &empty : &it->catalog});
    }
    for (const Part& p : parts)
      if (std::none_of(templates.begin(), templates.end(), [&](const Part& t) { return t.domain == p.domain; }))
        pairs.push_back({p.domain, nullptr, &p.catalog});
  }

  MergeResult result;
  result.catalog.path = catalog.path;
  for (const Pair& pair : pairs) {
    // A domain the template lacks: merged with a template of its header only.
    Catalog header_only;
    if (!pair.templ && pair.catalog->header_entry()) header_only.messages.push_back(Message{});
    auto merged = merge_catalog(pair.templ ? *pair.templ : header_only, *pair.catalog, compendia, options);
    if (!merged) return merged.error();
    add(result.stats, merged->stats);
    for (MergeWarning& w : merged->warnings) result.warnings.push_back(std::move(w));
    for (Message& m : merged->catalog.messages) {
      m.domain = pair.domain;
      result.catalog.messages.push_back(std::move(m));
    }
  }
  return result;
}

}  // namespace xloc
