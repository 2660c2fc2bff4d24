#include "catalog/line_break.h"

#include <unicode/uchar.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>

#include "base/utf8.h"

namespace xloc {
namespace {

// Line breaking classes after resolution (UAX #14 LB1, gettext's choice
// for non-CJK text: AI, SA, XX, SG -> AL; CB -> ID; CJ -> NS). OPW is an
// East Asian wide or fullwidth OP, which LB30 treats differently.
enum Cls : uint8_t {
  OP, OPW, CL, CP, QU, GL, NS, EX, SY, IS, PR, PO, NU, AL, HL, ID, IN, HY, BA, BB, B2,
  ZW, CM, WJ, H2, H3, JL, JV, JT, RI, EB, EM, ZWJ, SP, BK, kClassCount
};

using ClassSet = uint64_t;
constexpr ClassSet set(std::initializer_list<Cls> classes) {
  ClassSet s = 0;
  for (Cls c : classes) s |= ClassSet{1} << c;
  return s;
}
constexpr ClassSet kAll = (ClassSet{1} << kClassCount) - 1;

// The "×" (do not break) rules of UAX #14 between two classes, in rule
// order. `after_spaces` says the rule holds across intervening spaces
// ("A SP* × B", or "× B" ranked before LB18 "SP ÷").
struct PairRule {
  const char* id;
  ClassSet before;
  ClassSet after;
  bool after_spaces;
};

constexpr PairRule kRules[] = {
    {"LB11", kAll, set({WJ}), true},
    {"LB11", set({WJ}), kAll, false},
    {"LB12", set({GL}), kAll, false},
    {"LB12a", kAll & ~set({BA, HY}), set({GL}), false},
    {"LB13", kAll, set({CL, CP, EX, IS, SY}), true},
    {"LB14", set({OP, OPW}), kAll, true},
    {"LB15", set({QU}), set({OP, OPW}), true},
    {"LB16", set({CL}), set({NS}), true},  // gettext: not after CP
    {"LB17", set({B2}), set({B2}), true},
    {"LB19", kAll, set({QU}), false},
    {"LB19", set({QU}), kAll, false},
    {"LB21", kAll, set({BA, HY, NS}), false},
    {"LB21", set({BB}), kAll, false},
    {"LB21b", set({SY}), set({HL}), false},
    {"LB22", kAll, set({IN}), false},
    {"LB23", set({AL, HL}), set({NU}), false},
    {"LB23", set({NU}), set({AL, HL}), false},
    {"LB23a", set({PR}), set({ID, EB, EM}), false},
    {"LB23a", set({ID, EB, EM}), set({PO}), false},
    {"LB24", set({PR, PO}), set({AL, HL}), false},
    {"LB24", set({AL, HL}), set({PR, PO}), false},
    {"LB25", set({CL, CP, NU}), set({PO, PR}), false},
    {"LB25", set({PO, PR}), set({OP, OPW, NU}), false},
    {"LB25", set({HY, IS, NU, SY}), set({NU}), false},
    {"LB26", set({JL}), set({JL, JV, H2, H3}), false},
    {"LB26", set({JV, H2}), set({JV, JT}), false},
    {"LB26", set({JT, H3}), set({JT}), false},
    {"LB27", set({JL, JV, JT, H2, H3}), set({PO}), false},
    {"LB27", set({PR}), set({JL, JV, JT, H2, H3}), false},
    {"LB28", set({AL, HL}), set({AL, HL}), false},
    // LB29 (IS × AL) is not applied: gettext breaks "www.example." + "org".
    {"LB30", set({AL, HL, NU}), set({OP}), false},
    {"LB30", set({CP}), set({AL, HL, NU}), false},
    {"LB30a", set({RI}), set({RI}), false},
    {"LB30b", set({EB}), set({EM}), false},
};

// What happens between a character of class `before` and one of class
// `after`: kDirect = break even when adjacent, kIndirect = break only if
// spaces come between, kNever = never break.
enum Pair : uint8_t { kDirect, kIndirect, kNever };

struct PairTable {
  Pair cell[kClassCount][kClassCount];
};

PairTable build_pair_table() {
  PairTable t{};
  for (int b = 0; b < kClassCount; ++b) {
    for (int a = 0; a < kClassCount; ++a) {
      bool direct = true, spaced = true;
      for (const PairRule& r : kRules) {
        if (!((r.before >> b) & 1) || !((r.after >> a) & 1)) continue;
        direct = false;
        if (r.after_spaces) spaced = false;
      }
      t.cell[b][a] = direct ? kDirect : spaced ? kIndirect : kNever;
    }
  }
  return t;
}

const PairTable& pair_table() {
  static const PairTable table = build_pair_table();
  return table;
}

Cls resolve(int icu_class) {
  switch (icu_class) {
    case U_LB_OPEN_PUNCTUATION: return OP;  // OPW is told apart in line_break_class()
    case U_LB_CLOSE_PUNCTUATION: return CL;
    case U_LB_CLOSE_PARENTHESIS: return CP;
    case U_LB_QUOTATION: return QU;
    case U_LB_GLUE: return GL;
    case U_LB_NONSTARTER:
    case U_LB_CONDITIONAL_JAPANESE_STARTER: return NS;
    case U_LB_EXCLAMATION: return EX;
    case U_LB_BREAK_SYMBOLS: return SY;
    case U_LB_INFIX_NUMERIC: return IS;
    case U_LB_PREFIX_NUMERIC: return PR;
    case U_LB_POSTFIX_NUMERIC: return PO;
    case U_LB_NUMERIC: return NU;
    case U_LB_HEBREW_LETTER: return HL;
    case U_LB_IDEOGRAPHIC:
    case U_LB_CONTINGENT_BREAK: return ID;
    case U_LB_INSEPARABLE: return IN;
    case U_LB_HYPHEN: return HY;
    case U_LB_BREAK_AFTER: return BA;
    case U_LB_BREAK_BEFORE: return BB;
    case U_LB_BREAK_BOTH: return B2;
    case U_LB_ZWSPACE: return ZW;
    case U_LB_COMBINING_MARK: return CM;
    case U_LB_WORD_JOINER: return WJ;
    case U_LB_H2: return H2;
    case U_LB_H3: return H3;
    case U_LB_JL: return JL;
    case U_LB_JV: return JV;
    case U_LB_JT: return JT;
    case U_LB_REGIONAL_INDICATOR: return RI;
    case U_LB_E_BASE: return EB;
    case U_LB_E_MODIFIER: return EM;
    case U_LB_ZWJ: return ZWJ;
    case U_LB_SPACE: return SP;
    case U_LB_MANDATORY_BREAK:
    case U_LB_CARRIAGE_RETURN:
    case U_LB_LINE_FEED:
    case U_LB_NEXT_LINE: return BK;
    default: return AL;  // AL, AI, SA, SG, XX
  }
}

struct AsciiClasses {
  std::array<Cls, 128> cls;
  AsciiClasses() {
    for (char32_t c = 0; c < 128; ++c) cls[c] = resolve(u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_LINE_BREAK));
  }
};

Cls line_break_class(char32_t c) {
  static const AsciiClasses ascii;
  if (c < 128) return ascii.cls[c];
  const Cls cls = resolve(u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_LINE_BREAK));
  if (cls == OP) {
    const int eaw = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
    if (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH || eaw == U_EA_HALFWIDTH) return OPW;
  }
  return cls;
}

