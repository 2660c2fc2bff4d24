// Exports parallel_for(): runs body(i) for i in [0, count) on up to `jobs`
// threads (0 = one per core), each thread taking the next index in turn.
// Used wherever catalogs or locales are processed in parallel (check,
// update, release): one item per thread at a time.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace xloc {

template <class Body>
void parallel_for(size_t count, unsigned jobs, Body&& body) {
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  const size_t threads = std::min<size_t>(jobs, count);
  if (threads <= 1) {
    for (size_t i = 0; i < count; ++i) body(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::jthread> pool;
  pool.reserve(threads);
  for (size_t t = 0; t < threads; ++t)
    pool.emplace_back([&] {
      for (size_t i = next++; i < count; i = next++) body(i);
    });
}

}  // namespace xloc
