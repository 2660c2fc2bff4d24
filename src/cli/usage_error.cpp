#include "cli/usage_error.h"

#include <CLI/CLI.hpp>

#include <regex>

#include "base/edit_distance.h"

namespace xloc {
namespace {

// "100.000000" -> "100", "0.500000" -> "0.5".
std::string plain_number(std::string n) {
  if (n.find('.') == std::string::npos) return n;
  while (!n.empty() && n.back() == '0') n.pop_back();
  if (!n.empty() && n.back() == '.') n.pop_back();
  return n;
}

// The option named `name` as CLI11 spells it in messages ("--jobs",
// "catalogs"), or nullptr.
const CLI::Option* find_option(const CLI::App& app, const std::string& name) {
  for (const CLI::Option* o : app.get_options()) {
    if (o->get_name(true) == name || o->get_name() == name) return o;
    for (const std::string& l : o->get_lnames())
      if ("--" + l == name) return o;
    for (const std::string& s : o->get_snames())
      if ("-" + s == name) return o;
  }
  return nullptr;
}

// "--jobs" for an option, "the argument CATALOG.po..." style for a positional.
std::string what_is(const CLI::Option* o, const std::string& name) {
  if (o == nullptr) return name;
  if (!o->get_positional()) {
    std::string names;
    for (const std::string& s : o->get_snames()) names += (names.empty() ? "-" : "/-") + s;
    for (const std::string& l : o->get_lnames()) names += (names.empty() ? "--" : "/--") + l;
    return names;
  }
  std::string d = o->get_description();
  return d.empty() ? name : d;
}

// How to name a value type in a sentence.
std::string value_kind(const CLI::Option* o) {
  const std::string type = o ? o->get_type_name() : "";
  if (type == "UINT") return "a whole number (0 or more)";
  if (type == "INT") return "a whole number";
  if (type == "FLOAT") return "a number";
  return "a value";
}

}  // namespace

std::string closest_option(const CLI::App& app, const std::string& typo) {
  std::string best;
  int best_distance = 3;  // more than two edits away is no suggestion
  const std::string bare = typo.substr(0, typo.find('='));
  for (const CLI::Option* o : app.get_options()) {
    for (const std::string& l : o->get_lnames()) {
      const std::string name = "--" + l;
      int d = edit_distance(bare, name);
      if (bare.size() > 3 && name.starts_with(bare)) d = 1;  // "--thr" for "--threshold"
      if (d < best_distance) {
        best_distance = d;
        best = name;
      }
    }
  }
  return best;
}

std::string explain_usage_error(const CLI::ParseError& error, const CLI::App& app, const std::string& usage) {
  const std::string what = error.what();
  std::smatch m;
  const std::string usage_hint = usage.empty() ? "" : " (usage: " + usage + ")";

  if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
    // "The following argument(s) was/were not expected: a b" (CLI11 lists them reversed).
    const std::string list = what.substr(what.find(": ") + 2);
    std::vector<std::string> extras;
    for (size_t at = 0; at < list.size();) {
      size_t end = list.find(' ', at);
      if (end == std::string::npos) end = list.size();
      if (end > at) extras.insert(extras.begin(), list.substr(at, end - at));
      at = end + 1;
    }
    for (const std::string& e : extras) {
      if (e.size() > 1 && e[0] == '-') {
        std::string out = "unknown option '" + e + "'";
        if (std::string guess = closest_option(app, e); !guess.empty()) out += "; did you mean '" + guess + "'?";
        return out;
      }
    }
    return "unexpected argument '" + (extras.empty() ? list : extras.front()) + "'" + usage_hint;
  }

  if (dynamic_cast<const CLI::RequiredError*>(&error) &&
      std::regex_match(what, m, std::regex(R"((\S+) is required)"))) {
    const CLI::Option* o = find_option(app, m[1]);
    if (o && o->get_positional()) return "missing " + what_is(o, m[1]) + usage_hint;
    return "the option " + what_is(o, m[1]) + " is required" + usage_hint;
  }

  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
    if (std::regex_match(what, m, std::regex(R"((\S+): At least (\d+) required but received (\d+))"))) {
      const CLI::Option* o = find_option(app, m[1]);
      return "needs at least " + m[2].str() + " arguments (" + what_is(o, m[1]) + "), got " + m[3].str() + usage_hint;
    }
    if (std::regex_match(what, m, std::regex(R"((\S+): (\d+) required (\S+) missing)"))) {
      const CLI::Option* o = find_option(app, m[1]);
      return m[1].str() + " needs " + (o ? value_kind(o) : "a value") + " after it" + usage_hint;
    }
  }

  if (std::regex_match(what, m, std::regex(R"((\S+): Value (.*) not in range (\S+) to (\S+))"))) {
    return m[1].str() + " must be a number from " + plain_number(m[3]) + " to " + plain_number(m[4]) + ", not '" +
           m[2].str() + "'";
  }
  // CLI::IsMember: "--color: auto1 not in {auto,always,never}".
  if (std::regex_match(what, m, std::regex(R"((\S+): (.*) not in \{(.*)\})"))) {
    return m[1].str() + " must be one of " + std::regex_replace(m[3].str(), std::regex(","), ", ") + ", not '" +
           m[2].str() + "'";
  }
  if (std::regex_match(what, m, std::regex(R"(Could not convert: (\S+) = (.*))"))) {
    const CLI::Option* o = find_option(app, m[1]);
    return m[1].str() + " takes " + value_kind(o) + ", not '" + m[2].str() + "'";
  }
  if (dynamic_cast<const CLI::ExcludesError*>(&error) &&
      std::regex_match(what, m, std::regex(R"((\S+) excludes (\S+))"))) {
    return m[1].str() + " and " + m[2].str() + " cannot be used together";
  }
  if (dynamic_cast<const CLI::RequiresError*>(&error) &&
      std::regex_match(what, m, std::regex(R"((\S+) requires (\S+))"))) {
    return m[1].str() + " needs " + m[2].str() + " too";
  }
  return what;
}

}  // namespace xloc
