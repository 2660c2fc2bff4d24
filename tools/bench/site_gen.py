#!/usr/bin/env python3
"""Generate a synthetic documentation site for `xloc release` at scale.

The bundled article (content/knee-health.xml, its translator notes in
content/knee-health.its, and its catalogs po/<lang>.po) is copied N times with
scale_corpus.py's cipher: copy k has every word of four or more letters
enciphered with key k, in the XML and in the catalogs alike, so every msgid
of the site is unique and every catalog fits the site's template.

Locales: the project's own (LINGUAS), then regional variants of them
(de_AT from de, ...) until --locales are listed; a variant is its base
catalog with the Language header changed.

  site_gen.py --articles 1000 --locales 20 --out /tmp/site
  xloc release --project /tmp/site --out /tmp/site-out --jobs 2

Layout written (a gettext project, see src/release/project.h):
  OUT/content/article-<k>.xml, OUT/content/article-<k>.its
  OUT/po/POTFILES.in, OUT/po/LINGUAS, OUT/po/knee-health.pot (the bundled domain), OUT/po/<locale>.po
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import scale_corpus as sc  # noqa: E402

VARIANTS = {"de": ["de_AT", "de_CH", "de_LU"], "es": ["es_MX", "es_AR"], "fr": ["fr_CA", "fr_BE"],
            "ru": ["ru_UA"], "ar": ["ar_EG"], "pl": ["pl_PL"], "ja": ["ja_JP"], "he": ["he_IL"],
            "pt_BR": ["pt_AO"], "zh_CN": ["zh_SG"]}


def article_text(source, key):
    """The article enciphered with `key` (copy 0 is the original)."""
    data = source
    if key:
        data = re.sub(r"(>)([^<]+)(<)", lambda m: m.group(1) + sc.cipher_outside_markup(m.group(2), key) + m.group(3), data)
    return data


def rules_text(source, key):
    """The translator notes enciphered like the article (selectors untouched)."""
    if not key:
        return source
    return re.sub(r"(<its:locNote>)([^<]*)(</its:locNote>)",
                  lambda m: m.group(1) + sc.cipher_outside_markup(m.group(2), key) + m.group(3), source)


def catalog_entries(path, key):
    """Entries of one catalog copy: enciphered, references and notes renamed."""
    for lines in sc.po_entries(path):
        joined = sc.join_strings(lines)
        is_header = any(l.startswith('msgid ""') for l in joined) and not any(l.startswith("msgctxt") for l in joined)
        if key and (is_header or any(l.startswith('msgctxt "_"') for l in joined)):
            continue
        if any(l.startswith("#~") for l in joined):
            continue
        out = []
        for line in sc.transform_entry(lines, key):
            if line.startswith("#:"):
                line = line.replace("content/knee-health.xml", "content/article-%d.xml" % key)
            elif line.startswith("#.") and key:
                line = "#." + sc.cipher_outside_markup(line[2:], key)
            out.append(line)
        yield out


def write_catalog(src, dst, articles, language=None):
    seen = set()
    with open(dst, "w", encoding="utf-8") as f:
        for key in range(articles):
            for out in catalog_entries(src, key):
                if language and key == 0:
                    out = [re.sub(r'^"Language: [^\\]*\\n"$', '"Language: %s\\\\n"' % language, l) for l in out]
                ident = sc.identity(out)
                if ident in seen:
                    continue
                seen.add(ident)
                f.write("\n".join(out) + "\n\n")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--locales", type=int, default=20)
    p.add_argument("--out", required=True)
    args = p.parse_args()

    content = os.path.join(args.out, "content")
    po = os.path.join(args.out, "po")
    os.makedirs(content, exist_ok=True)
    os.makedirs(po, exist_ok=True)
    xml = open(os.path.join(ROOT, "content", "knee-health.xml"), encoding="utf-8").read()
    its = open(os.path.join(ROOT, "content", "knee-health.its"), encoding="utf-8").read()
    with open(os.path.join(po, "POTFILES.in"), "w") as potfiles:
        for key in range(args.articles):
            with open(os.path.join(content, "article-%d.xml" % key), "w", encoding="utf-8") as f:
                f.write(article_text(xml, key))
            with open(os.path.join(content, "article-%d.its" % key), "w", encoding="utf-8") as f:
                f.write(rules_text(its, key))
            potfiles.write("content/article-%d.xml\n" % key)

    base = [l for l in open(os.path.join(ROOT, "po", "LINGUAS")).read().split() if not l.startswith("#")]
    base = [l for l in base if os.path.exists(os.path.join(ROOT, "po", l + ".po"))]
    locales = [(l, l) for l in base]
    round_ = 0
    while len(locales) < args.locales:
        added = False
        for b in base:
            if round_ < len(VARIANTS.get(b, [])) and len(locales) < args.locales:
                locales.append((VARIANTS[b][round_], b))
                added = True
        if not added:
            break
        round_ += 1
    for locale, source in locales:
        write_catalog(os.path.join(ROOT, "po", source + ".po"), os.path.join(po, locale + ".po"), args.articles,
                      None if locale == source else locale)
    write_catalog(os.path.join(ROOT, "po", "knee-health.pot"), os.path.join(po, "knee-health.pot"), args.articles)
    with open(os.path.join(po, "LINGUAS"), "w") as f:
        f.write("\n".join(l for l, _ in locales) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
