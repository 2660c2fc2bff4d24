#!/usr/bin/env python3
"""Benchmark xloc extract and export against the peer tools on the corpus.

Extract: `xloc extract` vs `itstool -o` vs `xgettext --its=...` (GNU
gettext's extractor, given itstool's Mallard rules) on gnome-help (legal.xml
+ 314 pages) and on the corpus scaled xN by tools/bench/scale_corpus.py.
Export: `xloc export` vs `itstool -m` (after msgfmt) for one language, on
one page and on every page (xloc runs once per page, as its CLI takes one
source; itstool takes them all in one process).

Reports the best wall time of --runs runs and the peak resident memory of
each tool, and the ratios. Build xloc first: cmake --workflow --preset release
(or pass --xloc). Never run it alongside other heavy jobs.

  tools/bench/extract_export_bench.py [--scale 20] [--runs 3] [--lang de]
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
MALLARD_ITS = "/usr/share/itstool/its/mallard.its"


def measure(argv, cwd, runs):
    """Best wall time (s) and peak RSS (MB) of `argv` over `runs` runs."""
    best, peak = None, 0
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            sys.exit("failed: %s\n%s" % (" ".join(argv), proc.stderr.read().decode()))
        best = elapsed if best is None else min(best, elapsed)
        peak = max(peak, usage.ru_maxrss / 1024)
    return best, peak


def measure_loop(commands, cwd):
    """Total wall time and peak RSS of running `commands` one after another."""
    total, peak = 0.0, 0
    for argv in commands:
        t, m = measure(argv, cwd, 1)
        total += t
        peak = max(peak, m)
    return total, peak


def row(name, t, m, base=None):
    ratio = "" if base is None else "  %6.1fx slower than xloc" % (t / base) if t >= base else "  %6.2fx" % (t / base)
    print("  %-28s %8.3f s  %8.1f MB%s" % (name, t, m, ratio))


def bench_extract(label, help_dir, xloc, runs, tmp):
    pages = ["C/legal.xml"] + sorted("C/" + os.path.basename(p) for p in glob.glob(os.path.join(help_dir, "C", "*.page")))
    size = sum(os.path.getsize(os.path.join(help_dir, p)) for p in pages)
    print("extract, %s: %d files, %.1f MB" % (label, len(pages), size / 1e6))
    x = measure([xloc, "extract", "-o", os.path.join(tmp, "x.pot")] + pages, help_dir, runs)
    g = measure(["xgettext", "--its=" + MALLARD_ITS, "-o", os.path.join(tmp, "g.pot")] + pages, help_dir, runs)
    i = measure(["itstool", "-o", os.path.join(tmp, "i.pot")] + pages, help_dir, 1 if len(pages) > 1000 else runs)
    row("xloc extract", *x)
    row("xgettext --its", *g, base=x[0])
    row("itstool -o", *i, base=x[0])
    return {"xloc": x, "xgettext": g, "itstool": i}


def bench_export(help_dir, lang, xloc, runs, tmp):
    po = os.path.join(help_dir, lang, lang + ".po")
    mo = os.path.join(tmp, lang + ".mo")
    subprocess.run(["msgfmt", "-o", mo, po], check=True)
    pages = sorted(glob.glob(os.path.join(help_dir, "C", "*.page")))
    out = os.path.join(tmp, "out")
    os.makedirs(out, exist_ok=True)
    one = os.path.join(help_dir, "C", "shell-introduction.page")
    print("export, %s, one page (shell-introduction.page):" % lang)
    x1 = measure([xloc, "export", "--threshold", "0", "--catalog", po, "-o", os.path.join(out, "x.page"), one], help_dir, runs)
    i1 = measure(["itstool", "-m", mo, "-o", out, one], help_dir, runs)
    row("xloc export", *x1)
    row("itstool -m", *i1, base=x1[0])
    print("export, %s, all %d pages:" % (lang, len(pages)))
    xa = measure_loop([[xloc, "export", "--threshold", "0", "--catalog", po, "-o", os.path.join(out, os.path.basename(p)), p]
                       for p in pages], help_dir)
    ia = measure(["itstool", "-m", mo, "-o", out] + pages, help_dir, 1)
    row("xloc export (per page)", *xa)
    row("itstool -m (one process)", *ia, base=xa[0])


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--xloc", default=os.path.join(ROOT, "build", "release", "src", "cli", "xloc"))
    p.add_argument("--scale", type=int, default=20)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--lang", default="de")
    args = p.parse_args()
    for tool in ("itstool", "xgettext", "msgfmt"):
        if not shutil.which(tool):
            sys.exit("%s is not installed (tools/install-deps.sh)" % tool)
    if not os.path.exists(args.xloc):
        sys.exit("no xloc at %s: cmake --workflow --preset release" % args.xloc)
    help_dir = os.path.join(CORPUS, "gnome-user-docs", "gnome-help")
    with tempfile.TemporaryDirectory(prefix="xloc-bench-") as tmp:
        results = [bench_extract("corpus x1", help_dir, args.xloc, args.runs, tmp)]
        if args.scale > 1:
            scaled = os.path.join(tmp, "scaled")
            subprocess.run([sys.executable, os.path.join(HERE, "scale_corpus.py"), "--factor", str(args.scale),
                            "--out", scaled, "--langs", args.lang], check=True)
            results.append(bench_extract("corpus x%d" % args.scale, scaled, args.xloc, args.runs, tmp))
        bench_export(help_dir, args.lang, args.xloc, args.runs, tmp)
        if len(results) == 2:
            growth = results[1]["xloc"][0] / results[0]["xloc"][0]
            print("xloc extract: x%d corpus takes %.1fx the time of x1; peak memory %.1f MB -> %.1f MB"
                  % (args.scale, growth, results[0]["xloc"][1], results[1]["xloc"][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
