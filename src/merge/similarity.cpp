// Myers' O(ND) greedy diff, forward only, cut off at a maximum distance.
#include "merge/similarity.h"

#include <algorithm>
#include <vector>

namespace xloc {

long diff_edits(std::string_view a, std::string_view b, long max_edits) {
  // Common prefix and suffix cost nothing and are usually most of the text.
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  a.remove_prefix(prefix);
  b.remove_prefix(prefix);
  while (!a.empty() && !b.empty() && a.back() == b.back()) a.remove_suffix(1), b.remove_suffix(1);
  const long n = static_cast<long>(a.size()), m = static_cast<long>(b.size());
  if (n == 0 || m == 0) return std::min(n + m, max_edits + 1);
  if (std::labs(n - m) > max_edits) return max_edits + 1;
  const long limit = std::min(max_edits, n + m);
  std::vector<long> v(2 * static_cast<size_t>(limit) + 3, 0);
  const long offset = limit + 1;
  for (long d = 0; d <= limit; ++d) {
    for (long k = -d; k <= d; k += 2) {
      long x;
      if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) x = v[offset + k + 1];
      else x = v[offset + k - 1] + 1;
      long y = x - k;
      while (x < n && y < m && a[x] == b[y]) ++x, ++y;
      v[offset + k] = x;
      if (x >= n && y >= m) return d;
    }
  }
  return max_edits + 1;
}

double similarity(std::string_view a, std::string_view b, double lower_bound) {
  const double total = static_cast<double>(a.size() + b.size());
  if (total == 0) return 1.0;
  // Even if the shorter string were a subsequence of the longer one.
  const double best_possible = 2.0 * static_cast<double>(std::min(a.size(), b.size())) / total;
  if (best_possible < lower_bound) return 0.0;
  const long max_edits = static_cast<long>((1.0 - lower_bound) * total);
  const long edits = diff_edits(a, b, max_edits);
  if (edits > max_edits) return 0.0;
  const double s = (total - static_cast<double>(edits)) / total;
  return s < lower_bound ? 0.0 : s;
}

}  // namespace xloc
