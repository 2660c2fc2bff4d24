#!/usr/bin/env python3
"""Generate a synthetic catalog pair for merge benchmarks.

  gen_merge_catalogs.py --messages 10000 --edit-percent 10 --out DIR

writes DIR/old.po (N translated messages: sentences of 4-30 pseudo-words
drawn with a Zipf-like law from a 5,000-word vocabulary, so trigram
statistics look like prose) and DIR/new.pot (the same msgids, in the same
order, with EDIT% of them edited: one word replaced, inserted or deleted).
Deterministic for a given --seed.
"""
import argparse
import os
import random

CONSONANTS = "bcdfghjklmnprstvwz"
VOWELS = "aeiou"


def make_vocabulary(rng, size):
    words = set()
    while len(words) < size:
        syllables = rng.choice([1, 2, 2, 3, 3, 4])
        words.add("".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(syllables)))
    words = sorted(words)
    rng.shuffle(words)
    return words


def po_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, required=True)
    ap.add_argument("--edit-percent", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    vocab = make_vocabulary(rng, 5000)
    weights = [1.0 / (rank + 1) for rank in range(len(vocab))]

    def sentence():
        n = rng.randint(4, 30)
        words = rng.choices(vocab, weights, k=n)
        return " ".join(words).capitalize() + "."

    msgids, seen = [], set()
    while len(msgids) < args.messages:
        s = sentence()
        if s not in seen:
            seen.add(s)
            msgids.append(s)

    edited = list(msgids)
    for i in rng.sample(range(len(msgids)), int(len(msgids) * args.edit_percent / 100)):
        words = edited[i].rstrip(".").split(" ")
        op = rng.choice(["replace", "insert", "delete"]) if len(words) > 4 else "insert"
        k = rng.randrange(len(words))
        if op == "replace":
            words[k] = rng.choice(vocab)
        elif op == "insert":
            words.insert(k, rng.choice(vocab))
        else:
            del words[k]
        candidate = " ".join(words).capitalize() + "."
        if candidate not in seen:
            seen.add(candidate)
            edited[i] = candidate

    os.makedirs(args.out, exist_ok=True)
    header = ('msgid ""\nmsgstr ""\n"Project-Id-Version: bench\\n"\n"POT-Creation-Date: 2026-11-25 12:00+0000\\n"\n'
              '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n')
    with open(os.path.join(args.out, "old.po"), "w", encoding="utf-8") as po:
        po.write(header + '"Language: de\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n')
        for i, m in enumerate(msgids):
            po.write(f"#: bench.xml:{i + 1}\nmsgid {po_string(m)}\nmsgstr {po_string(m.upper())}\n\n")
    with open(os.path.join(args.out, "new.pot"), "w", encoding="utf-8") as pot:
        pot.write(header + "\n")
        for i, m in enumerate(edited):
            pot.write(f"#: bench.xml:{i + 1}\nmsgid {po_string(m)}\nmsgstr \"\"\n\n")


if __name__ == "__main__":
    main()
