#!/usr/bin/env python3
"""make bench: builds the synthetic course with marrow, and the same Markdown with the floor
(Debian's cmark-gfm CLI, all chapters in one process), a second floor (bench/floor: cmark-gfm's HTML in
Marrow's page template through swift-mustache, written to files) and the peer (Debian's hugo with a minimal
layout: body, page table of contents, previous/next). The tools take turns over several rounds; medians of wall
time, CPU time and peak memory (from /usr/bin/time -v) are printed and written to bench/results.md.
Citations: the citation stage's CPU time, and a CSL-JSON library of 2,240 and 22,400 items read by
marrow and by pandoc 3's citeproc (pypandoc-binary).
Search: the size of marrow's index (public/search/) against Pagefind's over the same built HTML,
and, in headless Chromium from disk (bench/search_bench.py), the index bytes a first query loads
and the time from a keystroke to rendered results.

usage: bench.py [--chapters 2000 10000] [--runs 5]
"""
import argparse, json, os, pathlib, re, shutil, statistics, subprocess, sys, time, urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / "work"
GEN = ROOT.parent / "shared" / "bench" / "gen_corpus.py"
MARROW = ROOT / ".build" / "release" / "marrow"
FLOOR = ROOT / ".build" / "release" / "marrow-floor"

SEARCH_QUERIES = ["intraosseous", "tibia needle", "comp", "intraoseous", "sepsis shock infant"]

