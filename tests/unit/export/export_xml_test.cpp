// Tests export on XML as the world writes it: editions in the source's
// encoding (character references for what it cannot hold, the source text
// where a reference is impossible), comments and PIs at the edges of a
// translated unit kept where they were, and translations only a conforming
// parser finds malformed falling back to the source.
#include <gtest/gtest.h>

#include "export/export.h"
#include "its/xml_encoding.h"
#include "its/xml_gate.h"

namespace xloc {
namespace {

Catalog catalog(std::vector<std::pair<std::string, std::string>> entries) {
  Catalog c;
  Message header;
  header.msgstr = {"Language: de\nContent-Type: text/plain; charset=UTF-8\n"};
  c.messages.push_back(header);
  for (auto& [id, str] : entries) {
    Message m;
    m.msgid = id;
    m.msgstr = {str};
    c.messages.push_back(m);
  }
  return c;
}

Result<ExportResult> run(const std::string& source, const Catalog& c) {
  MemoryFileSystem fs;
  ExportOptions o;
  o.threshold = 0;
  return export_document(source, "a.xml", fs, c, o);
}

constexpr const char* kMallard = "<page xmlns=\"http://projectmallard.org/1.0/\" id=\"p\">";

TEST(ExportXml, AnEditionIsInTheSourcesEncodingWithReferencesForWhatItCannotHold) {
  const std::string source = std::string("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n") + kMallard +
                             "\n<!-- caf\xe9 -->\n<title>Caf\xe9</title>\n<p>Na\xefve</p>\n</page>\n";
  auto r = run(source, catalog({{"Caf\xc3\xa9", "Kaff\xc3\xa9\xe2\x82\xac"}, {"Na\xc3\xafve", "\xd0\x9d\xd0\xb0"}}));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->xml, std::string("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n") +
                        "<page xml:lang=\"de\" xmlns=\"http://projectmallard.org/1.0/\" id=\"p\">" +
                        "\n<!-- caf\xe9 -->\n<title>Kaff\xe9&#x20AC;</title>\n<p>&#x41D;&#x430;</p>\n</page>\n");
  EXPECT_EQ(r->report.translated, 2u);
}

TEST(ExportXml, ACharacterTheEncodingCannotHoldInACommentKeepsTheSourceText) {
  const std::string source =
      std::string("<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n") + kMallard + "\n<p>Hello <em>you</em></p>\n</page>\n";
  auto r = run(source, catalog({{"Hello <em>you</em>", "Hallo <!-- \xc3\xa9 --><em>du</em>"}}));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_NE(r->xml.find("<p xml:lang=\"en\">Hello <em>you</em></p>"), std::string::npos) << r->xml;
  ASSERT_EQ(r->report.fallbacks.size(), 1u);
  EXPECT_EQ(r->report.fallbacks[0].reason,
            "the source's encoding US-ASCII cannot hold a character of the translation where no character reference "
            "is allowed (<!--...-->)");
}

TEST(ExportXml, Utf16SourcesGiveUtf16Editions) {
  const std::string utf8 = std::string("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n") + kMallard +
                           "<p>Hello</p></page>\n";
  its::XmlEncoding le{"UTF-16LE", false, true};
  auto r = run(its::encode_xml(utf8, le), catalog({{"Hello", "Gr\xc3\xbc\xc3\x9f Gott"}}));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  auto back = its::decode_xml(r->xml, "out.xml");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->encoding, le);
  EXPECT_NE(back->text.find("<p>Gr\xc3\xbc\xc3\x9f Gott</p>"), std::string::npos) << back->text;
}

TEST(ExportXml, CommentsAndPisAtTheEdgesOfATranslatedUnitStay) {
  const std::string source = std::string(kMallard) +
                             "\n<p><!-- lead --> <?pi x?>Hello <em>you</em> <!-- trail --></p>\n"
                             "<p>Text ends --> <!-- c --> here?></p>\n</page>\n";
  auto r = run(source, catalog({{"Hello <em>you</em>", "Hallo <em>du</em>"},
                                {"Text ends --&gt; here?&gt;", "Text endet --&gt; hier?&gt;"}}));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_NE(r->xml.find("<p><!-- lead --> <?pi x?>Hallo <em>du</em> <!-- trail --></p>"), std::string::npos)
      << r->xml;
  // A comment in the middle is not at an edge: the translation replaces it.
  EXPECT_NE(r->xml.find("<p>Text endet --&gt; hier?&gt;</p>"), std::string::npos) << r->xml;
}

TEST(ExportXml, TranslationsOnlyAConformingParserRefusesFallBack) {
  const std::string source = std::string(kMallard) + "\n<p>Hello <em>you</em></p>\n</page>\n";
  for (const char* bad : {"Hallo <!-- a -- b --><em>du</em>", "Hallo ]]> <em>du</em>", "Hallo <?xml x?><em>du</em>",
                          "Hallo <em xmlns:a='urn:a' xmlns:b='urn:a' a:r='1' b:r='2'>du</em>",
                          "Hallo \xef\xbf\xbe <em>du</em>"}) {
    auto r = run(source, catalog({{"Hello <em>you</em>", bad}}));
    ASSERT_TRUE(r.ok()) << r.error().to_string();
    EXPECT_EQ(r->report.translated, 0u) << bad;
    EXPECT_FALSE(its::find_well_formedness_error(r->xml)) << r->xml;
  }
}

}  // namespace
}  // namespace xloc
