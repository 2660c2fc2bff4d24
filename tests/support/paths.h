// Exports where tests find things: the repository, the built xloc, the
// shared corpus, and small helpers to read files.
#pragma once

#include <string>
#include <vector>

namespace xloc::test {

std::string source_dir();  // the repository root
std::string tests_dir();   // tests/
std::string xloc_binary(); // the built `xloc`
std::string build_dir();   // the CMake build folder (for artifacts a human may inspect)
// ../shared beside the repository, or $XLOC_SHARED_DIR.
std::string shared_dir();
std::string corpus_dir();  // shared_dir() + "/corpus"
// Every .po file under corpus_dir(), sorted (empty if the corpus is missing).
std::vector<std::string> corpus_catalogs();
// Why the big corpus tests cannot run ("" when the corpus is there): a
// user's clone has no ../shared beside it. Use as
//   if (auto why = test::corpus_missing(); !why.empty()) GTEST_SKIP() << why;
std::string corpus_missing();
// tests/data/corpus-sample: a few real gnome-help pages and their catalogs,
// shipped with the repository so the oracle tests run on a bare clone.
std::string sample_corpus_dir();
// Every .po file under sample_corpus_dir(), sorted.
std::vector<std::string> sample_catalogs();

std::string read_file(const std::string& path);  // "" if missing
void write_file(const std::string& path, const std::string& contents);
bool have_program(const std::string& name);  // on PATH?

}  // namespace xloc::test
