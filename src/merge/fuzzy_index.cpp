#include "merge/fuzzy_index.h"

#include <algorithm>
#include <array>
#include <span>

#include "merge/similarity.h"

namespace xloc {

std::vector<uint32_t> trigrams(std::string_view text) {
  std::vector<uint32_t> grams;
  if (text.empty()) return grams;
  // Distinct without sorting: a per-thread bitmap of all 2^24 trigrams,
  // cleared again through the list it produced.
  thread_local std::vector<uint64_t> seen(1u << 18, 0);
  uint64_t* bits = seen.data();
  grams.reserve(text.size());
  auto byte = [&](size_t j) -> uint32_t {
    if (j == 0) return 0x01;
    if (j == text.size() + 1) return 0x02;
    return static_cast<unsigned char>(text[j - 1]);
  };
  uint32_t gram = byte(0) << 8 | byte(1);
  for (size_t i = 2; i < text.size() + 2; ++i) {
    gram = (gram << 8 | byte(i)) & 0xFFFFFF;
    uint64_t& word = bits[gram >> 6];
    const uint64_t bit = uint64_t{1} << (gram & 63);
    if (!(word & bit)) {
      word |= bit;
      grams.push_back(gram);
    }
  }
  for (uint32_t g : grams) bits[g >> 6] = 0;
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

  // Shared-trigram counts over the rarest lists, within the budget. The
  // counters are per thread and reset through the list of touched ids.
  thread_local std::vector<uint32_t> counts;
  thread_local std::vector<uint32_t> touched;
  if (counts.size() < texts_.size()) {
    counts.resize(texts_.size(), 0);
    touched.resize(texts_.size());
  }
  uint32_t* const count_of = counts.data();
  uint32_t* const touched_ids = touched.data();
  size_t touched_count = 0;
  size_t scanned = 0;
  for (size_t i = 0; i < lists.size(); ++i) {
    if (i > 0 && scanned + lists[i]->size() > options_.postings_budget) break;
    scanned += lists[i]->size();
    for (uint32_t id : *lists[i])
      if (count_of[id]++ == 0) touched_ids[touched_count++] = id;
  }
  const std::span<const uint32_t> touched_span(touched_ids, touched_count);

  // Rank by the Dice coefficient of trigram sets, then score the best exactly.
  const double qn = static_cast<double>(grams.size());
  struct Ranked {
    double dice;
    uint32_t id;
  };
  // Candidates sharing under half as many trigrams as the best eligible one
  // are not worth ranking (they would not make the verified few anyway).
  auto eligible = [&](uint32_t id) {
    const double total = static_cast<double>(texts_[id].size() + query.size());
    return 2.0 * static_cast<double>(std::min(texts_[id].size(), query.size())) >= threshold * total;
  };
  uint32_t most = 0;
  for (uint32_t id : touched_span)
    if (count_of[id] > most && eligible(id)) most = count_of[id];
  std::vector<Ranked> ranked;
  ranked.reserve(std::min<size_t>(touched_count, 1024));
  for (uint32_t id : touched_span) {
    const uint32_t count = count_of[id];
    count_of[id] = 0;
    if (2 * count < most || !eligible(id)) continue;
    ranked.push_back({2.0 * count / (qn + gram_counts_[id]), id});
  }
  // At least `verified` candidates; more while they are short and cheap to
  // score (short messages have many look-alikes with equal trigram counts).
  size_t keep = 0, cost = 0;
  const auto most_promising = ranked.begin() + static_cast<long>(std::min(options_.max_verified, ranked.size()));
  std::partial_sort(ranked.begin(), most_promising, ranked.end(),
                    [](const Ranked& x, const Ranked& y) { return x.dice != y.dice ? x.dice > y.dice : x.id < y.id; });
  while (keep < ranked.size() && keep < options_.max_verified &&
         (keep < options_.verified || cost < options_.verify_budget)) {
    // Beyond the first few, only short look-alikes are worth scoring.
    cost += texts_[ranked[keep].id].size() + query.size();
    ++keep;
  }
  ranked.resize(keep);

  // Most promising first, so the bound rises early and prunes the rest.
  std::array<uint32_t, 256> query_histogram{};
  for (char c : query) ++query_histogram[static_cast<unsigned char>(c)];
  std::optional<Match> best;
  double best_weight = 0;
  for (size_t i = 0; i < ranked.size(); ++i) {
    const Ranked& r = ranked[i];
    if (i >= options_.verified && best && best->similarity >= options_.confident) break;
    if (accept && !accept(r.id)) continue;
    const double extra = bonus ? bonus(r.id) : 0.0;
    const double floor = std::max(threshold, best ? best_weight - extra : threshold);
    const std::string& text = texts_[r.id];
    // Cheap upper bound: a common subsequence uses each byte value at most
    // as often as the rarer side has it.
    std::array<uint32_t, 256> histogram = query_histogram;
    size_t common = 0;
    for (char c : text) {
      uint32_t& left = histogram[static_cast<unsigned char>(c)];
      if (left) --left, ++common;
    }
    if (2.0 * static_cast<double>(common) < floor * static_cast<double>(text.size() + query.size())) continue;
    const double s = similarity(query, text, floor);
    if (s < threshold || s == 0.0) continue;
    const double weight = s + extra;
    if (!best || weight > best_weight || (weight == best_weight && r.id < best->id)) {
      best = Match{r.id, s};
      best_weight = weight;
    }
  }
  return best;
}

}  // namespace xloc
