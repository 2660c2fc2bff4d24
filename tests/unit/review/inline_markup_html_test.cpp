// inline_markup_html(): unit text to safe HTML, markup as formatting.
#include "review/inline_markup_html.h"

#include <gtest/gtest.h>

namespace xloc {
namespace {

TEST(InlineMarkupHtml, MapsInlineElementsToFormatting) {
  EXPECT_EQ(inline_markup_html("<emphasis role=\"strong\">Cost:</emphasis> high"), "<strong>Cost:</strong> high");
  EXPECT_EQ(inline_markup_html("Run <cmd>ls</cmd> or <emphasis>not</emphasis>"), "Run <code>ls</code> or <em>not</em>");
  EXPECT_EQ(inline_markup_html("<link xlink:href=\"https://x.org/\">here</link>"),
            "<span class=\"link\" title=\"https://x.org/\">here</span>");
  EXPECT_EQ(inline_markup_html("See <_:footnote-1/>."),
            "See <span class=\"placeholder\" title=\"kept from the source\">[footnote-1]</span>.");
  EXPECT_EQ(inline_markup_html("<foo onclick=\"x()\">y</foo>"), "<span class=\"el\" data-element=\"foo\">y</span>");
}

TEST(InlineMarkupHtml, EscapesTextAndShowsBrokenMarkupAsWritten) {
  EXPECT_EQ(inline_markup_html("a &lt; b &amp; \"c\""), "a &lt; b &amp; &quot;c&quot;");
  EXPECT_EQ(inline_markup_html("<emphasis>x</emphasi> <script>"),
            "<code class=\"raw\">&lt;emphasis&gt;x&lt;/emphasi&gt; &lt;script&gt;</code>");
  EXPECT_EQ(inline_markup_html("<script>alert(1)</script>"),
            "<span class=\"el\" data-element=\"script\">alert(1)</span>");
}

}  // namespace
}  // namespace xloc