HUGO_LAYOUT = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>
<nav>{{ .TableOfContents }}</nav><main>{{ .Content }}</main>
<nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></body></html>
"""


def timed(cmd, cwd=None):
    """Runs cmd under /usr/bin/time -v; returns (wall s, cpu s, peak RSS MB). The page cache is
    written back first (untimed): otherwise a tool that truncates and rewrites its output files
    in place waits for the previous run's pages still being written back (Hugo's wall time went
    from 0.5 s to 2.4 s on back-to-back runs, with the same CPU time)."""
    subprocess.run(["sync"], check=True)
    proc = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd[:6])} ...\n{proc.stderr[-1500:]}")
    out = proc.stderr
    def field(name):
        return re.search(re.escape(name) + r":\s*(.+)", out).group(1).strip()
    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
    seconds = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    rss = int(field("Maximum resident set size (kbytes)")) / 1024
    return seconds, cpu, rss


def size(path):
    return sum(f.stat().st_size for f in pathlib.Path(path).rglob("*") if f.is_file())


def corpus(chapters):
    base = WORK / f"c{chapters}"
    if not (base / "content" / "SUMMARY.md").exists():
        shutil.rmtree(base, ignore_errors=True)
        subprocess.run([sys.executable, str(GEN), str(base), "--chapters", str(chapters)], check=True,
                       stdout=subprocess.DEVNULL)
        (base / "content" / "book.yml").write_text("title: Bench\nbibliography: references.bib\n")
        os.symlink(ROOT / "templates", base / "templates")
        # The peer gets the same Markdown as a Hugo site.
        hugo = base / "hugo"
        shutil.copytree(base / "content", hugo / "content", ignore=shutil.ignore_patterns("*.bib", "*.yml", "SUMMARY.md"))
        (hugo / "layouts" / "_default").mkdir(parents=True)
        (hugo / "layouts" / "_default" / "single.html").write_text(HUGO_LAYOUT)
        (hugo / "layouts" / "_default" / "list.html").write_text(HUGO_LAYOUT)
        (hugo / "config.toml").write_text('baseURL = "/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n'
                                          '[markup.goldmark.renderer]\nunsafe = false\n')
    return base


def measure(chapters, runs):
    base = corpus(chapters)
    files = sorted(str(p) for p in (base / "content").rglob("*.md") if p.name != "SUMMARY.md")
    md_bytes = sum(os.path.getsize(f) for f in files)
    # The tools take turns, one run each per round, so that a change in the shared machine's speed
    # during the run (it is often larger than a round of optimisation) falls on every tool alike
    # rather than on whichever ran last; medians over the rounds. The rebuild rows need a
    # previous output to rebuild over, made first and untimed.
    def marrow_build():
        return timed([str(MARROW), "build", "--root", str(base)])
    # A rebuild hard-links the pages that did not change from the site it replaces (as Hugo
    # overwrites its output folder in place); this row removes public/ first, untimed, so that
    # every page is written anew.
    def clean_build():
        shutil.rmtree(base / "public", ignore_errors=True)
        return marrow_build()
    def cmark():
        return timed(["sh", "-c", 'cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e tasklist '
                      '-e footnotes "$@" > /dev/null', "cmark"] + files)
    # The second floor (bench/floor/main.swift): cmark-gfm's own HTML inside Marrow's page template
    # through swift-mustache, written to files on both cores; nothing else. Its output is removed
    # first, untimed, like the clean rows.
    def floor():
        shutil.rmtree(base / "floor-public", ignore_errors=True)
        return timed([str(FLOOR), str(base / "content"), str(ROOT / "Sources/MarrowKit/Theme/default"), str(base / "floor-public")])
    hugo = ["hugo", "--quiet", "-s", str(base / "hugo"), "-d", str(base / "hugo-public")]
    def hugo_build():
        return timed(hugo)
    def clean_hugo():
        shutil.rmtree(base / "hugo-public", ignore_errors=True)
        return timed(hugo)
    tools = [("marrow", marrow_build), ("marrow, public/ removed first", clean_build), ("cmark-gfm", cmark),
             ("cmark-gfm + swift-mustache floor", floor), ("hugo", hugo_build), ("hugo, output removed first", clean_hugo)]
    marrow_build()
    hugo_build()
    results = {name: [] for name, _ in tools}
    for _ in range(runs):
        for name, run in tools:
            results[name].append(run())
    med = {k: tuple(statistics.median(r[i] for r in v) for i in range(3)) for k, v in results.items()}
    return {"chapters": chapters, "md": md_bytes, "out": size(base / "public"), "med": med, "search": search(base)}


def search(base):
    """Index sizes (marrow, Pagefind) and the browser figures for SEARCH_QUERIES."""
    pagefind = base / "pagefind"
    shutil.rmtree(pagefind, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(base / "public"), "--output-path", str(pagefind)],
                   check=True, stdout=subprocess.DEVNULL)
    # Pagefind's index proper: word index, page fragments and metadata (not its UI scripts and wasm).
    pf_index = sum(f.stat().st_size for f in pagefind.rglob("*")
                   if f.is_file() and (f.parent.name in ("index", "fragment", "filter") or f.suffix == ".pf_meta"))
    browser = subprocess.run(["/usr/bin/python3", str(ROOT / "bench" / "search_bench.py"), str(base / "public")] + SEARCH_QUERIES,
                             check=True, capture_output=True, text=True)
    return {"index": size(base / "public" / "search"), "pagefind": pf_index, "pagefind_all": size(pagefind),
            "queries": json.loads(browser.stdout)}


def serve_latency(chapters, saves=20):
    """marrow serve on the corpus: appends a unique word to one chapter, times until GET of its
    page returns it; returns the per-save latencies in ms (the corpus chapter is restored)."""
    base = corpus(chapters)
    chapter = base / "content" / "part00" / "ch0005.md"
    original = chapter.read_bytes()
    proc = subprocess.Popen([str(MARROW), "serve", "--root", str(base), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = proc.stdout.readline()
        url = re.search(r"(http://\S+)", line).group(1) + "part00/ch0005.html"
        latencies = []
        for i in range(saves):
            word = f"servebench{os.getpid()}x{i}"
            start = time.perf_counter()
            chapter.write_bytes(original + f"\n{word}\n".encode())
            while True:
                with urllib.request.urlopen(url) as response:
                    if word.encode() in response.read():
                        break
            latencies.append((time.perf_counter() - start) * 1000)
            time.sleep(0.2)
        return latencies
    finally:
        proc.terminate()
        proc.wait()
        chapter.write_bytes(original)


def citation_stage(base, runs=3):
    """The citation stage's CPU ms in `marrow build --timings` (median of runs), and the whole build's."""
    stage, total = [], []
    out = WORK / "citations-out"
    for _ in range(runs):
        proc = subprocess.run([str(MARROW), "build", "--timings", "--output", str(out)], cwd=base,
                              capture_output=True, text=True, check=True)
        cpus = {m.group(1).strip(): float(m.group(2)) for m in re.finditer(r"^\s+(.+?)\s+[\d.]+ ms\s+\(CPU\s+([\d.]+) ms", proc.stdout + proc.stderr, re.M)}
        stage.append(cpus.get("citations", 0.0))
        total.append(sum(cpus.values()))
    shutil.rmtree(out, ignore_errors=True)
    return statistics.median(stage), statistics.median(total)


def csl_json_library(path, items):
    """A CSL-JSON library of `items` journal articles, as reference managers export them (markup in titles)."""
    rows = []
    for i in range(items):
        rows.append({"id": f"item{i}", "type": "article-journal", "title": f"Intraosseous access <i>in vivo</i> study {i}",
                     "author": [{"family": f"Author{i % 97}", "given": "Ann B."}, {"family": f"Second{i % 13}", "given": "C."}],
                     "container-title": "Journal of Tests", "volume": str(i % 40 + 1), "issue": "2", "page": f"{i}-{i + 9}",
                     "issued": {"date-parts": [[1990 + i % 30, i % 12 + 1]]}, "DOI": f"10.1000/x{i}"})
    path.write_text(json.dumps(rows, indent=2))


def csl_json_read(sizes=(2240, 22400), runs=3):
    """Reading a CSL-JSON library: marrow (a one-chapter book citing one item) against pandoc 3's citeproc on
    the same Markdown, wall seconds (median of runs), at two sizes to show how each grows."""
    pandoc = subprocess.run([sys.executable, "-c", "import pypandoc; print(pypandoc.get_pandoc_path())"],
                            capture_output=True, text=True).stdout.strip()
    out = {}
    for n in sizes:
        base = WORK / f"csljson{n}"
        (base / "content").mkdir(parents=True, exist_ok=True)
        csl_json_library(base / "content" / "refs.json", n)
        (base / "content" / "book.yml").write_text("title: T\nbibliography: refs.json\nwarn_uncited: false\n")
        (base / "content" / "SUMMARY.md").write_text("- [One](one.md)\n")
        (base / "content" / "one.md").write_text("# One\n\nA claim [@item1].\n")
        mine = statistics.median(timed([str(MARROW), "check"], cwd=base)[0] for _ in range(runs))
        theirs = None
        if pandoc:
            theirs = statistics.median(timed([pandoc, "content/one.md", "--citeproc", "--bibliography", "content/refs.json",
                                              "-o", "/dev/null"], cwd=base)[0] for _ in range(runs))
        out[n] = (mine, theirs)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chapters", type=int, nargs="+", default=[2000, 10000])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--serve-only", action="store_true", help="only the marrow serve latency")
    args = ap.parse_args()
    if not GEN.exists():
        sys.exit(f"missing {GEN}: make bench needs ../shared/bench")
    WORK.mkdir(parents=True, exist_ok=True)
    serve = serve_latency(args.chapters[0])
    serve_line = (f"marrow serve, {args.chapters[0]} chapters: save to updated page served, median of {len(serve)} saves: "
                  f"{statistics.median(serve):.0f} ms (min {min(serve):.0f}, max {max(serve):.0f}; target 100 ms).")
    print(serve_line)
    if args.serve_only:
        return
    rows = [measure(n, args.runs) for n in args.chapters]
    lines = ["| chapters | tool | wall s | CPU s | peak MB | pages/s | MB md/s |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        for tool, (wall, cpu, rss) in r["med"].items():
            lines.append(f"| {r['chapters']} | {tool} | {wall:.2f} | {cpu:.2f} | {rss:.0f} | "
                         f"{r['chapters'] / wall:.0f} | {r['md'] / 1e6 / wall:.1f} |")
    lines.append("")
    lines.append("| chapters | Markdown MB | output MB | output / Markdown | marrow/hugo wall | marrow/cmark CPU | marrow/hugo memory |")
    lines.append("|---|---|---|---|---|---|---|")
    for r in rows:
        m, c, h = r["med"]["marrow"], r["med"]["cmark-gfm"], r["med"]["hugo"]
        lines.append(f"| {r['chapters']} | {r['md'] / 1e6:.1f} | {r['out'] / 1e6:.1f} | {r['out'] / r['md']:.2f} | "
                     f"{m[0] / h[0]:.2f} | {m[1] / c[1]:.2f} | {m[2] / h[2]:.2f} |")
        k, hk = r["med"]["marrow, public/ removed first"], r["med"]["hugo, output removed first"]
        lines.append(f"| {r['chapters']}, both outputs removed first | | | | {k[0] / hk[0]:.2f} | {k[1] / c[1]:.2f} | {k[2] / hk[2]:.2f} |")
        f = r["med"]["cmark-gfm + swift-mustache floor"]
        lines.append(f"| {r['chapters']}, the floor against the same (its output removed first) | | | | {f[0] / hk[0]:.2f} | {f[1] / c[1]:.2f} | {f[2] / hk[2]:.2f} |")
    lines.append("")
    lines.append("Search index: marrow's `public/search/` against Pagefind's index, fragments and metadata "
                 "(its UI scripts and wasm, in parentheses with them) over the same built HTML.")
    lines.append("")
    lines.append("| chapters | marrow index bytes | Pagefind index bytes | marrow / Pagefind |")
    lines.append("|---|---|---|---|")
    for r in rows:
        sr = r["search"]
        lines.append(f"| {r['chapters']} | {sr['index']:,} | {sr['pagefind']:,} ({sr['pagefind_all']:,}) | {sr['index'] / sr['pagefind']:.2f} |")
    lines.append("")
    lines.append("First query on a fresh page in headless Chromium from disk: index KB loaded when typed one "
                 "character at a time (and pasted at once); ms from a keystroke to rendered results "
                 "(the box is focused 200 ms before the first keystroke, as a reader focuses it, which loads `search/meta.js`).")
    lines.append("")
    lines.append("| chapters | query | results shown | KB typed | KB pasted | first key ms | median key ms | max key ms | pasted ms |")
    lines.append("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        for q in r["search"]["queries"]:
            lines.append(f"| {r['chapters']} | {q['query']} | {q['results']} | {q['typed_bytes'] / 1024:.0f} | "
                         f"{q['pasted_bytes'] / 1024:.0f} | {q['first_keystroke_ms']:.1f} | {q['median_keystroke_ms']:.1f} | "
                         f"{q['max_keystroke_ms']:.1f} | {q['pasted_ms']:.1f} |")
    if len(rows) >= 2:
        lines.append("")
        lines.append(f"Scaling: {rows[-1]['chapters']} chapters take {rows[-1]['med']['marrow'][0] / rows[0]['med']['marrow'][0]:.2f} "
                     f"times as long as {rows[0]['chapters']} (marrow wall time).")
    lines.append("")
    stage, total = citation_stage(WORK / f"c{args.chapters[0]}")
    lines.append(f"Citation stage, {args.chapters[0]} chapters (CSL processor, book-wide AMA numbers): {stage:.0f} ms CPU of "
                 f"{total:.0f} ms for the whole build ({stage / total:.2f}), median of 3 `marrow build --timings`.")
    json_read = csl_json_read()
    lines.append("")
    lines.append("CSL-JSON library read and one citation formatted, wall s (median of 3): marrow `check` against pandoc 3's citeproc.")
    lines.append("")
    lines.append("| items | marrow s | pandoc s | marrow / pandoc |")
    lines.append("|---|---|---|---|")
    for n, (mine, theirs) in json_read.items():
        lines.append(f"| {n:,} | {mine:.2f} | {theirs:.2f} | {mine / theirs:.2f} |" if theirs else f"| {n:,} | {mine:.2f} | (no pandoc 3) | |")
    sizes = sorted(json_read)
    lines.append(f"\n{sizes[-1]:,} items take {json_read[sizes[-1]][0] / json_read[sizes[0]][0]:.1f} times as long as {sizes[0]:,} (marrow).")
    lines.append("")
    lines.append(serve_line)
    text = "\n".join(lines) + "\n"
    print(text)
    (ROOT / "bench" / "results.md").write_text("# make bench results\n\nMedians of " + str(args.runs) + " runs.\n\n" + text)


if __name__ == "__main__":
    main()
