// Exports the table of format-string languages the format checks know, as
// GNU gettext 0.21's msgfmt -c checks them: each has the flag that marks a
// message (also the check's id: "python-brace-format"), a title for --help
// and SARIF, and its parser (one format_<language>.cpp each). Adding a
// language is one parser file and one row here.
#pragma once

#include <array>
#include <string_view>

#include "check/format_string.h"

namespace xloc {

using FormatParser = Result<FormatSpec> (*)(std::string_view);

Result<FormatSpec> parse_c_format(std::string_view text);
Result<FormatSpec> parse_objc_format(std::string_view text);
Result<FormatSpec> parse_python_format(std::string_view text);
Result<FormatSpec> parse_python_brace_format(std::string_view text);
Result<FormatSpec> parse_perl_brace_format(std::string_view text);
Result<FormatSpec> parse_sh_format(std::string_view text);
Result<FormatSpec> parse_qt_format(std::string_view text);
Result<FormatSpec> parse_qt_plural_format(std::string_view text);
Result<FormatSpec> parse_kde_format(std::string_view text);
Result<FormatSpec> parse_kde_kuit_format(std::string_view text);
Result<FormatSpec> parse_csharp_format(std::string_view text);
Result<FormatSpec> parse_lua_format(std::string_view text);
Result<FormatSpec> parse_php_format(std::string_view text);
Result<FormatSpec> parse_javascript_format(std::string_view text);
Result<FormatSpec> parse_java_format(std::string_view text);
Result<FormatSpec> parse_boost_format(std::string_view text);
Result<FormatSpec> parse_ruby_format(std::string_view text);
Result<FormatSpec> parse_java_printf_format(std::string_view text);
Result<FormatSpec> parse_gcc_internal_format(std::string_view text);
Result<FormatSpec> parse_perl_format(std::string_view text);

enum class PluralLeniency {
  kMayDrop,            // leave arguments out
  kNone,               // nothing: compared like a singular (Qt, Lua)
  kNoneIfPositional,   // nothing if the source is positional (Python, Ruby %s)
  kUnchecked,          // anything: not compared at all (python-brace)
  kMayDropAndAnyFits,  // leave arguments out; an "any" argument fits every type (JavaScript %j)
};

struct FormatLanguage {
  std::string_view flag;   // "c-format"
  std::string_view title;  // "C format directives differ from the source"
  FormatParser parse;
  // How the comparison differs: the translation may add arguments (the
  // runtime ignores unknown names), only their number counts (C#: one
  // array of values).
  FormatRules rules = {};
  // What a plural form standing for one number (which msgfmt lets drop
  // arguments) may do in this language, as msgfmt -c judges it.
  PluralLeniency plural = PluralLeniency::kMayDrop;
};

inline constexpr std::array kFormatLanguages{
    FormatLanguage{"c-format", "C printf directives differ from the source", parse_c_format},
    FormatLanguage{"objc-format", "Objective-C format directives differ from the source", parse_objc_format},
    FormatLanguage{"python-format", "Python %-format directives differ from the source", parse_python_format, {},
                   PluralLeniency::kNoneIfPositional},
    FormatLanguage{"python-brace-format", "Python str.format() fields differ from the source",
                   parse_python_brace_format, {}, PluralLeniency::kUnchecked},
    FormatLanguage{"perl-format", "Perl sprintf directives differ from the source", parse_perl_format},
    FormatLanguage{"perl-brace-format", "Perl {name} placeholders differ from the source", parse_perl_brace_format,
                   {.may_add = true}},
    FormatLanguage{"sh-format", "shell $variable references differ from the source", parse_sh_format},
    FormatLanguage{"qt-format", "Qt %1 markers differ from the source", parse_qt_format, {}, PluralLeniency::kNone},
    FormatLanguage{"qt-plural-format", "Qt %n plural marker differs from the source", parse_qt_plural_format},
    FormatLanguage{"kde-format", "KDE %1 markers differ from the source", parse_kde_format},
    FormatLanguage{"kde-kuit-format", "KDE %1 markers or KUIT markup differ from the source", parse_kde_kuit_format},
    FormatLanguage{"csharp-format", "C# {0} items differ from the source in number", parse_csharp_format,
                   {.by_count = true}},
    FormatLanguage{"lua-format", "Lua string.format directives differ from the source", parse_lua_format, {},
                   PluralLeniency::kNone},
    FormatLanguage{"php-format", "PHP sprintf directives differ from the source", parse_php_format},
    FormatLanguage{"ruby-format", "Ruby format directives differ from the source", parse_ruby_format, {},
                   PluralLeniency::kNoneIfPositional},
    FormatLanguage{"boost-format", "boost::format directives differ from the source", parse_boost_format},
    FormatLanguage{"java-format", "Java MessageFormat elements differ from the source", parse_java_format},
    FormatLanguage{"java-printf-format", "Java Formatter directives differ from the source",
                   parse_java_printf_format},
    FormatLanguage{"javascript-format", "JavaScript printf directives differ from the source",
                   parse_javascript_format, {}, PluralLeniency::kMayDropAndAnyFits},
    FormatLanguage{"gcc-internal-format", "GCC diagnostic directives differ from the source",
                   parse_gcc_internal_format},
};

}  // namespace xloc
