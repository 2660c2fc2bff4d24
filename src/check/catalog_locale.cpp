#include "check/catalog_locale.h"

#include "catalog/plural_forms.h"

#include <unicode/dcfmtsym.h>
#include <unicode/uldnames.h>
#include <unicode/ulocdata.h>
#include <unicode/uloc.h>

#include <algorithm>
#include <cctype>

namespace xloc {
namespace {

std::string file_stem(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  const size_t dot = path.find('.');
  return std::string(path.substr(0, dot));
}

std::vector<std::string> keywords_of(const icu::PluralRules& rules) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::StringEnumeration> e(rules.getKeywords(status));
  std::vector<std::string> out;
  if (U_FAILURE(status) || !e) return out;
  while (const char* k = e->next(nullptr, status)) {
    if (U_FAILURE(status)) break;
    out.emplace_back(k);
  }
  // CLDR order: zero one two few many other.
  static constexpr std::string_view kOrder[] = {"zero", "one", "two", "few", "many", "other"};
  auto rank = [](const std::string& k) {
    return std::find(std::begin(kOrder), std::end(kOrder), k) - std::begin(kOrder);
  };
  std::sort(out.begin(), out.end(), [&](auto& a, auto& b) { return rank(a) < rank(b); });
  return out;
}

}  // namespace

std::optional<icu::Locale> icu_locale_of(std::string_view gettext_locale) {
  std::string id(gettext_locale);
  std::string modifier;
  if (const size_t at = id.find('@'); at != std::string::npos) {
    modifier = id.substr(at + 1);
    id.erase(at);
  }
  if (const size_t dot = id.find('.'); dot != std::string::npos) id.erase(dot);  // .UTF-8
  if (id.empty()) return std::nullopt;
  for (char c : id)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return std::nullopt;
  std::replace(id.begin(), id.end(), '_', '-');
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(id, status);
  if (U_FAILURE(status) || locale.isBogus() || std::string_view(locale.getLanguage()).empty())
    return std::nullopt;
  // CLDR's aliases: ISO 639-3 codes ICU has under another name (cmn ->
  // zh, arb -> ar), deprecated ones (iw -> he).
  locale.canonicalize(status);
  if (U_FAILURE(status) || locale.isBogus()) return std::nullopt;
  // ICU knows the language if it has a three-letter code for it.
  if (std::string_view(locale.getISO3Language()).empty()) return std::nullopt;
  // gettext's script modifiers: sr@latin is sr-Latn.
  if (modifier == "latin" || modifier == "cyrillic") {
    std::string tag = locale.toLanguageTag<std::string>(status);
    const std::string script = modifier == "latin" ? "Latn" : "Cyrl";
    tag = std::string(locale.getLanguage()) + "-" + script +
          (std::string_view(locale.getCountry()).empty() ? "" : "-" + std::string(locale.getCountry()));
    locale = icu::Locale::forLanguageTag(tag, status);
    if (U_FAILURE(status)) return std::nullopt;
  }
  return locale;
}

CatalogLocale::CatalogLocale() = default;
CatalogLocale::CatalogLocale(CatalogLocale&& o) noexcept { *this = std::move(o); }
CatalogLocale& CatalogLocale::operator=(CatalogLocale&& o) noexcept {
  if (this == &o) return *this;
  if (spoof_) uspoof_close(spoof_);
  known_ = o.known_;
  id_ = std::move(o.id_);
  locale_ = o.locale_;
  cardinal_ = std::move(o.cardinal_);
  ordinal_ = std::move(o.ordinal_);
  cardinal_categories_ = std::move(o.cardinal_categories_);
  ordinal_categories_ = std::move(o.ordinal_categories_);
  scripts_ = std::move(o.scripts_);
  exemplars_ = o.exemplars_;
  decimal_ = o.decimal_;
  grouping_ = o.grouping_;
  quotes_ = std::move(o.quotes_);
  nfc_ = o.nfc_;
  spoof_ = o.spoof_;
  o.spoof_ = nullptr;
  header_nplurals_ = o.header_nplurals_;
  form_counts_ = std::move(o.form_counts_);
  forms_ = std::move(o.forms_);
  return *this;
}
CatalogLocale::~CatalogLocale() {
  if (spoof_) uspoof_close(spoof_);
}

bool CatalogLocale::uses_script(UScriptCode script) const {
  return std::find(scripts_.begin(), scripts_.end(), script) != scripts_.end();
}

std::optional<unsigned long> CatalogLocale::header_plural_form(unsigned long n) const {
  if (n < forms_.size()) return forms_[n];
  return std::nullopt;
}

CatalogLocale CatalogLocale::for_locale(std::string_view gettext_locale) {
  CatalogLocale out;
  out.load(gettext_locale);
  return out;
}

