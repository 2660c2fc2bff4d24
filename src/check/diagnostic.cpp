#include "check/diagnostic.h"

#include <array>
#include <tuple>

namespace xloc {
namespace {

constexpr std::array<std::pair<Severity, std::string_view>, 3> kNames{{
    {Severity::kError, "error"},
    {Severity::kWarning, "warning"},
    {Severity::kInfo, "info"},
}};

}  // namespace

std::string_view severity_name(Severity severity) {
  for (const auto& [s, name] : kNames)
    if (s == severity) return name;
  return "error";
}

std::optional<Severity> parse_severity(std::string_view name) {
  for (const auto& [s, n] : kNames)
    if (n == name) return s;
  return std::nullopt;
}

std::string Diagnostic::to_string() const {
  std::string out = where.to_string();
  if (!out.empty()) out += ": ";
  out += severity_name(severity);
  out += ": ";
  out += message;
  out += " [";
  out += check;
  out += "]";
  return out;
}

bool diagnostic_less(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.where.file, a.where.line, a.where.column, a.check, a.message) <
         std::tie(b.where.file, b.where.line, b.where.column, b.check, b.message);
}

}  // namespace xloc
