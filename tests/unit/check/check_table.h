// Exports the table form most check tests take: cases of (locale, row,
// expected messages) run through one check, each failure naming its row.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/check/check_test_support.h"

namespace xloc::test {

struct CheckCase {
  std::string language;
  Row row;
  std::vector<std::string> expected;  // the diagnostics' messages, exactly
};

inline void expect_table(const std::string& id, const std::vector<CheckCase>& cases) {
  for (const CheckCase& c : cases)
    EXPECT_EQ(check_one(id, c.language, c.row), c.expected)
        << id << " on " << c.language << ": '" << c.row.source << "' -> '" << c.row.translation << "'";
}

}  // namespace xloc::test
