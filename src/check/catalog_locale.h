// Exports CatalogLocale: everything the checks need to know about a
// catalog's language, built with ICU once per catalog (and so once per
// thread), never per message: the locale, its CLDR plural categories and
// rules, its scripts, exemplar characters, number symbols, quotation
// marks, and the NFC normalizer and spoof checker the checks share.
#pragma once

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/plurrule.h>
#include <unicode/uniset.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"

namespace xloc {

class CatalogLocale {
 public:
  // From the header's Language field, or, failing that, the file name
  // ("po/pt_BR.po" -> "pt_BR"). An unknown locale leaves known() false and
  // the locale-dependent checks skip.
  static CatalogLocale for_catalog(const Catalog& catalog);
  static CatalogLocale for_locale(std::string_view gettext_locale);

  CatalogLocale(CatalogLocale&&) noexcept;
  CatalogLocale& operator=(CatalogLocale&&) noexcept;
  ~CatalogLocale();

  bool known() const { return known_; }
  const std::string& id() const { return id_; }  // "pt_BR", as gettext spells it
  const icu::Locale& locale() const { return locale_; }

  // CLDR plural rules (cardinal and ordinal) and their keywords, "other" last.
  const icu::PluralRules* cardinal_rules() const { return cardinal_.get(); }
  const icu::PluralRules* ordinal_rules() const { return ordinal_.get(); }
  const std::vector<std::string>& cardinal_categories() const { return cardinal_categories_; }
  const std::vector<std::string>& ordinal_categories() const { return ordinal_categories_; }

  // The scripts the language is written in (ja: Kana, Hira, Hani).
  const std::vector<UScriptCode>& scripts() const { return scripts_; }
  bool uses_script(UScriptCode script) const;
  // Standard + auxiliary exemplar characters from CLDR (may be empty).
  const icu::UnicodeSet& exemplars() const { return exemplars_; }

  // Number symbols: the decimal and grouping separators, and the zero digit.
  char32_t decimal_separator() const { return decimal_; }
  char32_t grouping_separator() const { return grouping_; }
  // Quotation marks of the locale (CLDR delimiters), both levels.
  const std::u32string& quotation_marks() const { return quotes_; }

  const icu::Normalizer2* nfc() const { return nfc_; }
  const USpoofChecker* spoof_checker() const { return spoof_; }

  // nplurals from the catalog's Plural-Forms header, if it parses.
  std::optional<unsigned long> header_nplurals() const { return header_nplurals_; }
  // The plural form the header's expression selects for n, if it parses.
  std::optional<unsigned long> header_plural_form(unsigned long n) const;
  // How many n in 0..999 select each form (empty if no expression).
  const std::vector<unsigned>& header_form_counts() const { return form_counts_; }

 private:
  CatalogLocale();
  void load(std::string_view gettext_locale);

  bool known_ = false;
  std::string id_;
  icu::Locale locale_;
  std::unique_ptr<icu::PluralRules> cardinal_;
  std::unique_ptr<icu::PluralRules> ordinal_;
  std::vector<std::string> cardinal_categories_;
  std::vector<std::string> ordinal_categories_;
  std::vector<UScriptCode> scripts_;
  icu::UnicodeSet exemplars_;
  char32_t decimal_ = U'.';
  char32_t grouping_ = U',';
  std::u32string quotes_;
  const icu::Normalizer2* nfc_ = nullptr;
  USpoofChecker* spoof_ = nullptr;
  std::optional<unsigned long> header_nplurals_;
  std::vector<unsigned> form_counts_;
  std::vector<unsigned char> forms_;  // forms_[n] for n < 1000
};

// Turns a gettext locale ("sr@latin", "pt_BR.UTF-8") into an ICU one, or
// nullopt if ICU does not know its language.
std::optional<icu::Locale> icu_locale_of(std::string_view gettext_locale);

}  // namespace xloc