CatalogLocale CatalogLocale::for_catalog(const Catalog& catalog) {
  const Header header = catalog.header();
  std::string id = header.language().value_or("");
  if (!icu_locale_of(id)) {
    const std::string stem = file_stem(catalog.path);
    if (icu_locale_of(stem)) id = stem;
  }
  CatalogLocale out;
  out.load(id);
  if (auto value = header.get("Plural-Forms")) {
    if (auto forms = PluralForms::parse(*value); forms && forms->nplurals > 0) {
      out.header_nplurals_ = forms->nplurals;
      out.forms_.resize(kPluralSamples);
      out.form_counts_.assign(forms->nplurals, 0);
      for (unsigned long n = 0; n < kPluralSamples; ++n) {
        const unsigned long form = forms->plural.evaluate(n);
        out.forms_[n] = form;
        if (form < forms->nplurals && n < 1000) ++out.form_counts_[form];
      }
    }
  }
  return out;
}

void CatalogLocale::load(std::string_view gettext_locale) {
  UErrorCode status = U_ZERO_ERROR;
  nfc_ = icu::Normalizer2::getNFCInstance(status);
  spoof_ = uspoof_open(&status);
  if (U_SUCCESS(status)) {
    uspoof_setChecks(spoof_, USPOOF_RESTRICTION_LEVEL, &status);
    uspoof_setRestrictionLevel(spoof_, USPOOF_HIGHLY_RESTRICTIVE);
  }
  id_ = std::string(gettext_locale);
  auto locale = icu_locale_of(gettext_locale);
  if (!locale) return;
  known_ = true;
  locale_ = *locale;

  status = U_ZERO_ERROR;
  cardinal_.reset(icu::PluralRules::forLocale(locale_, UPLURAL_TYPE_CARDINAL, status));
  if (U_FAILURE(status)) cardinal_.reset();
  status = U_ZERO_ERROR;
  ordinal_.reset(icu::PluralRules::forLocale(locale_, UPLURAL_TYPE_ORDINAL, status));
  if (U_FAILURE(status)) ordinal_.reset();
  if (cardinal_) cardinal_categories_ = keywords_of(*cardinal_);
  if (ordinal_) ordinal_categories_ = keywords_of(*ordinal_);

  // uscript_getCode adds likely subtags: "ja" -> Kana Hira Hani, "ru" -> Cyrl.
  UScriptCode codes[8];
  status = U_ZERO_ERROR;
  const std::string name = locale_.getName();
  const int n = uscript_getCode(name.c_str(), codes, 8, &status);
  if (U_SUCCESS(status))
    for (int i = 0; i < n; ++i) scripts_.push_back(codes[i]);
  if (scripts_.empty()) {
    icu::Locale maximized = locale_;
    status = U_ZERO_ERROR;
    maximized.addLikelySubtags(status);
    status = U_ZERO_ERROR;
    const int m = uscript_getCode(maximized.getScript(), codes, 8, &status);
    if (U_SUCCESS(status))
      for (int i = 0; i < m; ++i) scripts_.push_back(codes[i]);
  }

  status = U_ZERO_ERROR;
  if (ULocaleData* data = ulocdata_open(name.c_str(), &status); U_SUCCESS(status)) {
    for (auto type : {ULOCDATA_ES_STANDARD, ULOCDATA_ES_AUXILIARY}) {
      UErrorCode s = U_ZERO_ERROR;
      if (USet* set = ulocdata_getExemplarSet(data, nullptr, 0, type, &s); U_SUCCESS(s) && set) {
        exemplars_.addAll(*icu::UnicodeSet::fromUSet(set));
        uset_close(set);
      }
    }
    for (auto d : {ULOCDATA_QUOTATION_START, ULOCDATA_QUOTATION_END, ULOCDATA_ALT_QUOTATION_START,
                   ULOCDATA_ALT_QUOTATION_END}) {
      UChar buffer[8];
      UErrorCode s = U_ZERO_ERROR;
      const int32_t len = ulocdata_getDelimiter(data, d, buffer, 8, &s);
      if (U_SUCCESS(s)) {
        icu::UnicodeString str(buffer, len);
        for (int32_t i = 0; i < str.length(); i = str.moveIndex32(i, 1))
          quotes_ += static_cast<char32_t>(str.char32At(i));
      }
    }
    ulocdata_close(data);
  }
  exemplars_.freeze();

  status = U_ZERO_ERROR;
  icu::DecimalFormatSymbols symbols(locale_, status);
  if (U_SUCCESS(status)) {
    auto first = [](const icu::UnicodeString& s, char32_t fallback) {
      return s.isEmpty() ? fallback : static_cast<char32_t>(s.char32At(0));
    };
    decimal_ = first(symbols.getSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol), U'.');
    grouping_ = first(symbols.getSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol), U',');
  }
}

}  // namespace xloc
