#!/usr/bin/env python3
"""A 50 MB chapter (headings, lists, tables, alerts, footnotes, links, citations and hostile HTML)
builds with the release binary within a generous time limit, without crashing, with its
hostile HTML removed; then the same chapter with one broken anchor repeated everywhere fails with
located diagnostics and leaves the previous public/ untouched.

usage: test_large_chapter.py MARROW_BINARY TEMPLATES_DIR
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile

SIZE = 50 * 1024 * 1024
LIMIT_SECONDS = 900  # a hang, not a speed target: speed lives in make bench


def write_book(root, templates, anchor):
    content = root / "content"
    content.mkdir(parents=True)
    (root / "templates").symlink_to(templates)
    (content / "book.yml").write_text("title: Large\nbibliography: refs.bib\n")
    (content / "refs.bib").write_text("@article{big, author={Large, L.}, title={Big}, journal={J}, year={2020}}\n")
    (content / "SUMMARY.md").write_text("# Summary\n\n- [Large](large.md)\n")
    with open(content / "large.md", "w") as out:
        out.write("# Large\n\n")
        written, i = 0, 0
        while written < SIZE:
            block = (
                f"## Section {i}\n\n"
                f"Intraosseous access *in children* uses the **proximal tibia** [@big]; see [the start]({anchor}).[^n{i}]\n\n"
                "<script>alert(1)</script> <img src=x onerror=alert(2)>\n\n"
                "- one\n- two\n  - nested\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> [!WARNING]\n> Check the site.\n\n"
                f"[^n{i}]: Footnote {i}.\n\n"
            )
            out.write(block)
            written += len(block)
            i += 1
    return content / "large.md"


def run(binary, root):
    return subprocess.run([binary, "build", "--root", str(root)], capture_output=True, text=True, timeout=LIMIT_SECONDS)


def main():
    binary, templates = (str(pathlib.Path(a).resolve()) for a in sys.argv[1:3])
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp) / "book"
        chapter = write_book(root, templates, "#section-0")
        result = run(binary, root)
        if result.returncode != 0:
            failures.append(f"the 50 MB chapter did not build: {result.returncode} {result.stderr[-2000:]}")
        else:
            page = (root / "public" / "large.html").read_bytes()
            if b"<script>alert" in page or b"<img src=x" in page or b"alert(" in page:
                failures.append("hostile HTML reached the page")
            if page.count(b'<h2 id="section-') < 1000:
                failures.append("the sections are missing")
            if result.stdout.count("[raw-html-removed]") + result.stderr.count("[raw-html-removed]") != 1:
                failures.append("not exactly one raw-html-removed warning for the chapter")
        before = {p: p.read_bytes() for p in (root / "public").rglob("*") if p.is_file()} if not failures else {}
        # The same chapter with a broken anchor repeated in every section: a located error, old site kept.
        text = chapter.read_text().replace("(#section-0)", "(#nowhere)")
        chapter.write_text(text)
        result = run(binary, root)
        if result.returncode == 0:
            failures.append("a broken anchor did not fail the build")
        if "content/large.md:5:75:" not in result.stderr + result.stdout or "[link-missing-anchor]" not in result.stderr + result.stdout:
            failures.append("the broken anchor is not located: " + (result.stderr + result.stdout)[:500])
        after = {p: p.read_bytes() for p in (root / "public").rglob("*") if p.is_file()}
        if before and after != before:
            failures.append("a failed build changed public/")
    for failure in failures:
        print("FAIL:", failure)
    print(f"large chapter: {'failed' if failures else 'passed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
