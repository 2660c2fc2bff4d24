// Exports parallel_for(): runs body(i) for i in [0, count) on up to `jobs`
// threads (0 = one per core), each thread taking the next index in turn,
// and parallel_for_workers(), the same with the worker's number (0 up to
// the thread count) passed too, for state a worker keeps to itself (ICU
// objects that must not be shared between threads). Used wherever
// catalogs, locales or chunks of messages are processed in parallel
// (check, update, release).
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace xloc {

// The number of threads `jobs` asks for: itself, or one per core if 0.
inline unsigned resolve_jobs(unsigned jobs) {
  return jobs ? jobs : std::max(1u, std::thread::hardware_concurrency());
}

// body(worker, i); with one thread (or one item) everything runs on the
// calling thread as worker 0.
template <class Body>
void parallel_for_workers(size_t count, unsigned jobs, Body&& body) {
  const size_t threads = std::min<size_t>(resolve_jobs(jobs), count);
  if (threads <= 1) {
    for (size_t i = 0; i < count; ++i) body(size_t{0}, i);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::jthread> pool;
  pool.reserve(threads);
  for (size_t t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      for (size_t i = next++; i < count; i = next++) body(t, i);
    });
}

template <class Body>
void parallel_for(size_t count, unsigned jobs, Body&& body) {
  parallel_for_workers(count, jobs, [&](size_t, size_t i) { body(i); });
}

}  // namespace xloc
