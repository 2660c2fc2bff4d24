#!/usr/bin/env python3
"""Benchmark `xloc update` against `msgmerge --previous`, and report ratios.

  tools/bench/merge_bench.py [--xloc build/release/xloc] [--sizes 1000,10000,50000]
                             [--skip-ja] [--ja-factors 1,10] [--skip-corpus] [--runs 3]

Cases:
  synthetic N   gen_merge_catalogs.py: N translated messages, 10% of msgids
                edited in the template (so 10% fuzzy searches)
  ja xF         the corpus's Japanese catalog and a fresh itstool template,
                both scaled by scale_corpus.py (--ja-factors, default 1,10)
  corpus x1     all 18 gnome-help catalogs against a fresh itstool template:
                msgmerge one after the other, xloc in one call (its threads)
Each xloc time is the best of --runs; msgmerge runs once (it is slow).
Also prints the fuzzy-decision agreement on every corpus catalog
(merge_agreement.py) and the growth exponents fitted on the synthetic sizes
(least squares on log time vs log size). Build first:
  cmake --preset release && cmake --build --preset release -j2
"""
import argparse
import glob
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
HELP = os.path.join(CORPUS, "gnome-user-docs", "gnome-help")


def timed(argv, cwd=None, timeout=None):
    start = time.perf_counter()
    try:
        subprocess.run(argv, cwd=cwd, check=True, timeout=timeout, stdout=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None
    return time.perf_counter() - start


def best_of(runs, argv):
    return min(timed(argv) for _ in range(runs))


def fmt(seconds):
    return "timeout" if seconds is None else f"{seconds:.2f} s"


def ratio(slow, fast):
    return "n/a" if slow is None or not fast else f"{slow / fast:.1f}x"


def exponent(points):
    points = [(math.log(n), math.log(t)) for n, t in points if t]
    if len(points) < 2:
        return float("nan")
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    return sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)


def fresh_template(work):
    pages = sorted(glob.glob(os.path.join(HELP, "C", "*.page")))
    pot = os.path.join(work, "help.pot")
    subprocess.run(["itstool", "-o", pot, "C/legal.xml"] + [os.path.relpath(p, HELP) for p in pages],
                   cwd=HELP, check=True)
    return pot


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--xloc", default=os.path.join(ROOT, "build", "release", "xloc"))
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=1800, help="per msgmerge run, seconds")
    ap.add_argument("--skip-ja", action="store_true")
    ap.add_argument("--skip-corpus", action="store_true")
    ap.add_argument("--ja-factors", default="1,10", help="scale factors of the Japanese catalog case")
    args = ap.parse_args()
    xloc = os.path.abspath(args.xloc)
    rows = []
    work = tempfile.mkdtemp(prefix="xloc-merge-bench-")
    try:
        xs, ms = [], []
        for n in [int(s) for s in args.sizes.split(",")]:
            d = os.path.join(work, f"syn{n}")
            subprocess.run([sys.executable, os.path.join(HERE, "gen_merge_catalogs.py"), "--messages", str(n),
                            "--edit-percent", "10", "--out", d], check=True)
            t_x = best_of(args.runs, [xloc, "update", "-o", os.path.join(d, "x.po"), os.path.join(d, "new.pot"),
                                      os.path.join(d, "old.po")])
            t_m = timed(["msgmerge", "--previous", "-q", "-o", os.path.join(d, "m.po"), os.path.join(d, "old.po"),
                         os.path.join(d, "new.pot")], timeout=args.timeout)
            xs.append((n, t_x))
            ms.append((n, t_m))
            rows.append((f"synthetic {n} (10% edited)", t_m, t_x))
            print(rows[-1], flush=True)

        pot = None
        if not args.skip_ja or not args.skip_corpus:
            pot = fresh_template(work)
        for factor in ([] if args.skip_ja else [int(f) for f in args.ja_factors.split(",")]):
            d = os.path.join(work, f"ja{factor}")
            subprocess.run([sys.executable, os.path.join(HERE, "scale_corpus.py"), "--factor", str(factor), "--langs",
                            "ja", "--template", pot, "--out", d], check=True, stdout=subprocess.DEVNULL)
            tpl, po = os.path.join(d, "template.pot"), os.path.join(d, "ja", "ja.po")
            t_x = best_of(args.runs, [xloc, "update", "-o", os.path.join(d, "x.po"), tpl, po])
            t_m = timed(["msgmerge", "--previous", "-q", "-o", os.path.join(d, "m.po"), po, tpl], timeout=args.timeout)
            rows.append((f"corpus ja x{factor}", t_m, t_x))
            print(rows[-1], flush=True)

        agreement = []
        if not args.skip_corpus:
            langs = open(os.path.join(HELP, "LINGUAS")).read().split()
            d = os.path.join(work, "corpus")
            os.makedirs(d)
            copies = []
            for lang in langs:
                copies.append(os.path.join(d, f"{lang}.po"))
                shutil.copy(os.path.join(HELP, lang, f"{lang}.po"), copies[-1])
            start = time.perf_counter()
            for lang in langs:
                subprocess.run(["msgmerge", "--previous", "-q", "-o", os.path.join(d, f"{lang}.ms.po"),
                                os.path.join(HELP, lang, f"{lang}.po"), pot], check=True)
            t_m = time.perf_counter() - start
            best = None
            for _ in range(args.runs):
                for lang, copy in zip(langs, copies):
                    shutil.copy(os.path.join(HELP, lang, f"{lang}.po"), copy)
                t = timed([xloc, "update", pot] + copies)
                best = t if best is None else min(best, t)
            rows.append((f"corpus x1, all {len(langs)} catalogs", t_m, best))
            print(rows[-1], flush=True)
            for lang, copy in zip(langs, copies):
                out = subprocess.run([sys.executable, os.path.join(HERE, "merge_agreement.py"),
                                      os.path.join(HELP, lang, f"{lang}.po"), os.path.join(d, f"{lang}.ms.po"), copy],
                                     check=True, capture_output=True, text=True).stdout
                agreement.append((lang, out.splitlines()[0]))

        print("\n| case | msgmerge | xloc | ratio |\n| --- | ---: | ---: | ---: |")
        for name, t_m, t_x in rows:
            print(f"| {name} | {fmt(t_m)} | {fmt(t_x)} | {ratio(t_m, t_x)} |")
        print(f"\ngrowth exponent (synthetic sizes): xloc {exponent(xs):.2f}, msgmerge {exponent(ms):.2f}")
        if agreement:
            print("\nfuzzy-decision agreement with msgmerge (corpus, fresh template):")
            for lang, line in agreement:
                print(f"  {lang}: {line}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
