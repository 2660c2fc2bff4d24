#!/usr/bin/env python3
"""Compare two merges of the same template into the same catalog.

  merge_agreement.py INPUT.po MSGMERGE.po XLOC.po

For template messages that had no exact match in INPUT.po, counts how often
both tools made the same decision: both left it untranslated, or both took
the translation of the same previous msgid (`#| msgid`; the translation
itself when a source had none). Disagreements where msgmerge copied a
translation with markup the new msgid lacks (which xloc refuses by design)
are counted apart; the others are printed.
A minimal PO reader: enough for gettext-written files.
"""
import ast
import re
import sys


def entries(path):
    entry, last = {}, None
    with open(path, encoding="utf-8") as f:
        for raw in list(f) + [""]:
            line = raw.rstrip("\n")
            if not line.strip():
                if entry:
                    yield entry
                entry, last = {}, None
                continue
            obsolete = line.startswith("#~")
            if obsolete:
                entry["obsolete"] = True
                line = line[2:]
                line = "#" + line if line.startswith("|") else line.lstrip()
            if line.startswith("#,"):
                entry["flags"] = [f.strip() for f in line[2:].split(",")]
            elif line.startswith("#|"):
                text = line[2:].strip()
                if text.startswith('"'):
                    entry[last] += ast.literal_eval(text)
                else:
                    key, _, rest = text.partition(" ")
                    last = "prev_" + key
                    entry[last] = ast.literal_eval(rest)
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                entry[last] += ast.literal_eval(line)
            else:
                key, _, rest = line.partition(" ")
                last = key
                entry[last] = ast.literal_eval(rest)


def key(e):
    return (e.get("msgctxt"), e.get("msgid"))


def translated(e):
    return any(v for k, v in e.items() if k.startswith("msgstr"))


def source(e):
    """What the merge gave: (previous msgid or None, translation); ("", "") if nothing."""
    if not translated(e):
        return ("", "")
    return (e.get("prev_msgid"), e.get("msgstr", e.get("msgstr[0]", "")))


def same(a, b):
    # Without a previous msgid (a fuzzy source that had none), the copied
    # translation identifies the source.
    if a[0] is None or b[0] is None:
        return a[1] == b[1]
    return a[0] == b[0]


def describe(choice):
    if not choice[1]:
        return "(untranslated)"
    return choice[0][:100] if choice[0] is not None else "(no previous msgid) " + choice[1][:60]


TAG = re.compile(r"<(/?)([A-Za-z_][-A-Za-z0-9_.:]*)[^<>]*>")


def tags(text):
    return {m.group(1) + m.group(2) for m in TAG.finditer(text)}


def main():
    before, theirs, ours = sys.argv[1:4]
    old = {key(e) for e in entries(before)}
    their = {key(e): e for e in entries(theirs) if not e.get("obsolete")}
    agree = total = by_rule = 0
    diffs = []
    for e in entries(ours):
        if e.get("obsolete") or e.get("msgid") == "" or key(e) in old:
            continue
        t = their.get(key(e))
        if t is None:
            continue
        total += 1
        mine, their_choice = source(e), source(t)
        if same(mine, their_choice):
            agree += 1
        elif not mine[1] and not tags(their_choice[1]) <= tags(e["msgid"] + e.get("msgid_plural", "")):
            by_rule += 1  # msgmerge copied markup the new msgid lacks: xloc refuses by design
        else:
            diffs.append((e["msgid"][:100], describe(mine), describe(their_choice)))
    print(f"agree {agree}/{total}; placeholder rule {by_rule}; other {len(diffs)}")
    for new, x, m in diffs:
        print(f"  new:      {new!r}\n  xloc:     {x!r}\n  msgmerge: {m!r}")


if __name__ == "__main__":
    main()
