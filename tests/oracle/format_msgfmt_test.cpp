// The format checks against GNU gettext's msgfmt -c, the oracle: for each
// format language of kFormatLanguages, random msgid/msgstr pairs built
// from that language's directives (valid and broken ones) are written to
// one PO file (half of them as msgstr[0] of a plural message), msgfmt -c
// judges each pair, and xloc check must give an
// error on exactly the pairs msgfmt rejects. The generator is seeded, so
// a failure names a pair that reproduces.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sstream>

#include "check/format_languages.h"
#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

// Directives per language: what a generated string is made of. Some are
// deliberately invalid, so that both tools must also agree on which
// strings are not format strings.
const std::map<std::string, std::vector<std::string>>& atoms() {
  static const std::map<std::string, std::vector<std::string>> table = {
      {"c-format", {"%s", "%d", "%ld", "%5.2f", "%1$s", "%2$d", "%%", "%u", "%c", "%*d", "%lu", "%zu", "%y",
                    "%<PRId64>", "%x", "%-10s", "%m"}},
      {"objc-format", {"%s", "%d", "%@", "%1$@", "%2$s", "%%", "%f", "%y"}},
      {"python-format", {"%s", "%d", "%(name)s", "%(count)d", "%(name)r", "%%", "%5.2f", "%r", "%(x", "%y"}},
      {"python-brace-format", {"{name}", "{0}", "{1}", "{count}", "{name:>10}", "{0:.2f}", "{x.y}", "{a[0]}",
                               "{{", "}}", "{}", "{x!r}", "{w:{width}}", "{name", "}", "{count:d}", "{é}"}},
      {"perl-format", {"%s", "%d", "%u", "%x", "%ld", "%lld", "%qd", "%1$s", "%2$d", "%vd", "%*d", "%5.2f", "%Lf",
                       "%D", "%c", "%p", "%%", "%hhd", "%a", "%-5s", "%#x", "%hd"}},
      {"perl-brace-format", {"{name}", "{count}", "{x1}", "{1}", "{ x}", "{name", "{{name}}", "{_y}"}},
      {"sh-format", {"$name", "${name}", "$count", "${x}", "$1", "$", "${x", "$$", "${y:-z}", "$_a"}},
      {"qt-format", {"%1", "%2", "%3", "%L1", "%L2", "%10", "%99", "%%", "%", "%0", "%n"}},
      {"qt-plural-format", {"%n", "%Ln", "%1", "%%", "%L"}},
      {"kde-kuit-format", {"%1", "%2", "%3", "<filename>%1</filename>", "<b>", "</b>", "<br/>", "a < b", "a & b",
                           "&amp;", "<a x='1'>", "</a>", "%10"}},
      {"csharp-format", {"{0}", "{1}", "{2}", "{0,5}", "{0,-5:N2}", "{1:d}", "{{", "}}", "}", "{x}", "{0", "{0,}"}},
      {"lua-format", {"%s", "%d", "%5.2f", "%c", "%q", "%x", "%g", "%%", "%-5s", "%1$s", "%F", "%i", "%.3s"}},
      {"php-format", {"%s", "%d", "%1$s", "%2$d", "%5.2f", "%'*10s", "%-10s", "%c", "%b", "%e", "%x", "%%", "%+d",
                      "%ld", "%y", "%.f", "%0$s", "%u"}},
      {"ruby-format", {"%s", "%d", "%1$s", "%2$d", "%<name>s", "%<count>d", "%{name}", "%{x}", "%5.2f", "%-5s",
                       "%%", "%y", "%p", "%x", "%*d", "%ld", "%{x", "%-5<name>s", "%B"}},
      {"boost-format", {"%1%", "%2%", "%s", "%d", "%1$s", "%2$d", "%|1$5s|", "%|2$-5|", "%|s|", "%5.2f", "%%", "%0%",
                        "%y", "%1", "%hd", "%lc", "%*d", "%x", "%n"}},
      {"java-format", {"{0}", "{1}", "{0,number}", "{0,number,integer}", "{1,date}", "{1,time,short}",
                       "{0,choice,0#none|1#one|1<{0,number} many}", "{2,choice,0#a|1#{1}}", "''", "'{0}'", "}",
                       "{0", "{x}", "{0,foo}", "{0,number,#.##}", "{1,number,abc}", "{00}"}},
      {"java-printf-format", {"%s", "%d", "%1$s", "%2$d", "%<s", "%n", "%%", "%5.2f", "%-5s", "%tY", "%tq", "%h",
                              "%c", "%x", "%5.2d", "%,d", "%ld", "%0$s", "%S"}},
      {"javascript-format", {"%s", "%d", "%1$s", "%2$d", "%5.2f", "%-5s", "%j", "%c", "%x", "%%", "%e", "%#x",
                             "%u", "%.3s"}},
      {"gcc-internal-format", {"%s", "%d", "%qs", "%<", "%>", "%m", "%qD", "%E", "%T", "%H", "%ld", "%wd", "%u",
                               "%x", "%.*s", "%1$s", "%2$d", "%5d", "%r", "%hd", "%.3s", "%%"}},
      {"kde-format", {"%1", "%2", "%3", "%4", "%10", "%0", "%%", "%L1"}},
  };
  return table;
}

