// Tests of the "encoding" check (src/check/check_encoding.cpp).
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

TEST(CheckEncoding, Table) {
  expect_table("encoding", {
      {"de", {"File", "Datei"}, {}},
      {"de", {"Tab\there", "Tab\thier"}, {}},
      {"de", {"File", "Dat\xC3"}, {"invalid UTF-8 byte 0xC3 at byte 3 of the translation"}},
      {"de", {"Size", "Gr\xEF\xBF\xBD\xC3\xA9"}, {"U+FFFD REPLACEMENT CHARACTER in the translation: text was lost in a conversion"}},
      {"de", {"Bell", "Glocke\x07"}, {"control character U+0007 in the translation"}},
      {"de", {"Bell\x07", "Glocke\x07"}, {}},
  });
}

TEST(CheckEncoding, HeaderMustDeclareUtf8) {
  Catalog c = make_catalog("de", {{"File", "Datei"}});
  c.messages[0].msgstr[0] = "Content-Type: text/plain; charset=ISO-8859-1\nLanguage: de\n";
  c.messages[1].msgstr[0] = "Größe";
  EXPECT_EQ(run_check("encoding", c),
            std::vector<std::string>{"1: error: the declared charset is 'ISO-8859-1'; catalogs must be UTF-8"});
  c.messages[0].msgstr[0] = "Content-Type: text/plain; charset=CHARSET\nLanguage: de\n";
  EXPECT_EQ(run_check("encoding", c),
            std::vector<std::string>{"1: error: the charset is still the template's placeholder 'CHARSET'; declare UTF-8"});
  c.messages[0].msgstr[0] = "Language: de\n";
  EXPECT_EQ(run_check("encoding", c),
            std::vector<std::string>{"1: error: the header declares no charset (Content-Type: text/plain; charset=UTF-8)"});
}

}  // namespace
}  // namespace xloc::test
