#include "merge/fuzzy_index.h"

#include <algorithm>

#include "merge/similarity.h"

namespace xloc {

std::vector<uint32_t> trigrams(std::string_view text) {
  std::vector<uint32_t> grams;
  if (text.empty()) return grams;
  std::string padded;
  padded.reserve(text.size() + 2);
  padded += '\x01';
  padded += text;
  padded += '\x02';
  grams.reserve(padded.size());
  for (size_t i = 0; i + 2 < padded.size(); ++i) {
    const auto b = [&](size_t j) { return static_cast<uint32_t>(static_cast<unsigned char>(padded[j])); };
    grams.push_back(b(i) << 16 | b(i + 1) << 8 | b(i + 2));
  }
  std::sort(grams.begin(), grams.end());
  grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
  return grams;
}

size_t FuzzyIndex::add(std::string_view text) {
  const size_t id = texts_.size();
  texts_.emplace_back(text);
  const auto grams = trigrams(text);
  gram_counts_.push_back(static_cast<uint32_t>(grams.size()));
  for (uint32_t g : grams) postings_[g].push_back(static_cast<uint32_t>(id));
  return id;
}

void FuzzyIndex::build() {}  // postings are kept sorted by construction (ids grow)

std::optional<FuzzyIndex::Match> FuzzyIndex::best(std::string_view query, double threshold,
                                                  const std::function<bool(size_t)>& accept,
                                                  const std::function<double(size_t)>& bonus) const {
  const auto grams = trigrams(query);
  std::vector<const std::vector<uint32_t>*> lists;
  lists.reserve(grams.size());
  for (uint32_t g : grams)
    if (auto it = postings_.find(g); it != postings_.end()) lists.push_back(&it->second);
  std::sort(lists.begin(), lists.end(), [](auto* x, auto* y) { return x->size() < y->size(); });

  // Shared-trigram counts over the rarest lists, within the budget.
  std::unordered_map<uint32_t, uint32_t> shared;
  size_t scanned = 0;
  for (size_t i = 0; i < lists.size(); ++i) {
    if (i > 0 && scanned + lists[i]->size() > options_.postings_budget) break;
    scanned += lists[i]->size();
    for (uint32_t id : *lists[i]) ++shared[id];
  }

  // Rank by the Dice coefficient of trigram sets, then score the best exactly.
  const double qn = static_cast<double>(grams.size());
  struct Ranked {
    double dice;
    uint32_t id;
  };
  std::vector<Ranked> ranked;
  ranked.reserve(shared.size());
  for (const auto& [id, count] : shared) {
    const std::string& text = texts_[id];
    const double total = static_cast<double>(text.size() + query.size());
    if (2.0 * static_cast<double>(std::min(text.size(), query.size())) < threshold * total) continue;
    ranked.push_back({2.0 * count / (qn + gram_counts_[id]), id});
  }
  const size_t keep = std::min(options_.verified, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<long>(keep), ranked.end(),
                    [](const Ranked& x, const Ranked& y) { return x.dice != y.dice ? x.dice > y.dice : x.id < y.id; });
  ranked.resize(keep);
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& x, const Ranked& y) { return x.id < y.id; });

  std::optional<Match> best;
  double best_weight = 0;
  for (const Ranked& r : ranked) {
    if (accept && !accept(r.id)) continue;
    const double extra = bonus ? bonus(r.id) : 0.0;
    const double floor = std::max(threshold, best ? best_weight - extra : threshold);
    const double s = similarity(query, texts_[r.id], floor);
    if (s < threshold || s == 0.0) continue;
    if (!best || s + extra > best_weight) {
      best = Match{r.id, s};
      best_weight = s + extra;
    }
  }
  return best;
}

}  // namespace xloc
