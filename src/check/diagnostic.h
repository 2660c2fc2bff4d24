// Exports the diagnostic model of `xloc check`: Severity, Diagnostic (one
// finding: where, which check, how bad, what), DiagnosticSink (the interface
// findings are handed to; the caller owns it) and DiagnosticList, a sink
// that keeps them in a vector.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_location.h"

namespace xloc {

enum class Severity { kError, kWarning, kInfo };

// "error", "warning", "info".
std::string_view severity_name(Severity severity);
std::optional<Severity> parse_severity(std::string_view name);

struct Diagnostic {
  SourceLocation where;  // the msgstr of the message, or the header entry
  std::string check;     // the check id: "c-format", "bidi-control", ...
  Severity severity = Severity::kError;
  std::string message;   // one sentence that quotes the input, no final period
  // The message the finding is about (none for the header or the catalog
  // as a whole), for reports that name it (JSON).
  std::optional<std::string> msgid = {}, msgctxt = {};

  // gcc style: "file:line:column: error: message [check]".
  std::string to_string() const;

  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

// Order of output: by file, line, column, then check id.
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b);

class DiagnosticSink {
 public:
  virtual ~DiagnosticSink() = default;
  virtual void report(Diagnostic diagnostic) = 0;
};

class DiagnosticList final : public DiagnosticSink {
 public:
  void report(Diagnostic diagnostic) override { items.push_back(std::move(diagnostic)); }
  std::vector<Diagnostic> items;
};

}  // namespace xloc
