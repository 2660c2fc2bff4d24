// vocabulary_of(): the root element's namespace picks the stylesheet.
#include "render/vocabulary.h"

#include <gtest/gtest.h>

namespace xloc::render {
namespace {

TEST(Vocabulary, FromTheRootNamespace) {
  EXPECT_EQ(vocabulary_of(R"(<article xmlns="http://docbook.org/ns/docbook" version="5.0"/>)"), Vocabulary::kDocBook5);
  EXPECT_EQ(vocabulary_of(R"(<db:book xmlns:db="http://docbook.org/ns/docbook"/>)"), Vocabulary::kDocBook5);
  EXPECT_EQ(vocabulary_of(R"(<?xml version="1.0"?><!DOCTYPE page><page xmlns="http://projectmallard.org/1.0/" id="x"/>)"),
            Vocabulary::kMallard);
}

TEST(Vocabulary, AnythingElseIsUnknown) {
  EXPECT_EQ(vocabulary_of("<article/>"), Vocabulary::kUnknown);  // DocBook 4 or anything without a namespace
  EXPECT_EQ(vocabulary_of(R"(<html xmlns="http://www.w3.org/1999/xhtml"/>)"), Vocabulary::kUnknown);
  EXPECT_EQ(vocabulary_of("not xml"), Vocabulary::kUnknown);
  EXPECT_EQ(stylesheet_package(Vocabulary::kMallard), "yelp-xsl");
}

}  // namespace
}  // namespace xloc::render
