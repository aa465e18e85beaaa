#!/usr/bin/env python3
"""Link previews as a reader meets them (issue 22): hovering, focusing or tapping a link to a
footnote, a glossary term, a figure, a table, an equation or a labelled section shows what it
leads to, like the citation popovers: inside the viewport, never widening the page, closed by
Escape, and on touch a first tap previews while a second follows the link. Checked on a fixture
book built with Marrow (targets on the same page and on others) and on the course, at 375 and
1280 px in both colour themes, opened from disk.

usage: test_previews.py MARROW_BINARY PUBLIC_DIR
"""
import pathlib
import sys
import tempfile

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from support import Checks, browser_problems, build_book, headless_chromium

check = Checks()

TERMS = """# Terms

Bolus {#bolus}
: A volume given over a short time, rather than as an infusion.

## Evidence {#sec-evidence}

Small trials, at high risk of bias, are all there is.

![The proximal tibia](site.svg){#fig-site}
"""

CHAPTER = r"""# Chapter

Give a [bolus](terms.md#bolus)[^note] and see @fig-site and @sec-evidence; then @eq-odds and @tbl-doses.

$$
\text{OR} = \frac{a/b}{c/d}
$$ {#eq-odds}

| Drug | Dose |
|---|---|
| A | 1 |

Table: Doses in this chapter {#tbl-doses}

[^note]: A note that explains the bolus.
"""

SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>'


def build_previews(marrow, root):
    files = {"book.yml": "title: Previews\n", "SUMMARY.md": "# Summary\n\n- [Chapter](chapter.md)\n- [Terms](terms.md)\n",
             "chapter.md": CHAPTER, "terms.md": TERMS, "site.svg": SVG}
    return build_book(marrow, root, files, check) / "chapter.html"


def preview(driver, link):
    return driver.execute_script("""
        var link = arguments[0], id = link.getAttribute('data-link-preview');
        var tip = id && id !== 'none' ? document.getElementById(id) : null;
        if (!tip) return null;
        var r = tip.getBoundingClientRect();
        return {shown: getComputedStyle(tip).display !== 'none', text: tip.textContent.replace(/\\s+/g, ' ').trim(),
                math: !!tip.querySelector('math'), left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                width: window.innerWidth, height: window.innerHeight, scroll: document.documentElement.scrollWidth};""", link)


def hover(driver, link):
    driver.execute_script("""
        arguments[0].scrollIntoView({block: 'center'});
        arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));""", link)


def link_to(driver, href_end):
    links = [a for a in driver.find_elements(By.CSS_SELECTOR, ".chapter-body a[href]") if (a.get_attribute("href") or "").endswith(href_end)]
    return links[0] if links else None


def main():
    marrow, public = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
    driver = headless_chromium()
    try:
        with tempfile.TemporaryDirectory(prefix="marrow-previews-") as folder:
            page = build_previews(marrow, pathlib.Path(folder)).as_uri()
            expected = {
                "terms.html#bolus": ("A volume given over a short time", False),
                "#fn-note": ("A note that explains the bolus.", False),
                "terms.html#fig-site": ("Figure 2.1", False),
                "terms.html#sec-evidence": ("Small trials, at high risk of bias", False),
                "#eq-odds": ("(1.1)", True),
                "#tbl-doses": ("Doses in this chapter", False),
            }
            for theme in ("light", "dark"):
                for width in (375, 1280):
                    where = f"{width}px {theme}"
                    driver.set_window_size(width, 812)
                    driver.get(page)
                    driver.execute_script("window.localStorage.setItem('marrow-theme', arguments[0])", theme)
                    driver.get(page)
                    for href, (text, math) in expected.items():
                        link = link_to(driver, href)
                        check(link is not None, f"{where}: a link to {href}")
                        if link is None:
                            continue
                        hover(driver, link)
                        got = preview(driver, link)
                        check(got and got["shown"] and text in got["text"], f"{where}: hovering {href} previews it ({got and got['text'][:80]})")
                        if got:
                            check(got["left"] >= 0 and got["right"] <= got["width"] and got["scroll"] <= got["width"],
                                  f"{where}: the {href} preview is inside the viewport and the page does not widen ({got})")
                            check(not math or got["math"], f"{where}: an equation's preview shows the formula")
                    # Keyboard: focus previews, Escape closes.
                    link = link_to(driver, "terms.html#bolus")
                    driver.execute_script("document.body.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));")
                    driver.execute_script("arguments[0].focus();", link)
                    got = preview(driver, link)
                    check(got and got["shown"], f"{where}: focusing the link previews it")
                    link.send_keys(Keys.ESCAPE)
                    got = preview(driver, link)
                    check(got and not got["shown"], f"{where}: Escape closes the preview")
                    check(not browser_problems(driver), f"{where}: no console error")
            # Touch: a first tap previews and stays; a second follows the link.
            driver.set_window_size(375, 812)
            driver.get(page)
            link = link_to(driver, "terms.html#bolus")
            tap = """var link = arguments[0];
                link.dispatchEvent(new PointerEvent('pointerdown', {pointerType: 'touch', bubbles: true}));
                link.click();"""
            driver.execute_script(tap, link)
            got = preview(driver, link)
            check(driver.current_url == page and got and got["shown"], "a first tap previews the term and stays on the page")
            driver.execute_script(tap, link)
            check(driver.current_url.endswith("terms.html#bolus"), f"a second tap follows the link ({driver.current_url})")

        # The course: a glossary link and a cross-reference preview their targets.
        driver.set_window_size(1280, 900)
        driver.get((public / "technique.html").as_uri())
        link = link_to(driver, "glossary.html#io")
        check(link is not None, "technique.html links to the glossary's IO entry")
        if link:
            hover(driver, link)
            got = preview(driver, link)
            check(got and got["shown"] and got["text"].startswith("Intraosseous (IO) Within a bone."), f"the course's glossary link previews the definition ({got and got['text'][:60]})")
        driver.get((public / "indications.html").as_uri())
        link = link_to(driver, "#eq-odds-ratio")
        if check(link is not None, "indications.html cross-references its equation"):
            hover(driver, link)
            got = preview(driver, link)
            check(got and got["shown"] and got["math"], "the course's equation reference previews the formula")
        check(not browser_problems(driver), "the course: no console error")
    finally:
        driver.quit()
    return check.summary("test_previews: ")


if __name__ == "__main__":
    sys.exit(main())
