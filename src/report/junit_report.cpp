// The "junit" format: JUnit XML as GitLab and Jenkins read it (the common
// Jenkins JUnit schema: testcase has name and classname, no file). One
// testcase per catalog; one <failure> per error, and per warning under
// --strict, so the counts agree with the exit code; an unreadable catalog
// is an <error>; the other findings go to the testcase's <system-out>.
#include <algorithm>
#include <ostream>

#include "report/report_format.h"

namespace xloc {
namespace {

std::string escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\n': out += "&#10;"; break;
      case '\t': out += "&#9;"; break;
      default:
        // XML 1.0 cannot hold other control characters at all.
        if (static_cast<unsigned char>(c) < 0x20) out += "?";
        else out += c;
    }
  }
  return out;
}

}  // namespace

void write_junit_report(const CheckRun& run, const ReportOptions& options, std::ostream& out) {
  auto fails = [&](const Diagnostic& d) {
    return d.severity == Severity::kError || (options.strict && d.severity == Severity::kWarning);
  };
  size_t failures = 0, errors = 0;
  for (const CatalogResult& c : run.catalogs) {
    if (c.unusable) ++errors;
    else if (std::any_of(c.diagnostics.begin(), c.diagnostics.end(), fails)) ++failures;
  }
  const std::string counts = " tests=\"" + std::to_string(run.catalogs.size()) + "\" failures=\"" +
                             std::to_string(failures) + "\" errors=\"" + std::to_string(errors) + "\"";
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"xloc check\"" << counts << ">\n";
  out << "  <testsuite name=\"xloc check\"" << counts << ">\n";
  for (const CatalogResult& c : run.catalogs) {
    out << "    <testcase classname=\"xloc.check\" name=\"" << escape(c.file) << "\">\n";
    std::string system_out;
    for (const Diagnostic& d : c.diagnostics) {
      if (!fails(d)) {
        system_out += d.to_string() + "\n";
        continue;
      }
      const char* element = c.unusable ? "error" : "failure";
      out << "      <" << element << " type=\"" << escape(d.check) << "\" message=\"" << escape(d.message)
          << "\">" << escape(d.to_string()) << "</" << element << ">\n";
    }
    if (!system_out.empty()) out << "      <system-out>" << escape(system_out) << "</system-out>\n";
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace xloc
