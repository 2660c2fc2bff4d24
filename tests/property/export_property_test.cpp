// Property: export output is always well-formed XML, and stripped of its
// translations it has the structure of the source: the same elements in
// the same order with the same attributes (but the xml:lang and dir that
// export adds). Random small DocBook documents (inline markup, footnotes,
// lists, verbatim text, entity and character references, CJK) times random
// catalogs: good translations, fuzzy and empty ones, and broken markup
// (unclosed, extra or missing elements, a lost placeholder, an undefined
// entity, a control character, a stray '<'), and translations that only a
// conforming parser refuses (each kind pugixml lets through: "--" in a
// comment, "]]>" in text, '<' in an attribute value, a duplicate attribute
// before or after prefixes are resolved, a PI named xml, U+FFFE, a form
// feed, "&amp" without ';', a misused xml/xmlns prefix). Every edition is
// re-parsed by the same gate that guards xloc's inputs.
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "export/export.h"
#include "extract/extract.h"
#include "its/xml_gate.h"
#include "property/random_catalog.h"

namespace xloc {
namespace {

std::string escaped_words(test::RandomText& r) {
  std::string out = r.word();
  for (size_t n = r.below(6); n > 0; --n) {
    out += " ";
    switch (r.below(8)) {
      case 0: out += "&amp;"; break;
      case 1: out += "&lt;tag&gt;"; break;
      case 2: out += "&#x263A;"; break;
      default: out += r.word() == "%d" ? "percent" : r.word();
    }
  }
  return out;
}

std::string inline_text(test::RandomText& r, int depth) {
  std::string out = escaped_words(r);
  for (size_t n = r.below(3); n > 0; --n) {
    switch (r.below(4)) {
      case 0: out += " <emphasis>" + escaped_words(r) + "</emphasis> "; break;
      case 1: out += " <link xlink:href=\"http://e.org/" + std::to_string(r.below(9)) + "\">" + escaped_words(r) + "</link>"; break;
      case 2:
        if (depth < 2) out += "<footnote><para>" + inline_text(r, depth + 1) + "</para></footnote>";
        break;
      default: out += " <code>x &lt; y</code> "; break;
    }
    out += escaped_words(r);
  }
  return out;
}

std::string random_docbook(test::RandomText& r) {
  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- generated -->\n"
                  "<article xmlns=\"http://docbook.org/ns/docbook\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                  "version=\"5.0\">\n  <title>" + escaped_words(r) + "</title>\n";
  for (size_t s = 1 + r.below(3); s > 0; --s) {
    x += "  <section xml:id=\"s" + std::to_string(s) + "\">\n    <title>" + inline_text(r, 0) + "</title>\n";
    for (size_t p = 1 + r.below(3); p > 0; --p) {
      switch (r.below(4)) {
        case 0:
          x += "    <itemizedlist>\n";
          for (size_t i = 1 + r.below(3); i > 0; --i) x += "      <listitem><para>" + inline_text(r, 0) + "</para></listitem>\n";
          x += "    </itemizedlist>\n";
          break;
        case 1: x += "    <programlisting>  a &lt; b\n    " + r.word() + "  </programlisting>\n"; break;
        default: x += "    <para>" + inline_text(r, 0) + "</para>\n";
      }
    }
    x += "  </section>\n";
  }
  return x + "</article>\n";
}

// `text` broken in a way only a conforming parser notices.
std::string hostile(test::RandomText& r, std::string text) {
  static const char* const kBreaks[] = {
      "<!-- a -- b -->", "]]>", "&amp", "\f", "\xef\xbf\xbe", "<?xml x?>", "<?XML?>", "<![CDATA[ x",
      "<emphasis role='<'>x</emphasis>", "<emphasis role='1' role='2'>x</emphasis>",
      "<emphasis xmlns:a='urn:a' xmlns:b='urn:a' a:r='1' b:r='2'>x</emphasis>",
      "<emphasis xmlns:xml='urn:x'>x</emphasis>", "<emphasis xmlns:xmlns='urn:x'>x</emphasis>",
      "<q:emphasis>x</q:emphasis>", "<emphasis q:r='1'>x</emphasis>", "<emphasis xmlns:p=''>x</emphasis>",
      "&#0;", "&#xFFFE;", "<1a/>", "<a:b:c/>", "&e\xc3\xa9",
  };
  const std::string piece = kBreaks[r.below(std::size(kBreaks))];
  const size_t at = r.below(text.size() + 1);
  const size_t tag = text.find('<', at);  // never inside a tag: the break must stay what it is
  return text.insert(tag == std::string::npos ? text.size() : tag, piece);
}

// A translation of `msgid`: its text changed, its markup kept or broken.
std::string translate(test::RandomText& r, const std::string& msgid, bool& broken) {
  std::string out;
  bool in_tag = false, in_reference = false;
  for (char c : msgid) {  // upper-case the ASCII text outside tags and entity references
    if (c == '<') in_tag = true;
    if (c == '&') in_reference = true;
    out += (!in_tag && !in_reference && c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    if (c == '>') in_tag = false;
    if (c == ';') in_reference = false;
  }
  broken = r.chance(30);
  if (!broken) return "Ü " + out;
  if (r.chance(50)) return hostile(r, out);
  switch (r.below(7)) {
    case 0: {
      const size_t close = out.find("</");
      if (close == std::string::npos) return out + "<emphasis>";
      return out.erase(close, out.find('>', close) - close + 1);
    }
    case 1: return out + " <bogus>x</bogus>";
    case 2: {
      const size_t ph = out.find("<_:");
      if (ph == std::string::npos) return out + " &undefined;";
      return out.erase(ph, out.find("/>", ph) - ph + 2);
    }
    case 3: return out + " &undefined;";
    case 4: return out + " \x01";
    case 5: return out + " a < b";
    default: {
      const size_t open = out.find('<');
      if (open == std::string::npos) return out + "</para>";
      return out.insert(open, "<emphasis>");
    }
  }
}

struct Skeleton {
  std::vector<std::string> elements;  // preorder: name and attributes
};

void skeleton_of(pugi::xml_node node, Skeleton& out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string e = child.name();
    for (pugi::xml_attribute a : child.attributes()) {
      const std::string name = a.name();
      if (name == "xml:lang" || name == "dir") continue;
      e += " " + name + "=" + a.value();
    }
    out.elements.push_back(e);
    skeleton_of(child, out);
  }
}

Skeleton parse_skeleton(const std::string& xml, std::string& error) {
  pugi::xml_document doc;
  pugi::xml_parse_result r = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  Skeleton s;
  if (!r) {
    error = r.description() + std::string(" at offset ") + std::to_string(r.offset);
    return s;
  }
  skeleton_of(doc, s);
  return s;
}

TEST(ExportProperty, OutputIsWellFormedWithTheSourceStructure) {
  for (uint64_t seed = 1; seed <= 80; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    test::RandomText r(seed * 104729);
    const std::string source = random_docbook(r);
    MemoryFileSystem fs;
    fs.add("doc.xml", source);
    ExtractOptions extract;
    extract.creation_date = "2026-01-01 00:00+0000";
    Result<Catalog> pot = extract_template(fs, {"doc.xml"}, extract);
    ASSERT_TRUE(pot.ok()) << pot.error().to_string() << "\n" << source;
    Catalog catalog = *pot;
    catalog.set_header([&] {
      Header h = catalog.header();
      h.set("Language", "de");
      return h;
    }());
    size_t good = 0;
    for (Message& m : catalog.messages) {
      if (m.is_header()) continue;
      bool broken = false;
      switch (r.below(6)) {
        case 0: break;  // untranslated
        case 1: m.msgstr[0] = translate(r, m.msgid, broken); m.add_flag("fuzzy"); break;
        default: m.msgstr[0] = translate(r, m.msgid, broken); good += broken ? 0 : 1;
      }
    }
    ExportOptions options;
    options.threshold = 0;
    Result<ExportResult> exported = export_document(source, "doc.xml", fs, catalog, options);
    ASSERT_TRUE(exported.ok()) << exported.error().to_string();
    std::string source_error, output_error;
    const Skeleton want = parse_skeleton(source, source_error);
    const Skeleton got = parse_skeleton(exported->xml, output_error);
    ASSERT_EQ(source_error, "");
    ASSERT_EQ(output_error, "") << exported->xml;
    const auto gate = its::find_well_formedness_error(exported->xml);
    ASSERT_FALSE(gate) << gate->reason << " at offset " << gate->offset << "\n" << exported->xml;
    EXPECT_EQ(got.elements, want.elements) << exported->xml;
    EXPECT_GE(exported->report.translated, good);
  }
}

}  // namespace
}  // namespace xloc
