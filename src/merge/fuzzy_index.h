// Exports FuzzyIndex: finds, among many strings, the one most similar to a
// query without comparing the query with every string.
//
// A byte-trigram inverted index proposes candidates (the rarest trigrams of
// the query first, within a budget of postings, so common trigrams such as
// " th" never make a query linear in the index size); the best few by shared
// trigrams are then scored exactly with similarity(). Cost per query is
// bounded by the budget, so merging n messages costs about O(n).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace xloc {

struct FuzzyIndexOptions {
  size_t postings_budget = 20000;  // trigram postings scanned per query, at most (after the rarest list)
  size_t verified = 16;            // candidates scored exactly per query, at least
  size_t max_verified = 128;       // ... and at most, while their total length
  size_t verify_budget = 8192;     // (bytes, query included each time) is under this
  double confident = 0.9;          // ... and no candidate scored this high yet
};

class FuzzyIndex {
 public:
  explicit FuzzyIndex(FuzzyIndexOptions options = {}) : options_(options) {}

  // Adds a string; ids are 0, 1, 2, ... in order of addition. The text is
  // copied. Call build() after the last add and before the first query.
  size_t add(std::string_view text);
  void build();
  size_t size() const { return texts_.size(); }

  struct Match {
    size_t id = 0;
    double similarity = 0;  // without the bonus
  };
  // The candidate with the highest similarity + bonus(id), if its similarity
  // is at least `threshold` and accept(id) holds. Ties go to the lower id.
  std::optional<Match> best(std::string_view query, double threshold,
                            const std::function<bool(size_t)>& accept = nullptr,
                            const std::function<double(size_t)>& bonus = nullptr) const;

 private:
  FuzzyIndexOptions options_;
  std::vector<std::string> texts_;
  std::vector<uint32_t> gram_counts_;  // distinct trigrams per text
  std::unordered_map<uint32_t, std::vector<uint32_t>> postings_;  // trigram -> ids, ascending
};

// The distinct byte trigrams of `text` (with one sentinel byte at each end,
// so short strings have some), as 24-bit codes, in order of first occurrence.
std::vector<uint32_t> trigrams(std::string_view text);

}  // namespace xloc
