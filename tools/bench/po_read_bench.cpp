// PO reading throughput: xloc's read_po against GNU gettext's libgettextpo
// on the same ≥50 MB catalog, in the same run. The input is the largest
// catalog of the shared corpus replicated until it passes 50 MB, each copy
// with its msgids made unique ("[copy N] ..."), written once to a
// temporary file. Both readers start from the file on disk.
//
//   cmake --preset bench && cmake --build build/bench -j2
//   build/bench/tools/bench/xloc_bench --benchmark_filter=PoRead
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "base/file_system.h"
#include "catalog/po_reader.h"

#ifdef XLOC_HAVE_GETTEXTPO
#include <gettext-po.h>
#endif

namespace {

namespace fs = std::filesystem;

std::string corpus_dir() {
  const char* shared = std::getenv("XLOC_SHARED_DIR");
  return std::string(shared ? shared : XLOC_SHARED_DIR) + "/corpus";
}

fs::path largest_catalog() {
  fs::path best;
  uintmax_t best_size = 0;
  for (const auto& entry : fs::recursive_directory_iterator(corpus_dir())) {
    if (entry.is_regular_file() && entry.path().extension() == ".po" && entry.file_size() > best_size) {
      best = entry.path();
      best_size = entry.file_size();
    }
  }
  return best;
}

// One copy of `catalog` whose msgids (and msgid_plurals) start with
// "[copy N] ", so no two copies define the same message. The header entry
// is kept only in copy 0.
std::string make_copy(const std::string& catalog, int copy) {
  std::string out;
  out.reserve(catalog.size() + catalog.size() / 20);
  const std::string tag = "[copy " + std::to_string(copy) + "] ";
  std::istringstream in(catalog);
  std::string line;
  bool in_header = true;  // the header entry runs until the first blank line
  while (std::getline(in, line)) {
    if (in_header) {
      if (line.empty()) in_header = false;
      if (copy > 0) continue;
      out += line;
      out += '\n';
      continue;
    }
    for (const char* keyword : {"msgid \"", "#~ msgid \"", "msgid_plural \"", "#~ msgid_plural \""}) {
      if (line.rfind(keyword, 0) == 0) {
        const size_t quote = std::string(keyword).size();
        line.insert(quote, tag);
        break;
      }
    }
    out += line;
    out += '\n';
  }
  out += '\n';
  return out;
}

struct BigCatalog {
  std::string path;
  std::string source;
  size_t bytes = 0;

  BigCatalog() {
    const fs::path largest = largest_catalog();
    std::ifstream in(largest, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string catalog = ss.str();
    std::string data;
    for (int copy = 0; data.size() < 50u * 1000 * 1000; ++copy) data += make_copy(catalog, copy);
    bytes = data.size();
    source = largest.string();
    path = (fs::temp_directory_path() / ("xloc-bench-" + std::to_string(getpid()) + ".po")).string();
    std::ofstream(path, std::ios::binary) << data;
  }
  ~BigCatalog() { std::remove(path.c_str()); }
};

const BigCatalog& big_catalog() {
  static const BigCatalog catalog;
  return catalog;
}

void BM_PoRead_xloc(benchmark::State& state) {
  const BigCatalog& big = big_catalog();
  xloc::RealFileSystem files;
  size_t messages = 0;
  for (auto _ : state) {
    xloc::Result<xloc::Catalog> catalog = xloc::read_po_file(files, big.path);
    if (!catalog) {
      state.SkipWithError(catalog.error().to_string().c_str());
      return;
    }
    messages = catalog->messages.size();
    benchmark::DoNotOptimize(catalog);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * big.bytes));
  state.counters["messages"] = static_cast<double>(messages);
  state.SetLabel(fs::path(big.source).parent_path().filename().string() + ".po replicated to " +
                 std::to_string(big.bytes / 1000000) + " MB");
}
BENCHMARK(BM_PoRead_xloc)->Unit(benchmark::kMillisecond)->MinTime(2.0);

#ifdef XLOC_HAVE_GETTEXTPO
void ignore_error(int, po_message_t, const char*, size_t, size_t, int, const char*) {}
void ignore_error2(int, po_message_t, const char*, size_t, size_t, int, const char*, po_message_t, const char*,
                   size_t, size_t, int, const char*) {}

void BM_PoRead_libgettextpo(benchmark::State& state) {
  const BigCatalog& big = big_catalog();
  const po_xerror_handler handler{ignore_error, ignore_error2};
  size_t messages = 0;
  for (auto _ : state) {
    po_file_t file = po_file_read(big.path.c_str(), &handler);
    if (!file) {
      state.SkipWithError("libgettextpo could not read the catalog");
      return;
    }
    messages = 0;
    po_message_iterator_t it = po_message_iterator(file, nullptr);
    while (po_next_message(it)) ++messages;
    po_message_iterator_free(it);
    po_file_free(file);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * big.bytes));
  state.counters["messages"] = static_cast<double>(messages);
}
BENCHMARK(BM_PoRead_libgettextpo)->Unit(benchmark::kMillisecond)->MinTime(2.0);
#endif

}  // namespace

BENCHMARK_MAIN();
