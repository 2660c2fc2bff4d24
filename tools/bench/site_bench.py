#!/usr/bin/env python3
"""Time `xloc release --jobs N` on a synthetic site (site_gen.py) at 1, 2 and
all cores: wall time and peak RSS (/usr/bin/time -v), one run each, and check
peak RSS against the memory budget below (called by run.sh).

Memory budget: release keeps the sources and the fresh template for the whole
run and, per locale in flight, one catalog, its merge and its findings (its
editions go to disk as they are made). So peak RSS must stay within
  base + jobs x per_locale,  base = 4 x (sources + template bytes),
                             per_locale = 8 x (largest catalog bytes),
i.e. it grows with --jobs, never with the number of locales.

  site_bench.py [--articles 1000] [--locales 20] [--xloc build/release/xloc]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def run(argv):
    proc = subprocess.run(["/usr/bin/time", "-v"] + argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if proc.returncode not in (0, 1):
        sys.exit("failed (%d): %s\n%s" % (proc.returncode, " ".join(argv), proc.stderr[-2000:]))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1)) / 1024
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", proc.stderr)
    wall = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    return wall, rss


def tree_bytes(d, pred):
    return sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(d) for f in fs if pred(f))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--xloc", default=os.path.join(ROOT, "build", "release", "xloc"))
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--locales", type=int, default=20)
    p.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "xloc-bench"))
    p.add_argument("--html", action="store_true", help="also time --html (HTML editions) at all cores")
    args = p.parse_args()
    site = os.path.join(args.work, "site-%dx%d" % (args.articles, args.locales))
    if not os.path.exists(os.path.join(site, "ready")):
        shutil.rmtree(site, ignore_errors=True)
        print("  generating the site ...", file=sys.stderr, flush=True)
        subprocess.run([sys.executable, os.path.join(HERE, "site_gen.py"), "--articles", str(args.articles),
                        "--locales", str(args.locales), "--out", site], check=True)
        open(os.path.join(site, "ready"), "w").close()
    sources = tree_bytes(os.path.join(site, "content"), lambda f: True)
    catalogs = [os.path.join(site, "po", f) for f in os.listdir(os.path.join(site, "po")) if f.endswith(".po")]
    largest = max(os.path.getsize(c) for c in catalogs)
    template = os.path.getsize(os.path.join(site, "po", "knee-health.pot"))
    with open(os.path.join(site, "po", "knee-health.pot"), encoding="utf-8") as f:
        messages = sum(1 for l in f if l.startswith("msgid ")) - 1
    base = 4 * (sources + template) / 1e6
    per_locale = 8 * largest / 1e6
    cores = os.cpu_count()
    print("Site: %d articles x %d locales; %d messages; sources %.1f MB, catalogs %.0f MB (largest %.1f MB)."
          % (args.articles, len(catalogs), messages, sources / 1e6, sum(map(os.path.getsize, catalogs)) / 1e6,
             largest / 1e6))
    print()
    print("| --jobs | wall | peak RSS | budget | within |")
    print("|---:|---:|---:|---:|---|")
    for jobs in sorted({1, 2, cores}):
        out = os.path.join(args.work, "site-out")
        shutil.rmtree(out, ignore_errors=True)
        print("  release --jobs %d ..." % jobs, file=sys.stderr, flush=True)
        wall, rss = run([args.xloc, "release", "--project", site, "--out", out, "--threshold", "0",
                         "--jobs", str(jobs)])
        budget = base + jobs * per_locale
        print("| %d%s | %.1f s | %.0f MB | %.0f MB | %s |" % (jobs, " (all)" if jobs == cores else "", wall, rss,
                                                            budget, "yes" if rss <= budget else "NO"))
    if args.html:
        # What rendering every edition through the DocBook XSL stylesheets adds.
        timings = {}
        for flags in ([], ["--html"]):
            out = os.path.join(args.work, "site-out")
            shutil.rmtree(out, ignore_errors=True)
            print("  release %s ..." % " ".join(flags or ["(no --html)"]), file=sys.stderr, flush=True)
            timings[bool(flags)] = run([args.xloc, "release", "--project", site, "--out", out, "--threshold", "0",
                                        "--jobs", str(cores)] + flags)
        (plain, plain_rss), (html, html_rss) = timings[False], timings[True]
        print()
        print("--html at --jobs %d: %.1f s instead of %.1f s (x%.2f, +%.1f s), peak RSS %.0f MB instead of %.0f MB."
              % (cores, html, plain, html / plain, html - plain, html_rss, plain_rss))
    print()
    print("Budget = 4 x (sources + template) + jobs x 8 x largest catalog = %.0f MB + jobs x %.0f MB." % (base, per_locale))
    return 0


if __name__ == "__main__":
    sys.exit(main())
