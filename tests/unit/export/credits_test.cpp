// Tests translator credits: "Name <email>, years" lines through the
// document's itst:credits template, with the document's prefixes.
#include "export/credits.h"

#include <gtest/gtest.h>

#include "base/file_system.h"

namespace xloc {
namespace {

its::WalkResult walk(const std::string& xml) {
  MemoryFileSystem fs;
  auto r = its::walk_units(xml, "p.page", fs);
  EXPECT_TRUE(r.ok());
  return r.ok() ? *r : its::WalkResult{};
}

TEST(Credits, OneCreditPerWellFormedLine) {
  auto w = walk("<page xmlns=\"http://projectmallard.org/1.0/\">\n  <info>\n    <desc>D</desc>\n  </info>\n<p>x</p></page>");
  EXPECT_EQ(render_credits(w, "Ann <ann@example.org>, 2019, 2023\nnot a credit\nBo & Co <bo@example.org>, 2024"),
            "  <credit type=\"translator copyright\"><name>Ann</name><email>ann@example.org</email><years>2019, "
            "2023</years></credit>\n  "
            "  <credit type=\"translator copyright\"><name>Bo &amp; Co</name><email>bo@example.org</email>"
            "<years>2024</years></credit>\n  ");
  EXPECT_EQ(render_credits(w, "translator-credits"), "");
}

TEST(Credits, PrefixedDocumentsKeepTheirPrefix) {
  auto w = walk("<d:article xmlns:d=\"http://docbook.org/ns/docbook\"><d:info><d:title>T</d:title></d:info></d:article>");
  EXPECT_EQ(render_credits(w, "Ann <a@b>, 2020"),
            "  <d:othercredit class=\"translator\"><d:personname>Ann</d:personname><d:email>a@b</d:email>"
            "</d:othercredit>\n");
}

TEST(Credits, NoInfoNoCredits) {
  auto w = walk("<page xmlns=\"http://projectmallard.org/1.0/\"><p>x</p></page>");
  EXPECT_FALSE(w.credits);
  EXPECT_EQ(render_credits(w, "Ann <a@b>, 2020"), "");
}

}  // namespace
}  // namespace xloc
