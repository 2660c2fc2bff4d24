// Hostile input, end to end: every case gets a clear message and exit 2 (or
// is processed harmlessly), in bounded time and memory, and nothing is
// written outside the output the user named. `xloc` runs under prlimit: 30 s
// of CPU and, except under ASan (whose shadow memory needs a huge address
// space), 2 GiB of address space, so a blow-up fails the test, not the
// machine. The limits are src/base/limits.h.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <set>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

#if defined(__SANITIZE_ADDRESS__)
#define XLOC_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define XLOC_TEST_ASAN 1
#endif
#endif

namespace xloc {
namespace {

namespace fs = std::filesystem;

struct Limited {
  test::ProcessResult result;
  double seconds = 0;
};

// Runs xloc with a CPU and (without ASan) memory limit, timing it.
Limited run_limited(const std::vector<std::string>& args, const std::string& cwd = "") {
  std::vector<std::string> argv{"prlimit", "--cpu=30"};
#ifndef XLOC_TEST_ASAN
  argv.push_back("--as=" + std::to_string(2ull << 30));
#endif
  argv.push_back("--");
  argv.push_back(test::xloc_binary());
  argv.insert(argv.end(), args.begin(), args.end());
  const auto start = std::chrono::steady_clock::now();
  Limited l;
  l.result = test::run(argv, cwd);
  l.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return l;
}

std::set<std::string> files_under(const std::string& dir) {
  std::set<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out.insert(fs::relative(e.path(), dir).string());
  return out;
}

constexpr const char* kDocBookOpen = "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\">";

// A file of `size` bytes that starts with `head`, the rest a hole (sparse):
// a huge input that costs no disk and no time to make.
void write_sparse(const std::string& path, const std::string& head, off_t size) {
  test::write_file(path, head);
  ASSERT_EQ(::truncate(path.c_str(), size), 0);
}

TEST(HostileInput, ExternalEntitiesAreNeverRead) {
  test::TempDir dir;
  test::write_file(dir / "secret.txt", "TOP-SECRET-MARKER\n");
  const std::string url = "file://" + dir.path() + "/secret.txt";
  test::write_file(dir / "xxe.xml",
                   "<?xml version=\"1.0\"?>\n<!DOCTYPE article [\n  <!ENTITY xxe SYSTEM \"" + url +
                       "\">\n  <!ENTITY % pe SYSTEM \"" + url + "\">\n  %pe;\n]>\n" + kDocBookOpen +
                       "<para>Before &xxe; after</para></article>\n");
  auto x = run_limited({"extract", "-o", dir / "out.pot", dir / "xxe.xml"});
  EXPECT_EQ(x.result.exit_code, 0) << x.result.err;
  const std::string pot = test::read_file(dir / "out.pot");
  EXPECT_EQ(pot.find("TOP-SECRET"), std::string::npos) << pot;
  EXPECT_NE(pot.find("msgid \"Before &xxe; after\""), std::string::npos) << pot;  // kept as a reference, never resolved

  test::write_file(dir / "de.po",
                   "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                   "msgid \"Before &xxe; after\"\nmsgstr \"Vorher &xxe; nachher\"\n");
  auto e = run_limited({"export", "--catalog", dir / "de.po", "-o", dir / "de.xml", dir / "xxe.xml"});
  EXPECT_NE(e.result.exit_code, 2) << e.result.err;
  const std::string out = test::read_file(dir / "de.xml");
  EXPECT_EQ(out.find("TOP-SECRET"), std::string::npos) << out;
  EXPECT_NE(out.find("<para>Vorher &xxe; nachher</para>"), std::string::npos) << out;  // the reference, as in the source
  EXPECT_EQ(e.result.out.find("TOP-SECRET"), std::string::npos);
  EXPECT_EQ(e.result.err.find("TOP-SECRET"), std::string::npos);
}

// A "billion laughs" bomb is well-formed, but xmllint (libxml2) refuses
// it, and so does xloc's gate, at once and without expanding it.
TEST(HostileInput, EntityExpansionBombsAreRefusedUnexpanded) {
  test::TempDir dir;
  std::string dtd = "<!DOCTYPE article [\n  <!ENTITY lol \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    dtd += "  <!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) dtd += i == 1 ? "&lol;" : "&lol" + std::to_string(i - 1) + ";";
    dtd += "\">\n";
  }
  test::write_file(dir / "bomb.xml", "<?xml version=\"1.0\"?>\n" + dtd + "]>\n" + kDocBookOpen +
                                         "<para>&lol9;</para></article>\n");
  auto x = run_limited({"extract", "-o", dir / "out.pot", dir / "bomb.xml"});
  EXPECT_EQ(x.result.exit_code, 2) << x.result.err;
  EXPECT_LT(x.seconds, 10);
  EXPECT_NE(x.result.err.find("bomb.xml:14:"), std::string::npos) << x.result.err;
  EXPECT_NE(x.result.err.find("error: malformed XML: entity references that refer to themselves or expand to too "
                              "much text (an entity bomb?)"),
            std::string::npos)
      << x.result.err;
  EXPECT_FALSE(fs::exists(dir / "out.pot"));
}

