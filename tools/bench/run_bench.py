#!/usr/bin/env python3
"""xloc against the peer tools, side by side in one run (called by run.sh).

For each corpus size (gnome-help scaled xN by scale_corpus.py, German):
  extract  xloc extract       | itstool -o | xgettext --its=xloc's mallard.its
  export   xloc release (1 locale: extract+merge+check+export of every page)
                              | itstool -m de.mo (export only; .mo made beforehand)
  update   xloc update        | msgmerge --previous           (10% msgids edited)
  update   xloc update --no-fuzzy | msgmerge --previous --no-fuzzy-matching
  check    xloc check         | msgfmt -c | pofilter
Each command runs once under `/usr/bin/time -v timeout 180` (peak RSS, and
whether it finishes); if it took under --slow seconds, hyperfine then gives
the median of --runs runs. A tool that cannot finish in 180 s is `>180 s`;
one whose time at the previous size, times the size step, already exceeds
180 s is not run and recorded the same way (time grows at least linearly),
and itstool is not run past x20 (it needs ~9 GB at x50). Ratios with such a
peer are lower bounds. Prints a Markdown report (also written to --report).
"""
import argparse
import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.normpath(os.environ.get("XLOC_CORPUS", os.path.join(ROOT, "..", "shared", "corpus")))
HELP = os.path.join(CORPUS, "gnome-user-docs", "gnome-help")
MALLARD_ITS = os.path.join(ROOT, "src", "its", "rules", "mallard.its")
TIMEOUT = 180
LANG = "de"


def sh(argv, **kw):
    return subprocess.run(argv, check=True, **kw)


def prepare(work, factor, xloc):
    """Inputs for one size, made once and kept in `work`."""
    d = os.path.join(work, "x%d" % factor)
    if not os.path.exists(os.path.join(d, "ready")):
        template = os.path.join(work, "help.pot")
        if not os.path.exists(template):
            sh(["itstool", "-o", template, "C/legal.xml"] + sorted("C/" + p for p in os.listdir(os.path.join(HELP, "C"))
                                                                   if p.endswith(".page")), cwd=HELP)
        if not os.path.exists(os.path.join(d, "template-edited.pot")):  # scale_corpus.py writes it last
            shutil.rmtree(d, ignore_errors=True)
            print("  generating x%d ..." % factor, file=sys.stderr, flush=True)
            sh([sys.executable, os.path.join(HERE, "scale_corpus.py"), "--factor", str(factor), "--out", d,
                "--langs", LANG, "--template", template, "--edit-percent", "10"], stdout=subprocess.DEVNULL)
        shutil.rmtree(os.path.join(d, "gnome-user-docs"), ignore_errors=True)
        sh(["msgfmt", "-o", os.path.join(d, LANG + ".mo"), os.path.join(d, LANG, LANG + ".po")])
        # A gettext project over the same pages, for `xloc release`; the folder
        # name is the domain, which must match the catalog's Project-Id-Version.
        proj = os.path.join(d, "gnome-user-docs")
        os.makedirs(os.path.join(proj, "po"), exist_ok=True)
        os.symlink("../C", os.path.join(proj, "C"))
        os.symlink("../../%s/%s.po" % (LANG, LANG), os.path.join(proj, "po", LANG + ".po"))
        with open(os.path.join(proj, "po", "LINGUAS"), "w") as f:
            f.write(LANG + "\n")
        with open(os.path.join(proj, "po", "POTFILES.in"), "w") as f:
            f.write("\n".join(pages(d)) + "\n")
        open(os.path.join(d, "ready"), "w").close()
    return d


def pages(d):
    return ["C/legal.xml"] + sorted("C/" + p for p in os.listdir(os.path.join(d, "C")) if p.endswith(".page"))


def count_msgids(path):
    with open(path, encoding="utf-8") as f:
        return sum(1 for line in f if line.startswith("msgid ")) - 1


def mb(paths):
    return sum(os.path.getsize(p) for p in paths) / 1e6


def script(d, name, argv):
    """A shell script running argv (any length) from `d`: what hyperfine and time run."""
    path = os.path.join(d, "cmd-" + name + ".sh")
    with open(path, "w") as f:
        f.write("cd %s || exit 99\n" % shlex_quote(d))
        f.write("exec " + " ".join(shlex_quote(a) for a in argv) + "\n")
    return path


def shlex_quote(s):
    import shlex
    return shlex.quote(s)


