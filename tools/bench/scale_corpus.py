#!/usr/bin/env python3
"""Scale the shared corpus for benchmarks: N copies of every page and catalog.

Copy k (k >= 1) of a page or catalog has every ASCII word of four or more
letters enciphered with a key derived from k (a letter shift plus, for the
larger keys, a reversal), in XML text and in PO msgids/msgstrs alike, so:
  - every msgid of every copy is unique (nothing collapses in a merge),
  - word lengths, markup, placeholders and message structure stay realistic,
  - the template extracted from the scaled pages matches the scaled catalogs.
Copy 0 is the original. Markup (<...>), entity references (&...;) and PO
escapes (\\n, \\") are never touched.

  scale_corpus.py --factor 10 --out /tmp/x10                # pages + catalogs
  scale_corpus.py --factor 10 --out /tmp/x10 --edit-percent 10
      # also writes template-edited.pot: the scaled template with 10% of its
      # msgids edited (one word changed), to exercise fuzzy matching.

Layout written (mirrors gnome-user-docs/gnome-help):
  OUT/C/<page>-<k>.page, OUT/C/legal.xml, OUT/C/gnome-help.its
  OUT/<lang>/<lang>.po    (one catalog per language: the copies concatenated)
  OUT/gnumeric-de.po      (gnumeric's catalog scaled the same way)
"""
import argparse
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "corpus"))

WORD = re.compile(r"[A-Za-z]{4,}")


