#include "cli/man_page.h"

namespace xloc {
namespace {

// Text as roff reads it: a backslash is "\e", a line may not start with a
// control character ('.' or '\''), and '-' in option names is "\-" so that
// copying from the page gives ASCII hyphens.
std::string roff(const std::string& text, bool hyphens = false) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') out += "\\e";
    else if (c == '-' && hyphens) out += "\\-";
    else out += c;
    line_start = c == '\n';
  }
  return out;
}

std::string upper(const std::string& text) {
  std::string out = text;
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string header(const std::string& page, const std::string& version) {
  return ".TH " + page + " 1 \"\" \"xloc " + version + "\" \"xloc manual\"\n";
}

const char kExitStatus[] =
    ".SH EXIT STATUS\n"
    ".TP\n.B 0\nsuccess: the work was done and nothing wrong was found\n"
    ".TP\n.B 1\nthe work was done and found problems (check errors, a locale under its threshold)\n"
    ".TP\n.B 2\nbad usage or unreadable or malformed input; then nothing at all was written\n";

void option_item(std::string& out, const OptionDoc& o) {
  out += ".TP\n";
  if (!o.positional.empty()) {
    out += ".I " + roff(o.positional) + "\n";
  } else {
    std::string names;
    for (const std::string& n : o.names) names += (names.empty() ? "" : ", ") + std::string("\\fB") + roff(n, true) + "\\fR";
    if (!o.value.empty()) names += " \\fI" + roff(o.value) + "\\fR";
    out += names + "\n";
  }
  std::string text = o.description;
  if (!o.default_value.empty()) text += " (default: " + o.default_value + ")";
  if (o.required) text += " Required.";
  out += roff(text) + "\n";
}

}  // namespace

std::string man_page(const CommandDoc& c, const std::string& version) {
  std::string out = header("XLOC-" + upper(c.name), version);
  out += ".SH NAME\nxloc\\-" + roff(c.name, true) + " \\- " + roff(c.summary) + "\n";
  out += ".SH SYNOPSIS\n.nf\n" + roff(c.usage, true) + "\n.fi\n";
  out += ".SH DESCRIPTION\n" + roff(c.description.empty() ? c.summary : c.description) + "\n";
  out += ".SH OPTIONS\n";
  for (const OptionDoc& o : c.options)
    if (o.positional.empty()) option_item(out, o);
  bool any_positional = false;
  for (const OptionDoc& o : c.options) any_positional |= !o.positional.empty();
  if (any_positional) {
    out += ".SH ARGUMENTS\n";
    for (const OptionDoc& o : c.options)
      if (!o.positional.empty()) option_item(out, o);
  }
  if (!c.footer.empty()) out += ".SH NOTES\n.nf\n" + roff(c.footer) + "\n.fi\n";
  out += kExitStatus;
  out += ".SH SEE ALSO\n.BR xloc (1)\n";
  return out;
}

std::string overview_man_page(const std::vector<CommandDoc>& commands, const std::string& version) {
  std::string out = header("XLOC", version);
  out += ".SH NAME\nxloc \\- localize XML articles through gettext catalogs\n";
  out += ".SH SYNOPSIS\n.B xloc\n.I command\n[\\fIoptions\\fR]\n.br\n.B xloc help\n.I command\n.br\n"
         ".B xloc \\-\\-version\n";
  out += ".SH DESCRIPTION\n"
         "xloc extracts the translatable text of XML articles into a gettext template, merges new\n"
         "templates into translators' catalogs without losing a translation, validates translations\n"
         "with ICU, and exports localized XML editions that keep every byte of the source that is\n"
         "not translated text.\n";
  out += ".SH COMMANDS\n";
  for (const CommandDoc& c : commands)
    out += ".TP\n.BR xloc\\-" + roff(c.name, true) + " (1)\n" + roff(c.summary) + "\n";
  out += kExitStatus;
  out += ".SH SEE ALSO\n";
  for (size_t i = 0; i < commands.size(); ++i)
    out += ".BR xloc\\-" + roff(commands[i].name, true) + " (1)" + (i + 1 < commands.size() ? "," : "") + "\n";
  out += ".BR msgfmt (1),\n.BR msgmerge (1),\n.BR itstool (1)\n";
  return out;
}

}  // namespace xloc
