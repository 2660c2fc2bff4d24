#include "its/its_listing.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "its/tag_scanner.h"

namespace xloc::its {
namespace {

struct ListedCategoryName {
  ListedCategory category;
  std::string_view folder;  // the suite's folder
  std::string_view its;     // the name ITS 2.0 gives its main attribute
};

constexpr std::array kListedCategoryNames{
    ListedCategoryName{ListedCategory::kTranslate, "translate", "translate"},
    ListedCategoryName{ListedCategory::kWithinText, "elementswithintext", "withinText"},
    ListedCategoryName{ListedCategory::kLocNote, "localizationnote", "locNote"},
    ListedCategoryName{ListedCategory::kPreserveSpace, "preservespace", "space"},
    ListedCategoryName{ListedCategory::kIdValue, "idvalue", "idValue"},
    ListedCategoryName{ListedCategory::kLang, "languageinformation", "lang"},
    ListedCategoryName{ListedCategory::kLocaleFilter, "localefilter", "localeFilter"},
    ListedCategoryName{ListedCategory::kDirection, "directionality", "dir"},
    ListedCategoryName{ListedCategory::kExternalResource, "externalresource", "externalResourceRef"},
};

constexpr std::array kAllListedCategories{
    ListedCategory::kTranslate, ListedCategory::kWithinText, ListedCategory::kLocNote,
    ListedCategory::kPreserveSpace, ListedCategory::kIdValue, ListedCategory::kLang,
    ListedCategory::kLocaleFilter, ListedCategory::kDirection, ListedCategory::kExternalResource,
};

bool category_names_equal(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

bool is_listing_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The suite trims values and collapses whitespace runs to one space.
std::string listing_collapsed(std::string_view s) {
  std::string out;
  bool pending = false;
  for (char c : s) {
    if (is_listing_space(c)) {
      pending = !out.empty();
    } else {
      if (pending) out += ' ';
      pending = false;
      out += c;
    }
  }
  return out;
}

using ListingFields = std::vector<std::pair<std::string_view, std::string>>;

void add_listing_fields(ListingFields& out, ListedCategory c, const ItsValues& v, bool attribute) {
  switch (c) {
    case ListedCategory::kTranslate: out.emplace_back("translate", v.translate ? "yes" : "no"); break;
    case ListedCategory::kWithinText:
      if (!attribute)
        out.emplace_back("withinText", v.within_text == WithinText::kYes      ? "yes"
                                       : v.within_text == WithinText::kNested ? "nested"
                                                                              : "no");
      break;
    case ListedCategory::kLocNote:
      if (v.loc_note) {
        out.emplace_back(v.loc_note_is_reference ? "locNoteRef" : "locNote", listing_collapsed(*v.loc_note));
        out.emplace_back("locNoteType", v.loc_note_alert ? "alert" : "description");
      }
      break;
    case ListedCategory::kPreserveSpace: out.emplace_back("space", v.preserve_space ? "preserve" : "default"); break;
    case ListedCategory::kIdValue:
      if (v.id) out.emplace_back("idValue", listing_collapsed(*v.id));
      break;
    case ListedCategory::kLang:
      if (!v.lang.empty()) out.emplace_back("lang", listing_collapsed(v.lang));
      break;
    case ListedCategory::kLocaleFilter:
      out.emplace_back("localeFilterList", listing_collapsed(v.locale_filter_list));
      out.emplace_back("localeFilterType", v.locale_filter_exclude ? "exclude" : "include");
      break;
    case ListedCategory::kDirection: out.emplace_back("dir", std::string(direction_name(v.dir))); break;
    case ListedCategory::kExternalResource:
      if (v.external_resource) out.emplace_back("externalResourceRef", listing_collapsed(*v.external_resource));
      break;
  }
}

class ItsLister {
 public:
  ItsLister(const Annotator& a, std::span<const ListedCategory> categories) : a_(a), categories_(categories) {}

  void element(pugi::xml_node e, const std::string& parent_path, const ItsValues& parent, bool is_root) {
    const ItsValues values = a_.element_values(e, parent);
    std::string path = parent_path + "/" + std::string(a_.facts(e).name);
    if (!is_root) {
      size_t n = 1;
      for (pugi::xml_node s = e.previous_sibling(); s; s = s.previous_sibling())
        if (s.type() == pugi::node_element && std::string_view(s.name()) == e.name()) ++n;
      path += "[" + std::to_string(n) + "]";
    }
    line(path, values, false);

    // Attributes by their names as written (pugixml's may be canonical).
    const StartTag tag = scan_start_tag(a_.source(), a_.begin_of(e));
    std::vector<std::pair<std::string_view, pugi::xml_attribute>> attributes;
    size_t i = 0;
    for (pugi::xml_attribute attr : e.attributes()) {
      if (i >= tag.attributes.size()) break;  // the canonical xmlns: the annotator added to the root
      const std::string_view written = tag.attributes[i++].name;
      if (written == "xmlns" || written.starts_with("xmlns:")) continue;
      attributes.emplace_back(written, attr);
    }
    std::sort(attributes.begin(), attributes.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
    for (const auto& [written, attr] : attributes)
      line(path + "/@" + std::string(written), a_.attribute_values(e, attr, values), true);

    for (pugi::xml_node child : e.children())
      if (child.type() == pugi::node_element) element(child, path, values, false);
  }

  std::string take() { return std::move(out_); }

 private:
  void line(const std::string& path, const ItsValues& v, bool attribute) {
    ListingFields fields;
    for (ListedCategory c : categories_) add_listing_fields(fields, c, v, attribute);
    std::stable_sort(fields.begin(), fields.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    out_ += path;
    for (const auto& [name, value] : fields) {
      out_ += '\t';
      out_ += name;
      out_ += "=\"";
      out_ += value;
      out_ += '"';
    }
    out_ += '\n';
  }

  const Annotator& a_;
  std::span<const ListedCategory> categories_;
  std::string out_;
};

}  // namespace

std::span<const ListedCategory> listed_categories() { return kAllListedCategories; }

std::optional<ListedCategory> find_listed_category(std::string_view name) {
  for (const ListedCategoryName& n : kListedCategoryNames)
    if (category_names_equal(name, n.folder) || category_names_equal(name, n.its)) return n.category;
  return std::nullopt;
}

std::string its_listing(const Annotator& annotated, std::span<const ListedCategory> categories) {
  ItsLister lister(annotated, categories);
  lister.element(annotated.root(), "", ItsValues{}, true);
  return lister.take();
}

}  // namespace xloc::its
