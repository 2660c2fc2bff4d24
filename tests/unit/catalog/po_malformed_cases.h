// The malformed-PO cases shared by po_reader_errors_test.cpp (xloc's exact
// error text for each) and tests/oracle/catalog_malformed_test.cpp (GNU
// gettext rejects each of them too, so xloc is never stricter than it).
#pragma once

#include <string>
#include <vector>

namespace xloc::test {

struct MalformedPoCase {
  const char* name;
  std::string input;
  std::string error;  // read_po(input, "bad.po").error().to_string()
};

inline std::vector<MalformedPoCase> malformed_po_cases() {
  return {
      {"unterminated string", "msgid \"abc\nmsgstr \"\"\n",
       "bad.po:1:7: error: unterminated string near '\"abc'"},
      {"unterminated at end of file", "msgid \"a\"\nmsgstr \"b",
       "bad.po:2:8: error: unterminated string near '\"b'"},
      {"backslash before end of line", "msgid \"a\\\nmsgstr \"\"\n",
       "bad.po:1:7: error: unterminated string near '\"a\\'"},
      {"bad escape", "msgid \"a\"\nmsgstr \"b\\qc\"\n",
       "bad.po:2:10: error: invalid escape sequence near '\\q'"},
      {"bad escape, non-ASCII", "msgid \"a\"\nmsgstr \"\\é\"\n",
       "bad.po:2:9: error: invalid escape sequence near '\\é'"},
      {"hex escape without digits", "msgid \"\\xg\"\nmsgstr \"\"\n",
       "bad.po:1:8: error: '\\x' needs at least one hex digit near '\\x'"},
      {"unknown keyword", "msgid \"a\"\nmsgstring \"b\"\n",
       "bad.po:2:1: error: unknown keyword 'msgstring'"},
      {"domain inside an entry", "msgid \"a\"\ndomain \"x\"\nmsgstr \"\"\n",
       "bad.po:2:1: error: 'domain' inside an entry, before its 'msgstr'"},
      {"domain without a name", "domain\nmsgid \"a\"\nmsgstr \"\"\n",
       "bad.po:1:1: error: 'domain' is not followed by a string"},
      {"unexpected character", "msgid \"a\"\nmsgstr 'b'\n",
       "bad.po:2:8: error: unexpected character near ''b''"},
      {"msgstr before msgid", "msgstr \"b\"\nmsgid \"a\"\n",
       "bad.po:1:1: error: 'msgstr' without a preceding 'msgid'"},
      {"msgctxt after msgid", "msgid \"a\"\nmsgctxt \"c\"\nmsgstr \"b\"\n",
       "bad.po:2:1: error: 'msgctxt' must come before 'msgid'"},
      {"msgid_plural after msgstr", "msgid \"a\"\nmsgstr \"b\"\nmsgid_plural \"as\"\n",
       "bad.po:3:1: error: 'msgid_plural' must directly follow 'msgid'"},
      {"two msgids", "msgid \"a\"\nmsgid \"b\"\nmsgstr \"\"\n",
       "bad.po:2:1: error: 'msgid' follows a 'msgid' that has no 'msgstr'"},
      {"missing msgstr at end", "msgid \"\"\nmsgstr \"\"\n\nmsgid \"a\"\n",
       "bad.po:4:1: error: entry ends without 'msgstr'"},
      {"keyword without string", "msgid \"a\"\nmsgstr\n\nmsgid \"b\"\nmsgstr \"\"\n",
       "bad.po:2:1: error: 'msgstr' is not followed by a string"},
      {"keyword without string at end", "msgid \"a\"\nmsgstr\n",
       "bad.po:2:1: error: 'msgstr' is not followed by a string"},
      {"string without keyword", "\"a\"\nmsgid \"a\"\nmsgstr \"\"\n",
       "bad.po:1:1: error: string without a keyword before it"},
      {"comment inside entry", "msgid \"a\"\n# note\nmsgstr \"b\"\n",
       "bad.po:2:1: error: comment inside an entry, before its 'msgstr'"},
      {"second msgstr", "msgid \"a\"\nmsgstr \"b\"\nmsgstr \"c\"\n",
       "bad.po:3:1: error: second 'msgstr' in one entry"},
      {"msgstr[N] without msgid_plural", "msgid \"a\"\nmsgstr[0] \"b\"\n",
       "bad.po:2:1: error: 'msgstr[0]' without 'msgid_plural'; a singular message takes 'msgstr'"},
      {"plain msgstr with msgid_plural", "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr \"b\"\n",
       "bad.po:3:1: error: a message with 'msgid_plural' takes 'msgstr[0]', not 'msgstr'"},
      {"plural starting at 1", "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[1] \"b\"\n",
       "bad.po:3:1: error: 'msgstr[1]' comes first; expected 'msgstr[0]'"},
      {"msgstr[N] gap", "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"b\"\nmsgstr[2] \"c\"\n",
       "bad.po:4:1: error: 'msgstr[2]' follows 'msgstr[0]'; expected 'msgstr[1]'"},
      {"msgstr[N] repeated", "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"b\"\nmsgstr[1] \"c\"\nmsgstr[1] \"d\"\n",
       "bad.po:5:1: error: second 'msgstr[1]' in one entry"},
      {"msgstr index not a number", "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[x] \"b\"\n",
       "bad.po:3:1: error: expected 'msgstr[N]' with a number N near 'msgstr[x] \"b\"'"},
      {"duplicate message", "msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"a\"\nmsgstr \"c\"\n",
       "bad.po:4:1: error: duplicate message definition; the first one is at line 1"},
      {"duplicate with context", "msgctxt \"x\"\nmsgid \"a\"\nmsgstr \"\"\n\nmsgctxt \"x\"\nmsgid \"a\"\nmsgstr \"\"\n",
       "bad.po:6:1: error: duplicate message definition; the first one is at line 2"},
      {"duplicate of an obsolete entry", "msgid \"a\"\nmsgstr \"b\"\n\n#~ msgid \"a\"\n#~ msgstr \"c\"\n",
       "bad.po:4:4: error: duplicate message definition; the first one is at line 1"},
      {"obsolete mixed with live", "#~ msgid \"a\"\nmsgstr \"b\"\n",
       "bad.po:2:1: error: inconsistent use of '#~': part of the entry is obsolete, part is not"},
      {"live string in obsolete entry", "#~ msgid \"a\"\n\"b\"\n#~ msgstr \"c\"\n",
       "bad.po:2:1: error: inconsistent use of '#~': part of the entry is obsolete, part is not"},
      {"previous msgstr", "#| msgstr \"x\"\nmsgid \"a\"\nmsgstr \"\"\n",
       "bad.po:1:4: error: '#| msgstr' is not allowed; '#|' lines hold only the previous msgctxt, msgid and msgid_plural"},
      {"previous msgctxt after previous msgid", "#| msgid \"x\"\n#| msgctxt \"c\"\nmsgid \"a\"\nmsgstr \"\"\n",
       "bad.po:2:4: error: '#| msgctxt' must come before '#| msgid'"},
      {"previous inside entry", "msgid \"a\"\n#| msgid \"x\"\nmsgstr \"\"\n",
       "bad.po:2:4: error: '#|' line inside an entry, before its 'msgstr'"},
      {"previous string without keyword", "#| \"x\"\nmsgid \"a\"\nmsgstr \"\"\n",
       "bad.po:1:4: error: string on a '#|' line without a keyword"},
      {"invalid UTF-8", "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"caf\xE9\"\nmsgstr \"\"\n",
       "bad.po:4:11: error: invalid UTF-8 in a catalog whose charset is UTF-8 near '0xE9'"},
      {"invalid UTF-8 in a template", "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=CHARSET\\n\"\n\n# \xC0\xAF\nmsgid \"a\"\nmsgstr \"\"\n",
       "bad.po:4:3: error: invalid UTF-8 in a catalog whose charset is CHARSET near '0xC0'"},
      {"invalid in declared charset", "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=EUC-JP\\n\"\n\nmsgid \"a\"\nmsgstr \"\xA4\"\n",
       "bad.po:5:9: error: byte sequence is not valid EUC-JP near '0xA4'"},
    };
}

}  // namespace xloc::test
