// What the well-formedness gate costs: libxml2's check of every page of
// gnome-help (315 Mallard pages) against pugixml's parse of the same pages
// and against the whole ITS walk (gate + pugixml + rules + units), which is
// most of `xloc extract`. Pages are read once, before timing.
//
//   cmake --preset bench && cmake --build build/bench -j2
//   build/bench/tools/bench/xloc_bench --benchmark_filter=Xml
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "base/file_system.h"
#include "its/unit_walker.h"
#include "its/xml_gate.h"

namespace {

namespace fs = std::filesystem;

const std::vector<std::string>& pages() {
  static const std::vector<std::string> texts = [] {
    const char* shared = std::getenv("XLOC_SHARED_DIR");
    const fs::path dir = fs::path(shared ? shared : XLOC_SHARED_DIR) / "corpus/gnome-user-docs/gnome-help/C";
    std::vector<fs::path> paths;
    if (fs::is_directory(dir))
      for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".page") paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    xloc::RealFileSystem files;
    std::vector<std::string> out;
    for (const fs::path& p : paths)
      if (auto text = files.read(p.string())) out.push_back(std::move(*text));
    return out;
  }();
  return texts;
}

void report(benchmark::State& state) {
  size_t bytes = 0;
  for (const std::string& p : pages()) bytes += p.size();
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["pages"] = static_cast<double>(pages().size());
}

void XmlGate(benchmark::State& state) {
  if (pages().empty()) state.SkipWithError("the shared corpus is missing");
  for (auto _ : state)
    for (const std::string& p : pages()) benchmark::DoNotOptimize(xloc::its::find_well_formedness_error(p));
  report(state);
}
BENCHMARK(XmlGate)->Unit(benchmark::kMillisecond);

void XmlPugixmlParse(benchmark::State& state) {
  if (pages().empty()) state.SkipWithError("the shared corpus is missing");
  constexpr unsigned kOptions = pugi::parse_default | pugi::parse_comments | pugi::parse_pi | pugi::parse_doctype |
                                pugi::parse_ws_pcdata | pugi::parse_declaration;
  for (auto _ : state)
    for (const std::string& p : pages()) {
      pugi::xml_document doc;
      benchmark::DoNotOptimize(doc.load_buffer(p.data(), p.size(), kOptions, pugi::encoding_utf8));
    }
  report(state);
}
BENCHMARK(XmlPugixmlParse)->Unit(benchmark::kMillisecond);

void XmlWalkUnits(benchmark::State& state) {
  if (pages().empty()) state.SkipWithError("the shared corpus is missing");
  xloc::MemoryFileSystem files;
  for (auto _ : state)
    for (const std::string& p : pages()) benchmark::DoNotOptimize(xloc::its::walk_units(p, "page.page", files));
  report(state);
}
BENCHMARK(XmlWalkUnits)->Unit(benchmark::kMillisecond);

}  // namespace