def cipher_word(word, key):
    shift = key % 25 + 1
    out = []
    for ch in word:
        base = ord("a") if ch.islower() else ord("A")
        out.append(chr(base + (ord(ch) - base + shift) % 26))
    word = "".join(out)
    if (key // 25) % 2 == 1:
        word = word[0] + word[1:][::-1]
    # Shift and reversal repeat every 50 keys; rotating the tail of the word
    # keeps copies 50 and up unique too (else x100 would hold ~51 copies).
    turn = (key // 50) % (len(word) - 1)
    if turn:
        word = word[0] + word[1 + turn:] + word[1:1 + turn]
    return word


def cipher_text(text, key):
    return WORD.sub(lambda m: cipher_word(m.group(0), key), text)


# Pieces of text that must not change: markup, entity refs, PO escapes.
PROTECTED = re.compile(r"<[^>]*>|&[A-Za-z0-9#]+;|\\.")


def cipher_outside_markup(text, key):
    if key == 0:
        return text
    out, last = [], 0
    for m in PROTECTED.finditer(text):
        out.append(cipher_text(text[last:m.start()], key))
        out.append(m.group(0))
        last = m.end()
    out.append(cipher_text(text[last:], key))
    return "".join(out)


def scale_page(src, dst, key):
    with open(src, encoding="utf-8") as f:
        data = f.read()
    if key:
        # Leave the prolog, comments and the ITS rules link alone; encipher
        # only character data between tags.
        data = re.sub(r"(>)([^<]+)(<)", lambda m: m.group(1) + cipher_outside_markup(m.group(2), key) + m.group(3), data)
        data = re.sub(r"(<!\[CDATA\[)(.*?)(\]\]>)", lambda m: m.group(1) + cipher_text(m.group(2), key) + m.group(3), data, flags=re.S)
        # Page ids must stay unique across copies for Mallard links.
        data = re.sub(r'(<page[^>]*\bid=")([^"]+)(")', lambda m: m.group(1) + m.group(2) + "-" + str(key) + m.group(3), data, count=1)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(data)


def po_entries(path):
    """Yields (lines) per entry of a PO file, blank-line separated."""
    with open(path, encoding="utf-8") as f:
        block = []
        for line in f:
            if line.strip() == "":
                if block:
                    yield block
                block = []
            else:
                block.append(line.rstrip("\n"))
        if block:
            yield block


def join_strings(lines):
    """Collapses each keyword's quoted continuation lines into one line."""
    out = []
    for line in lines:
        body = line[3:] if line.startswith("#~ ") else line
        if body.startswith('"') and out and re.match(r'^(#~ )?(#\| )?(msgctxt|msgid|msgid_plural|msgstr(\[\d+\])?) "', out[-1]):
            out[-1] = out[-1][:-1] + body[1:]
        else:
            out.append(line)
    return out


KEYWORD_LINE = re.compile(r'^((?:#~ )?(?:#\| )?(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) ")(.*)"$')


def transform_entry(lines, key, edit=None):
    lines = join_strings(lines)
    is_header = any(l.startswith('msgid ""') for l in lines) and not any(l.startswith("msgctxt") for l in lines)
    out = []
    for line in lines:
        m = KEYWORD_LINE.match(line)
        # Image references ("external ref='figures/x.png' md5=...") are not text.
        if m and not (is_header and key > 0) and not m.group(2).startswith("external ref="):
            text = cipher_outside_markup(m.group(2), key)
            if edit is not None and line.startswith("msgid "):
                text = edit(text)
            line = m.group(1) + text + '"'
        elif line.startswith("#:") and key:
            line = re.sub(r"(\S+)\.page:", lambda mm: mm.group(1) + "-" + str(key) + ".page:", line)
        out.append(line)
    return out


def identity(lines):
    """(obsolete?, msgctxt line, msgid line): what makes two entries duplicates."""
    keys = [l for l in lines if re.match(r'^(#~ )?(msgctxt|msgid) "', l)]
    return tuple(keys)


def only_in_first_copy(lines):
    """legal.xml and translator-credits are not replicated with the pages."""
    refs = " ".join(l[2:] for l in lines if l.startswith("#:")).split()
    if any(l.startswith('msgctxt "_"') for l in lines):
        return True
    return bool(refs) and all(r.startswith("C/legal.xml") for r in refs)


def write_unique(f, entries, factor, edit_for=None):
    """Writes every copy of every entry, skipping the ones whose text the
    cipher cannot change (no long words) after their first copy, just as
    extraction merges identical msgids into one message."""
    seen = set()
    for key in range(factor):
        for index, lines in enumerate(entries):
            is_header = re.search(r'^msgid ""\nmsgstr', "\n".join(join_strings(lines)), re.M) is not None
            if key and (is_header or only_in_first_copy(lines)):
                continue
            out = transform_entry(lines, key, edit_for(index, key) if edit_for and not is_header else None)
            ident = identity(out)
            if ident in seen:
                continue
            seen.add(ident)
            f.write("\n".join(out) + "\n\n")


def scale_catalog(src, dst, factor):
    with open(dst, "w", encoding="utf-8") as f:
        write_unique(f, list(po_entries(src)), factor)


def edit_one_word(text, rng):
    words = list(WORD.finditer(text))
    if not words:
        return text + " (updated)"
    m = rng.choice(words)
    w = m.group(0)
    return text[:m.start()] + w[:-1] + ("e" if w[-1] != "e" else "a") + text[m.end():]


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", default=DEFAULT_CORPUS)
    p.add_argument("--factor", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--langs", default="", help="comma-separated languages (default: all in LINGUAS)")
    p.add_argument("--template", help="an extracted template of the original pages to scale (and edit)")
    p.add_argument("--edit-percent", type=float, default=0)
    args = p.parse_args()

    help_dir = os.path.join(args.corpus, "gnome-user-docs", "gnome-help")
    os.makedirs(os.path.join(args.out, "C"), exist_ok=True)
    pages = sorted(n for n in os.listdir(os.path.join(help_dir, "C")) if n.endswith(".page"))
    for key in range(args.factor):
        for name in pages:
            stem = name[:-5] if key == 0 else name[:-5] + "-" + str(key)
            scale_page(os.path.join(help_dir, "C", name), os.path.join(args.out, "C", stem + ".page"), key)
    for extra in ("legal.xml", "gnome-help.its"):
        shutil.copy(os.path.join(help_dir, "C", extra), os.path.join(args.out, "C", extra))

    langs = [l for l in args.langs.split(",") if l] or open(os.path.join(help_dir, "LINGUAS")).read().split()
    for lang in langs:
        os.makedirs(os.path.join(args.out, lang), exist_ok=True)
        scale_catalog(os.path.join(help_dir, lang, lang + ".po"), os.path.join(args.out, lang, lang + ".po"), args.factor)
    scale_catalog(os.path.join(args.corpus, "gnumeric", "po", "de.po"), os.path.join(args.out, "gnumeric-de.po"), args.factor)

    if args.template:
        entries = list(po_entries(args.template))
        with open(os.path.join(args.out, "template.pot"), "w", encoding="utf-8") as plain:
            write_unique(plain, entries, args.factor)
        rng = random.Random(42)
        chosen = {(i, k) for k in range(args.factor) for i in range(len(entries))
                  if rng.random() * 100 < args.edit_percent}
        def edit_for(index, key):
            if (index, key) not in chosen:
                return None
            local = random.Random(index * 7919 + key)
            return lambda text: edit_one_word(text, local)
        with open(os.path.join(args.out, "template-edited.pot"), "w", encoding="utf-8") as edited:
            write_unique(edited, entries, args.factor, edit_for)
    return 0


if __name__ == "__main__":
    sys.exit(main())