// The ASCII cases of next_code_point() and display_width(), inline: PO
// strings are mostly ASCII, and the writer calls these once per byte.
inline char32_t next_char(std::string_view s, size_t& pos) {
  const auto b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) {
    ++pos;
    return b;
  }
  return next_code_point(s, pos);
}

int display_width_slow(char32_t c);

inline int width_of(char32_t c) { return c >= 0x20 && c < 0x7F ? 1 : display_width_slow(c); }

}  // namespace

int display_width(char32_t c) { return width_of(c); }

namespace {

int display_width_slow(char32_t c) {
  if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return c == 0 ? 0 : -1;
  if (c < 0x300) return c == 0xAD ? 0 : 1;  // the soft hyphen is a format character
  const auto category = static_cast<UCharCategory>(u_charType(static_cast<UChar32>(c)));
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) return 0;
  // Hangul medial vowels and final consonants join the preceding syllable.
  if ((c >= 0x1160 && c <= 0x11FF) || (c >= 0xD7B0 && c <= 0xD7FF)) return 0;
  const int eaw = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
  if (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) return 2;
  return 1;
}

}  // namespace

void possible_line_breaks(std::string_view s, char* p) {
  if (s.empty()) return;
  const PairTable& table = pair_table();
  std::memset(p, kBreakProhibited, s.size());
  Cls last = BK;            // class of the last non-space character
  bool hebrew_hyphen = false;  // `last` is HY or BA right after HL (LB21a)
  bool previous_was_zwj = false;
  char* seen_space = nullptr;   // the latest space after `last`
  size_t pos = 0;
  while (pos < s.size()) {
    const size_t start = pos;
    const char32_t c = next_code_point(s, pos);
    Cls cls = line_break_class(c);
    char* here = p + start;
    if (cls == BK || cls == SP || cls == ZW) previous_was_zwj = false;
    if (cls == BK) {
      *here = kBreakMandatory;
      last = BK;
      hebrew_hyphen = false;
      seen_space = nullptr;
      continue;
    }
    if (cls == SP) {
      // Never break before a space; remember that spaces were seen.
      seen_space = here;
      continue;
    }
    if (cls == ZW) {
      hebrew_hyphen = false;
      last = ZW;
      seen_space = nullptr;
      continue;
    }
    if (cls == CM || cls == ZWJ) {
      if (last == ZW) {  // a break after ZW (LB8), then the mark is a letter
        *here = kBreakPossible;
        last = AL;
        previous_was_zwj = cls == ZWJ;
        seen_space = nullptr;
        continue;
      }
      // A mark joins its base (LB9); with no base before it, at the start
      // or after a space, it counts as a letter (LB10), which gettext may
      // put on a new line whatever came before the spaces.
      const bool after_zwj = previous_was_zwj;
      previous_was_zwj = cls == ZWJ;
      if (last == BK) {
        last = AL;
        seen_space = nullptr;
        continue;
      }
      if (seen_space == nullptr) continue;
      *here = after_zwj ? kBreakProhibited : kBreakPossible;
      hebrew_hyphen = false;
      last = AL;
      seen_space = nullptr;
      continue;
    }
    if (previous_was_zwj) {
      // LB8a: never break right after a zero width joiner.
      previous_was_zwj = false;
      hebrew_hyphen = false;
      last = cls;
      seen_space = nullptr;
      continue;
    }
    if (last == BK) {
      *here = kBreakProhibited;
    } else if (hebrew_hyphen && !seen_space) {
      *here = kBreakProhibited;  // LB21a: a Hebrew word keeps its maqaf and what follows
    } else if (last == ZW) {
      *here = kBreakPossible;
    } else {
      switch (table.cell[last][cls]) {
        case kDirect: *here = kBreakPossible; break;
        case kIndirect: *here = seen_space ? kBreakPossible : kBreakProhibited; break;
        case kNever: *here = kBreakProhibited; break;
      }
    }
    hebrew_hyphen = last == HL && (cls == HY || cls == BA) && !seen_space;
    last = cls;
    seen_space = nullptr;
  }
}

