// Exports Header: the "Key: value" fields of a catalog's header entry
// (the msgstr of the message with an empty msgid), in file order, so that
// reading and writing a header changes only the fields that were set.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace xloc {

class Header {
 public:
  Header() = default;
  // Parses a header msgstr. Lines without a colon are kept verbatim.
  static Header parse(std::string_view msgstr);

  std::optional<std::string> get(std::string_view key) const;
  // Replaces the field in place, or appends it if missing.
  void set(std::string_view key, std::string_view value);
  void remove(std::string_view key);
  // Sets a field that is missing right after the last present one of
  // `before` (the fields that precede it in gettext's usual order), or
  // first if none is present; an existing field is replaced in place.
  void set_in_order(std::string_view key, std::string_view value, std::span<const std::string_view> before);

  // Back to msgstr text: "Key: value\n" per field.
  std::string to_msgstr() const;

  // Convenience: the charset from Content-Type ("UTF-8" if absent),
  // and the Language field.
  std::string charset() const;
  std::optional<std::string> language() const;

  friend bool operator==(const Header&, const Header&) = default;

 private:
  // key is empty for a line that has no "Key:" part.
  std::vector<std::pair<std::string, std::string>> fields_;
  bool trailing_newline_ = true;
};

}  // namespace xloc
