// Fuzz target: PluralForms::parse on any header value, then evaluate the
// expression for a spread of n (no crash, no UB on overflow or n/0).
#include "catalog/plural_forms.h"
#include "fuzz_targets.h"

namespace xloc::fuzz {

int plural_forms(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Result<PluralForms> forms = PluralForms::parse(text);
  if (!forms) {
    fuzz_assert(forms.error().where.column >= 1, "an error without a column");
    return 0;
  }
  static constexpr unsigned long kSamples[] = {0, 1, 2, 3, 5, 11, 21, 101, 1000000, ~0ul};
  for (unsigned long n : kSamples) (void)forms->plural.evaluate(n);
  Result<PluralExpression> again = PluralExpression::parse(text);  // the expression alone
  if (again)
    for (unsigned long n : kSamples) (void)again->evaluate(n);
  return 0;
}

}  // namespace xloc::fuzz