int width_line_breaks(std::string_view s, int width, int start_column, const char* o, char* p) {
  possible_line_breaks(s, p);
  char* last_p = nullptr;
  int last_column = start_column;
  int piece_width = 0;
  size_t pos = 0;
  while (pos < s.size()) {
    const size_t start = pos;
    const char32_t c = next_char(s, pos);
    char* here = p + start;
    if (o && o[start] != kBreakUndefined) *here = o[start];
    if (*here == kBreakPossible || *here == kBreakMandatory) {
      // A piece that cannot be broken ends here; if it overflows, break
      // before it.
      if (last_p && last_column + piece_width > width) {
        *last_p = kBreakPossible;
        last_column = 0;
      }
    }
    if (*here == kBreakMandatory) {
      last_p = nullptr;
      last_column = 0;
      piece_width = 0;
    } else {
      if (*here == kBreakPossible) {
        last_p = here;
        last_column += piece_width;
        piece_width = 0;
      }
      *here = kBreakProhibited;
      const int w = width_of(c);
      if (w > 0) piece_width += w;
    }
    for (size_t k = start + 1; k < pos; ++k) p[k] = kBreakProhibited;
  }
  if (last_p && last_column + piece_width > width) {
    *last_p = kBreakPossible;
    last_column = 0;
  }
  return last_column + piece_width;
}

}  // namespace xloc
