#include "its/external_resource.h"

#include "its/md5.h"

namespace xloc::its {

std::string external_resource_msgid(FileSystem& fs, const std::string& document, const std::string& reference) {
  const size_t slash = document.rfind('/');
  const std::string path = (slash == std::string::npos ? "" : document.substr(0, slash + 1)) + reference;
  Result<std::string> bytes = fs.read(path);
  return "external ref='" + reference + "' md5='" + (bytes ? md5_hex(*bytes) : "__failed__") + "'";
}

std::optional<std::string> external_resource_in(std::string_view translation) {
  constexpr std::string_view kStart = "external ref='";
  if (!translation.starts_with(kStart)) return std::nullopt;
  const size_t end = translation.find('\'', kStart.size());
  if (end == std::string_view::npos || end == kStart.size()) return std::nullopt;
  return std::string(translation.substr(kStart.size(), end - kStart.size()));
}

}  // namespace xloc::its