def measure(d, name, argv, runs, slow, prepare_cmd=None):
    """(median wall s or None if >180 s, CPU s (user+sys), peak RSS MB, runs done)."""
    path = script(d, name, argv)
    if prepare_cmd:
        subprocess.run(prepare_cmd, shell=True)
    proc = subprocess.run(["/usr/bin/time", "-v", "timeout", str(TIMEOUT), "sh", path],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if proc.returncode == 124:
        return None, None, None, 1
    if proc.returncode not in (0, 1):
        sys.exit("failed (%d): %s\n%s" % (proc.returncode, " ".join(argv)[:300], proc.stderr[-2000:]))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1)) / 1024
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", proc.stderr)
    wall = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    cpu = sum(float(re.search(r"%s time \(seconds\): ([\d.]+)" % k, proc.stderr).group(1)) for k in ("User", "System"))
    if wall >= slow or runs <= 1:
        return wall, cpu, rss, 1
    out = os.path.join(d, "hf-" + name + ".json")
    hf = ["hyperfine", "-N", "-i", "--style", "none", "--runs", str(runs), "--export-json", out]
    if prepare_cmd:
        hf += ["--prepare", prepare_cmd]
    sh(hf + ["sh " + path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(out) as f:
        r = json.load(f)["results"][0]
    return r["median"], r["user"] + r["system"], rss, runs


def tasks(d, xloc):
    """(task, input msgs, input MB, [(tool, name, argv, prepare)...]) for one size; xloc first."""
    ps = pages(d)
    po = os.path.join(d, LANG, LANG + ".po")
    edited = os.path.join(d, "template-edited.pot")
    out = os.path.join(d, "out")
    os.makedirs(out, exist_ok=True)
    page_paths = [os.path.join(d, p) for p in ps]
    extract_in = (count_msgids(os.path.join(d, "template.pot")), mb(page_paths))
    po_in = (count_msgids(po), mb([po]))
    upd_in = (count_msgids(edited) + po_in[0], mb([po, edited]))
    export_in = (po_in[0], mb(page_paths + [po]))
    proj = os.path.join(d, "gnome-user-docs")
    return [
        ("extract", extract_in, [
            ("xloc", "extract-xloc", [xloc, "extract", "-o", out + "/x.pot"] + ps, None),
            ("itstool -o", "extract-itstool", ["itstool", "-o", out + "/i.pot"] + ps, None),
            ("xgettext --its", "extract-xgettext", ["xgettext", "--its=" + MALLARD_ITS, "-o", out + "/g.pot"] + ps, None),
        ]),
        ("export (1 lang, all pages)", export_in, [
            ("xloc", "export-xloc", [xloc, "release", "--project", proj, "--out", out + "/rel", "--threshold", "0",
                                     "--jobs", "1"], None),
            ("itstool -m", "export-itstool", ["itstool", "-m", os.path.join(d, LANG + ".mo"), "-o", out + "/m/"] + ps,
             "mkdir -p %s/m" % out),
        ]),
        ("update (fuzzy)", upd_in, [
            ("xloc", "update-xloc", [xloc, "update", "-o", out + "/u.po", edited, po], None),
            ("msgmerge", "update-msgmerge", ["msgmerge", "--quiet", "--previous", "-o", out + "/m.po", po, edited], None),
        ]),
        ("update (no fuzzy)", upd_in, [
            ("xloc", "updatenf-xloc", [xloc, "update", "--no-fuzzy", "-o", out + "/u.po", edited, po], None),
            ("msgmerge", "updatenf-msgmerge", ["msgmerge", "--quiet", "--previous", "--no-fuzzy-matching", "-o",
                                               out + "/m.po", po, edited], None),
        ]),
        ("check", po_in, [
            ("xloc", "check-xloc", [xloc, "check", po], None),
            ("msgfmt -c", "check-msgfmt", ["msgfmt", "-c", "-o", "/dev/null", po], None),
            ("pofilter", "check-pofilter", ["pofilter", "--progress=none", "-i", po, "-o", out + "/pf.po"], None),
        ]),
    ]


def fmt_t(t):
    if t is None:
        return ">180 s"
    return "%.3f s" % t if t < 10 else "%.1f s" % t


def fmt_ratio(r):
    return "%.1f×" % r if r >= 1 else "%.2f×" % r


def fmt_rss(r):
    return "—" if r is None else "%.0f MB" % r


def exponent(points):
    pts = [(math.log(n), math.log(t)) for n, t in points if t]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sxx if sxx else None


def version(argv):
    try:
        out = subprocess.run(argv, capture_output=True, text=True).stdout + ""
        return out.strip().splitlines()[0]
    except (OSError, IndexError):
        return "?"


def machine():
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        ram = int(f.readline().split()[1]) / 1024 / 1024
    return [
        "- Machine: %s, %d cores (`nproc`), %.0f GB RAM, %s %s" % (cpu, os.cpu_count(), ram, platform.system(),
                                                                     platform.release()),
        "- Tools: %s; %s; %s; %s; %s; %s; %s" % (
            version(["xloc", "--version"]) if shutil.which("xloc") else "xloc (this tree, release preset)",
            version(["itstool", "--version"]), version(["xgettext", "--version"]),
            version(["msgmerge", "--version"]), version(["msgfmt", "--version"]),
            "pofilter " + version(["pofilter", "--version"]), version(["hyperfine", "--version"])),
    ]


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--xloc", default=os.path.join(ROOT, "build", "release", "xloc"))
    p.add_argument("--sizes", default="1,10,100")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--slow", type=float, default=20, help="single run for commands slower than this (s)")
    p.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "xloc-bench"))
    p.add_argument("--report", help="also write the Markdown report here")
    p.add_argument("--only", default="", help="comma-separated task prefixes (extract,export,update,check)")
    args = p.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    os.makedirs(args.work, exist_ok=True)

    rows, series = [], {}  # series[(task, tool)] = [(factor, seconds)]
    prev = {}
    for factor in sizes:
        d = prepare(args.work, factor, args.xloc)
        for task, (msgs, size_mb), tools in tasks(d, args.xloc):
            if args.only and not any(task.startswith(o) for o in args.only.split(",")):
                continue
            results = []
            for tool, name, argv, prep in tools:
                last = prev.get((task, tool))
                if tool.startswith("itstool") and factor > 20:
                    t, cpu, rss, runs, note = None, None, None, 0, "not run (memory)"
                elif last and (last[1] is None or last[1] * factor / last[0] > TIMEOUT):
                    t, cpu, rss, runs, note = None, None, None, 0, "predicted"
                else:
                    print("  x%d %s: %s ..." % (factor, task, tool), file=sys.stderr, flush=True)
                    t, cpu, rss, runs = measure(d, name, argv, args.runs, args.slow, prep)
                    note = "" if t is not None else "timeout"
                prev[(task, tool)] = (factor, t if t is not None else (last[1] * factor / last[0] if last and last[1] else None))
                series.setdefault((task, tool), []).append((factor, t))
                results.append((tool, t, cpu, rss, runs, note))
            xt = results[0]
            for tool, t, cpu, rss, runs, note in results[1:]:
                if t is None:
                    bound = prev[(task, tool)][1]
                    ratio = "≥ %.0f×" % (max(TIMEOUT, bound or 0) / xt[1]) if xt[1] else "?"
                    cpu_ratio = "—"
                else:
                    ratio = fmt_ratio(t / xt[1])
                    cpu_ratio = fmt_ratio(cpu / xt[2]) if cpu and xt[2] else "—"
                rows.append("| %s | ×%d | %d msgs, %.1f MB | %s | %s%s | %s | **%s** | %s | %s | %s |" % (
                    task, factor, msgs, size_mb, tool, fmt_t(t), " (%s)" % note if note else "", fmt_t(xt[1]),
                    ratio, cpu_ratio, fmt_rss(rss), fmt_rss(xt[3])))
                print(rows[-1], file=sys.stderr, flush=True)

    lines = machine() + ["- Runs: median of %d hyperfine runs for commands under %g s, else one run; "
                         "peak RSS from `/usr/bin/time -v`; sizes ×%s of gnome-help (German catalog)." %
                         (args.runs, args.slow, ", ×".join(map(str, sizes))), "",
                         "| task | size | input | peer | peer median | xloc median | peer/xloc (wall) | peer/xloc (CPU) | peer RSS | xloc RSS |",
                         "|---|---|---|---|---:|---:|---:|---:|---:|---:|"] + rows
    lines += ["", "Growth exponent b in time ∝ size^b (least squares over the sizes that finished):", "",
              "| task | tool | exponent | times (s) |", "|---|---|---:|---|"]
    for (task, tool), pts in series.items():
        b = exponent(pts)
        lines.append("| %s | %s | %s | %s |" % (task, tool, "—" if b is None else "%.2f" % b,
                                                 ", ".join("×%d: %s" % (n, fmt_t(t)) for n, t in pts)))
    text = "\n".join(lines) + "\n"
    print(text)
    if args.report:
        with open(args.report, "w") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
