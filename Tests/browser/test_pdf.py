#!/usr/bin/env python3
"""Checks the PDF that `make pdf` wrote from print.html: a real PDF (header, pdfinfo reads it),
one page at least per chapter, every chapter title in reading order with each chapter starting
a new page, the folded self-check answers and the formulas printed, and no browser header or footer (no file://
address, no date) on the pages.

usage: test_pdf.py BOOK_PDF PRINT_HTML
"""
import html
import pathlib
import re
import subprocess
import sys

from support import Checks

check = Checks()


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


def main():
    pdf = pathlib.Path(sys.argv[1])
    page = pathlib.Path(sys.argv[2]).read_text(encoding="utf-8")
    check(pdf.read_bytes()[:5] == b"%PDF-", f"{pdf} starts with %PDF-")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    check(info.returncode == 0, f"pdfinfo reads {pdf}: {info.stderr.strip()}")
    pages = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1)) if info.returncode == 0 else 0
    titles = [squash(html.unescape(re.sub(r"<[^>]+>", "", t)))
              for t in re.findall(r'<h2 class="print-chapter-title"[^>]*>(.*?)</h2>', page, re.S)]
    check(len(titles) >= 3, f"print.html has chapters ({len(titles)})")
    check(pages >= len(titles) + 2, f"{pages} pages for {len(titles)} chapters, a cover and the contents")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    sheets = [squash(s) for s in text.split("\f")]
    # Each chapter title opens a page (below its part's title, if it opens a part), in reading order.
    starts = []
    for title in titles:
        after = starts[-1] + 1 if starts else 2
        found = [i for i, s in enumerate(sheets) if i >= after and title in s[:len(title) + 40]]
        check(found, f"chapter '{title}' starts a page after page {after}")
        starts.append(found[0] if found else after)
    answers = re.findall(r'<summary class="callout-title">', page)
    if answers:
        body = page.split('<summary class="callout-title">', 1)[1].split("</summary>", 1)[1]
        first = squash(html.unescape(re.sub(r"<[^>]+>", "", body.split("</details>", 1)[0])))[:40]
        check(first and first in squash(text), f"a folded answer is printed ('{first}')")
    # Formulas are MathML: printed as laid-out glyphs, their numbers and equation numbers readable.
    flat = squash(text)
    for block in re.findall(r'<div class="math-display"[^>]*>(.*?)</div>', page, re.S):
        numbers = re.findall(r"<mn>([^<]+)</mn>", block.split("<annotation", 1)[0])
        check(all(n in flat for n in numbers), f"a displayed formula's numbers are printed ({numbers})")
        label = re.search(r'class="equation-number">([^<]+)<', block)
        if label:
            check(label.group(1) in flat, f"equation number {label.group(1)} is printed")
    check("file://" not in text and "print.html" not in text, "no browser header or footer on the pages")
    return check.summary(f"{pages} pages; ")


if __name__ == "__main__":
    sys.exit(main())