TEST(HostileInput, TenThousandDeepNestingIsRefused) {
  test::TempDir dir;
  std::string xml = kDocBookOpen;
  for (int i = 0; i < 10000; ++i) xml += "<para>";
  for (int i = 0; i < 10000; ++i) xml += "</para>";
  test::write_file(dir / "deep.xml", xml + "</article>\n");
  auto x = run_limited({"extract", "-o", dir / "out.pot", dir / "deep.xml"});
  EXPECT_EQ(x.result.exit_code, 2);
  EXPECT_EQ(x.result.err, dir / "deep.xml" +
                              ":1:1592: error: elements nested more than 256 levels deep; xloc accepts at most 256 "
                              "near 'para'\n");
  EXPECT_LT(x.seconds, 10);
  EXPECT_FALSE(fs::exists(dir / "out.pot"));
}

TEST(HostileInput, DeeplyNestedTranslationMarkupFallsBack) {
  test::TempDir dir;
  test::write_file(dir / "doc.xml", std::string(kDocBookOpen) + "<para>Hello</para></article>\n");
  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "<emphasis>";
  for (int i = 0; i < 10000; ++i) deep += "</emphasis>";
  test::write_file(dir / "de.po",
                   "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                   "#: doc.xml:1\nmsgid \"Hello\"\nmsgstr \"Hallo" + deep + "\"\n");
  auto e = run_limited({"export", "--catalog", dir / "de.po", "--threshold", "0", "-o", dir / "de.xml", dir / "doc.xml"});
  EXPECT_EQ(e.result.exit_code, 0) << e.result.err;
  EXPECT_NE(test::read_file(dir / "de.xml").find("<para xml:lang=\"en\">Hello</para>"), std::string::npos);
  auto c = run_limited({"check", dir / "de.po"});
  EXPECT_EQ(c.result.exit_code, 1);
  EXPECT_NE(c.result.out.find("de.po:8:1: error: "), std::string::npos) << c.result.out;
  EXPECT_NE(c.result.out.find(" [markup]\n"), std::string::npos) << c.result.out;
}

TEST(HostileInput, A300MegabyteTextNodeIsRefusedBeforeItIsRead) {
  test::TempDir dir;
  const off_t size = off_t{300} << 20;
  write_sparse(dir / "big.xml", std::string(kDocBookOpen) + "<para>", size);
  auto x = run_limited({"extract", "-o", dir / "out.pot", dir / "big.xml"});
  EXPECT_EQ(x.result.exit_code, 2);
  EXPECT_EQ(x.result.err, dir / "big.xml" + ": error: file too large: 314572800 bytes; xloc reads files of at most 256 MiB\n");
  EXPECT_LT(x.seconds, 5);
  EXPECT_FALSE(fs::exists(dir / "out.pot"));
}

TEST(HostileInput, AnEightMegabyteTextNodeIsExtractedInBoundedTime) {
  test::TempDir dir;
  std::string text;
  for (int i = 0; i < (8 << 20) / 8; ++i) text += i % 16 == 15 ? "knee.\n  " : "knee ok ";
  test::write_file(dir / "big.xml", std::string(kDocBookOpen) + "<para>" + text + "</para></article>\n");
  auto x = run_limited({"extract", "-o", dir / "out.pot", dir / "big.xml"});
  EXPECT_EQ(x.result.exit_code, 0) << x.result.err;
  EXPECT_LT(x.seconds, 60);
  EXPECT_GT(test::read_file(dir / "out.pot").size(), 8u << 20);
}

TEST(HostileInput, AGigabyteCatalogIsRefusedBeforeItIsRead) {
  test::TempDir dir;
  write_sparse(dir / "huge.po", "msgid \"a\"\nmsgstr \"", off_t{1} << 30);
  for (const char* command : {"check", "stats"}) {
    SCOPED_TRACE(command);
    auto r = run_limited({command, dir / "huge.po"});
    EXPECT_EQ(r.result.exit_code, 2);
    EXPECT_NE(r.result.out.find("file too large: 1073741824 bytes; xloc reads files of at most 256 MiB") +
                  r.result.err.find("file too large: 1073741824 bytes; xloc reads files of at most 256 MiB"),
              2 * std::string::npos)
        << r.result.out << r.result.err;
    EXPECT_LT(r.seconds, 5);
  }
  test::write_file(dir / "t.pot", "msgid \"a\"\nmsgstr \"\"\n");
  const std::string before = test::read_file(dir / "t.pot");
  auto u = run_limited({"update", dir / "t.pot", dir / "huge.po"});
  EXPECT_EQ(u.result.exit_code, 2);
  EXPECT_EQ(u.result.err, dir / "huge.po" +
                             ": error: file too large: 1073741824 bytes; xloc reads files of at most 256 MiB\n"
                             "xloc update: nothing was written\n");
}

TEST(HostileInput, HugeNpluralsStaysBounded) {
  test::TempDir dir;
  test::write_file(dir / "t.pot", "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                                  "msgid \"one file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"\"\nmsgstr[1] \"\"\n");
  test::write_file(dir / "de.po",
                   "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                   "\"Plural-Forms: nplurals=4000000000; plural=n;\\n\"\n\nmsgid \"x\"\nmsgstr \"y\"\n");
  // update does not make 4e9 msgstr: nplurals above the limit counts as unknown.
  auto u = run_limited({"update", dir / "t.pot", dir / "de.po"});
  EXPECT_EQ(u.result.exit_code, 0) << u.result.err;
  EXPECT_LT(u.seconds, 10);
  const std::string updated = test::read_file(dir / "de.po");
  EXPECT_NE(updated.find("msgstr[1] \"\"\n"), std::string::npos) << updated;
  EXPECT_EQ(updated.find("msgstr[2]"), std::string::npos) << updated;
  EXPECT_NE(updated.find("#~ msgstr \"y\""), std::string::npos) << updated;
  auto c = run_limited({"check", dir / "de.po"});
  EXPECT_NE(c.result.exit_code, 2) << c.result.err;
  EXPECT_LT(c.seconds, 10);
}

TEST(HostileInput, ManyPluralFormsAndAHugeExpressionStayBounded) {
  test::TempDir dir;
  std::string po = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                   "\"Plural-Forms: nplurals=2; plural=";
  for (int i = 0; i < 200000; ++i) po += "n+";  // evaluated recursively, this would exhaust the stack
  po += "n;\\n\"\n\nmsgid \"a\"\nmsgid_plural \"b\"\n";
  for (int i = 0; i < 100000; ++i) po += "msgstr[" + std::to_string(i) + "] \"x\"\n";
  test::write_file(dir / "many.po", po);
  auto c = run_limited({"check", dir / "many.po"});
  EXPECT_EQ(c.result.exit_code, 1) << c.result.err;
  // The expression is over the size limit, so the header is not valid; the
  // message quotes the start of it only.
  EXPECT_NE(c.result.out.find("many.po:2:1: error: Plural-Forms 'nplurals=2; plural=n+n+n+n+n+n+n+n+n+...' is "
                              "not valid: expression too long: 400001 operators and operands; xloc accepts at most "
                              "1000 at column 20 of its value near 'n+n+n+n+n+' [plural-forms-cldr]"),
            std::string::npos)
      << c.result.out.substr(0, 2000);
  EXPECT_LT(c.seconds, 30);
}

TEST(HostileInput, InvalidUtf8IsAnErrorEverywhere) {
  test::TempDir dir;
  test::write_file(dir / "bad.xml", std::string(kDocBookOpen) + "<para>caf\xe9</para></article>\n");
  auto x = run_limited({"extract", "-o", dir / "out.pot", dir / "bad.xml"});
  EXPECT_EQ(x.result.exit_code, 2);
  EXPECT_EQ(x.result.err, dir / "bad.xml" + ":1:71: error: invalid UTF-8 (a document in another encoding must say so: <?xml version=\"1.0\" encoding=\"...\"?>) near '0xE9'\n");
  EXPECT_FALSE(fs::exists(dir / "out.pot"));

  test::write_file(dir / "bad.po", "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                                   "msgid \"a\"\nmsgstr \"caf\xe9\"\n");
  for (const char* command : {"check", "stats"}) {
    SCOPED_TRACE(command);
    auto r = run_limited({command, dir / "bad.po"});
    EXPECT_EQ(r.result.exit_code, 2);
  }
}

TEST(HostileInput, LinguasEntriesThatAreNotLocalesAreRefused) {
  const char* const bad[] = {"../../etc", "de/../../x", "/etc", "de\\..", "..", "de/DE"};
  for (const char* entry : bad) {
    SCOPED_TRACE(entry);
    test::TempDir dir;
    for (const char* sub : {"content", "po"})
      fs::copy(test::source_dir() + "/" + sub, dir / sub, fs::copy_options::recursive);
    test::write_file(dir / "po/LINGUAS", std::string("de\n") + entry + "\n");
    const std::set<std::string> before = files_under(dir.path());
    auto r = run_limited({"release", "--project", dir.path(), "--out", dir / "out"});
    EXPECT_EQ(r.result.exit_code, 2);
    EXPECT_EQ(r.result.err, dir / "po/LINGUAS" + ":2:1: error: not a locale id (expected ll, ll_CC or ll_CC@variant) near '" +
                                entry + "'\n");
    EXPECT_EQ(files_under(dir.path()), before) << "release wrote something";
  }
}

TEST(HostileInput, PotfilesEntriesOutsideTheProjectAreRefused) {
  test::TempDir dir;
  for (const char* sub : {"content", "po"})
    fs::copy(test::source_dir() + "/" + sub, dir / sub, fs::copy_options::recursive);
  test::write_file(dir / "po/POTFILES.in", "../../etc/passwd\n");
  auto r = run_limited({"release", "--project", dir.path(), "--out", dir / "out"});
  EXPECT_EQ(r.result.exit_code, 2);
  EXPECT_NE(r.result.err.find("po/POTFILES.in:1:1: error:"), std::string::npos) << r.result.err;
  EXPECT_FALSE(fs::exists(dir / "out"));
}

TEST(HostileInput, ReleaseWritesOnlyUnderOut) {
  test::TempDir dir;
  for (const char* sub : {"content", "po"})
    fs::copy(test::source_dir() + "/" + sub, dir / sub, fs::copy_options::recursive);
  const std::set<std::string> before = files_under(dir.path());
  auto r = run_limited({"release", "--project", dir.path(), "--out", dir / "out", "--jobs", "4"});
  EXPECT_NE(r.result.exit_code, 2) << r.result.err;
  for (const std::string& f : files_under(dir.path()))
    if (!before.count(f)) {
      EXPECT_EQ(f.rfind("out/", 0), 0u) << "written outside --out: " << f;
    }
  for (const std::string& f : before)
    EXPECT_EQ(test::read_file(dir / f), test::read_file(test::source_dir() + "/" + f)) << f;
}

// A link planted inside out/ (a CI cache a pull request could poison) never
// sends a write elsewhere: the staging folder, an edition folder, the
// manifest. Each is refused with exit 2, and the place the link points to
// and out/ itself stay as they were.
TEST(HostileInput, ReleaseRefusesSymbolicLinksInsideOut) {
  struct Planted {
    const char* link;    // inside out/
    bool folder;         // a link to a folder, or to a file
  };
  for (const Planted p : {Planted{".xloc-staging", true}, Planted{"editions/de", true},
                          Planted{"editions/manifest.json", false}, Planted{"report.html", false}}) {
    SCOPED_TRACE(p.link);
    test::TempDir dir;
    for (const char* sub : {"content", "po"})
      fs::copy(test::source_dir() + "/" + sub, dir / sub, fs::copy_options::recursive);
    fs::create_directories(dir / "elsewhere");
    test::write_file(dir / "elsewhere/precious.txt", "keep me");
    const std::string link = dir / ("out/" + std::string(p.link));
    fs::create_directories(fs::path(link).parent_path());
    if (p.folder) fs::create_directory_symlink(dir / "elsewhere", link);
    else fs::create_symlink(dir / "elsewhere/precious.txt", link);

    auto r = run_limited({"release", "--project", dir.path(), "--out", dir / "out", "--jobs", "2"});
    EXPECT_EQ(r.result.exit_code, 2) << r.result.out << r.result.err;
    EXPECT_NE(r.result.err.find("is a symbolic link inside the output folder"), std::string::npos) << r.result.err;
    EXPECT_EQ(files_under(dir / "elsewhere"), std::set<std::string>{"precious.txt"});
    EXPECT_EQ(test::read_file(dir / "elsewhere/precious.txt"), "keep me");
    EXPECT_TRUE(fs::is_symlink(link));
    std::set<std::string> in_out;
    for (const auto& e : fs::recursive_directory_iterator(dir / "out"))
      in_out.insert(e.path().lexically_relative(dir / "out").string());
    std::set<std::string> expected{p.link};
    if (std::string(p.link).starts_with("editions/")) expected.insert("editions");
    EXPECT_EQ(in_out, expected);
  }
}

}  // namespace
}  // namespace xloc