struct Pair {
  std::string msgid, msgstr;
};

Pair generate(std::mt19937& rng, const std::vector<std::string>& pool, size_t index) {
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  std::vector<std::string> source;
  const size_t count = pick(4);
  for (size_t k = 0; k < count; ++k) source.push_back(pool[pick(pool.size())]);
  std::vector<std::string> target = source;
  switch (pick(6)) {
    case 0: break;                                                          // unchanged
    case 1: std::shuffle(target.begin(), target.end(), rng); break;         // reordered
    case 2: if (!target.empty()) target.erase(target.begin() + pick(target.size())); break;  // dropped
    case 3: target.insert(target.begin() + pick(target.size() + 1), pool[pick(pool.size())]); break;  // added
    case 4: if (!target.empty()) target[pick(target.size())] = pool[pick(pool.size())]; break;        // replaced
    default: target.push_back(target.empty() ? pool[pick(pool.size())] : target.front()); break;       // doubled
  }
  Pair p;
  p.msgid = "m" + std::to_string(index);
  p.msgstr = "t" + std::to_string(index);
  for (const std::string& a : source) p.msgid += " " + a + " w";
  for (const std::string& a : target) p.msgstr += " " + a + " v";
  return p;
}

TEST(FormatMsgfmt, XlocAndMsgfmtAgreeOnEveryGeneratedPair) {
  if (!test::have_program("msgfmt")) GTEST_SKIP() << "msgfmt (GNU gettext) is not installed";
  constexpr size_t kPairsPerLanguage = 600;
  std::mt19937 rng(19);
  test::TempDir dir;
  std::ostringstream po;
  po << "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: de\\n\"\n"
        "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n";
  int line = 5;
  struct Entry {
    std::string flag;
    Pair pair;
    int first_line, last_line;
  };
  std::vector<Entry> entries;
  for (const FormatLanguage& language : kFormatLanguages) {
    const auto it = atoms().find(std::string(language.flag));
    ASSERT_NE(it, atoms().end()) << "no generator atoms for " << language.flag;
    for (size_t k = 0; k < kPairsPerLanguage; ++k) {
      // Every other pair is msgstr[0] of a plural message (German: the
      // form for n = 1, which msgfmt lets leave arguments out, more or
      // less by language); msgstr[1] copies msgid_plural.
      const bool plural = k % 2 == 1;
      Entry e{std::string(language.flag), generate(rng, it->second, entries.size()), line + 2,
              line + (plural ? 6 : 4)};
      po << "\n#, " << e.flag << "\nmsgid \"" << e.pair.msgid << "\"\n";
      if (plural) {
        const std::string msgid_plural = "p" + e.pair.msgid;
        po << "msgid_plural \"" << msgid_plural << "\"\nmsgstr[0] \"" << e.pair.msgstr << "\"\nmsgstr[1] \""
           << msgid_plural << "\"\n";
      } else {
        po << "msgstr \"" << e.pair.msgstr << "\"\n";
      }
      line = e.last_line;
      entries.push_back(std::move(e));
    }
  }
  const std::string path = dir / "generated.po";
  test::write_file(path, po.str());

  std::set<size_t> by_msgfmt, by_xloc;
  auto entry_at = [&](int l) -> std::optional<size_t> {
    for (size_t k = 0; k < entries.size(); ++k)
      if (l >= entries[k].first_line && l <= entries[k].last_line) return k;
    return std::nullopt;
  };
  const auto m = test::run({"msgfmt", "-c", "-o", "/dev/null", path});
  std::istringstream err(m.err);
  for (std::string l; std::getline(err, l);) {
    const size_t colon = l.find(".po:");
    if (colon == std::string::npos) continue;
    if (auto k = entry_at(std::atoi(l.c_str() + colon + 4))) by_msgfmt.insert(*k);
  }
  const auto x = test::run_xloc({"check", "--format", "json", path});
  const auto doc = nlohmann::json::parse(x.out);
  for (const auto& d : doc["diagnostics"])
    if (d["severity"] == "error")
      if (auto k = entry_at(d["line"].get<int>()))
        if (d["check"] == entries[*k].flag) by_xloc.insert(*k);  // not, say, markup on "a < b"

  std::map<std::string, int> rejected;
  for (size_t k = 0; k < entries.size(); ++k) {
    const Entry& e = entries[k];
    rejected[e.flag] += by_msgfmt.count(k);
    EXPECT_EQ(by_xloc.count(k), by_msgfmt.count(k))
        << "[" << e.flag << "] " << (e.last_line - e.first_line > 2 ? "plural " : "") << "msgid \"" << e.pair.msgid << "\" msgstr \"" << e.pair.msgstr << "\": msgfmt "
        << (by_msgfmt.count(k) ? "rejects" : "accepts") << ", xloc " << (by_xloc.count(k) ? "rejects" : "accepts");
  }
  // The generator must exercise both verdicts in every language.
  for (const auto& [flag, n] : rejected) {
    EXPECT_GT(n, 20) << flag;
    EXPECT_LT(n, static_cast<int>(kPairsPerLanguage) - 20) << flag;
  }
}

}  // namespace
}  // namespace xloc
