#!/usr/bin/env python3
"""Accessibility of the built site, opened from disk in headless Chromium.

axe-core (WCAG 2.0/2.1 A and AA rules) runs on every page of the site in the light and the dark
theme and must report no violation. Besides axe, it checks what axe cannot see from one page
state: the skip link comes first and leads to the main content, one h1 per page, a visible focus
ring, no sideways scrolling of the page at 320 px while wide tables scroll inside their own
keyboard-reachable box, and the print stylesheet (no navigation, answers shown, a page break
before each chapter of print.html).

axe.min.js comes from the axe-playwright-python wheel (downloaded by `make test-deps` into
build/axe/); its path can also be given with --axe.

usage: test_a11y.py PUBLIC_DIR [--axe PATH_TO_axe.min.js_OR_WHEEL]
"""
import glob
import json
import pathlib
import sys
import zipfile

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from support import Checks, headless_chromium

REPO = pathlib.Path(__file__).resolve().parents[2]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
check = Checks()


def axe_source(given):
    """The text of axe.min.js: a file, or the member of a wheel."""
    candidates = [given] if given else sorted(glob.glob(str(REPO / "build/axe/axe_playwright_python-*.whl")))
    for candidate in candidates:
        path = pathlib.Path(candidate)
        if path.suffix == ".whl":
            with zipfile.ZipFile(path) as wheel:
                for name in wheel.namelist():
                    if name.endswith("/axe.min.js"):
                        return wheel.read(name).decode("utf-8")
        elif path.is_file():
            return path.read_text(encoding="utf-8")
    sys.exit("axe.min.js not found: run `make test-deps` (it downloads the axe-playwright-python wheel into build/axe)")


def run_axe(driver, source):
    driver.execute_script(source)
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(function (r) { done({version: axe.version, violations: r.violations}); })"
        ".catch(function (e) { done({error: String(e)}); });", WCAG_TAGS)
    if "error" in result:
        return None, [{"id": "axe-error", "help": result["error"], "nodes": []}]
    return result["version"], result["violations"]


def describe(violations):
    lines = []
    for v in violations:
        lines.append(f"  {v['id']} ({v.get('impact')}): {v['help']}")
        for node in v["nodes"][:5]:
            lines.append(f"    {' '.join(node['target'])}: {node.get('failureSummary', '').splitlines()[-1:]}")
    return "\n".join(lines)


def axe_every_page(driver, public, pages, source):
    versions = set()
    for theme in ("light", "dark"):
        for page in pages:
            rel = page.relative_to(public).as_posix()
            driver.get(page.as_uri())
            # Set the theme the way the toggle does, then load the page again with it.
            driver.execute_script("window.localStorage.setItem('marrow-theme', arguments[0])", theme)
            driver.get(page.as_uri())
            check(driver.execute_script("return document.documentElement.getAttribute('data-theme')") == theme,
                  f"{rel}: the {theme} theme is applied")
            version, violations = run_axe(driver, source)
            versions.add(version)
            check(not violations, f"{rel} ({theme}): axe found {len(violations)} violation(s)\n{describe(violations)}")
    driver.execute_script("window.localStorage.removeItem('marrow-theme')")
    print("axe-core", ", ".join(sorted(v for v in versions if v)), f"on {len(pages)} pages in both themes")


def phone_menu(driver, public, pages, source):
    """The contents opened from the menu button on a 320 px screen, in both themes."""
    chapter = next(p for p in pages if p.name not in ("index.html", "toc.html", "404.html", "print.html"))
    driver.set_window_size(320, 800)
    for theme in ("light", "dark"):
        driver.get(chapter.as_uri())
        driver.execute_script("window.localStorage.setItem('marrow-theme', arguments[0])", theme)
        driver.get(chapter.as_uri())
        driver.find_element(By.CSS_SELECTOR, ".menu-button").click()
        check(driver.find_element(By.ID, "sidebar").is_displayed(), f"320 px ({theme}): the menu opens")
        _, violations = run_axe(driver, source)
        check(not violations, f"320 px menu ({theme}): axe found {len(violations)} violation(s)\n{describe(violations)}")
    driver.execute_script("window.localStorage.removeItem('marrow-theme')")
    driver.set_window_size(1280, 900)


def page_structure(driver, public, pages):
    for page in pages:
        rel = page.relative_to(public).as_posix()
        driver.get(page.as_uri())
        check(driver.execute_script("return document.documentElement.lang") != "", f"{rel}: lang is set")
        check(len(driver.find_elements(By.TAG_NAME, "h1")) == 1, f"{rel}: one h1")
        for landmark in ("header.site-header", "main#main", "footer.site-footer"):
            check(len(driver.find_elements(By.CSS_SELECTOR, landmark)) == 1, f"{rel}: has {landmark}")
        images = driver.find_elements(By.CSS_SELECTOR, "img:not([alt])")
        check(not images, f"{rel}: every image has alt text")
    # The skip link is the first thing Tab reaches; it shows, with a focus ring, and leads to main.
    chapter = next(p for p in pages if p.name not in ("index.html", "toc.html", "404.html", "print.html"))
    driver.set_window_size(1280, 900)
    driver.get(chapter.as_uri())
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    active = driver.switch_to.active_element
    check(active.get_attribute("class") == "skip-link" and active.is_displayed(), "Tab first reaches a visible skip link")
    ring = driver.execute_script("var s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]")
    check(ring[0] != "none" and ring[1] != "0px", f"the focused link has a visible outline ({ring})")
    active.send_keys(Keys.ENTER)
    check(driver.execute_script("return location.hash") == "#main", "the skip link leads to the main content")


def narrow_screens(driver, public, pages):
    driver.set_window_size(320, 800)
    for page in pages:
        rel = page.relative_to(public).as_posix()
        driver.get(page.as_uri())
        width = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        check(width[0] <= width[1], f"{rel}: no sideways scrolling of the page at 320 px ({width})")
    wide = [p for p in pages if p.name != "print.html" and "<table" in p.read_text(encoding="utf-8")]
    check(wide, "some page has a table")
    scrollers = 0
    for page in wide:
        driver.get(page.as_uri())
        for box in driver.find_elements(By.CSS_SELECTOR, ".table-wrap"):
            if driver.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", box):
                scrollers += 1
                check(box.get_attribute("tabindex") == "0" and box.get_attribute("role") == "region"
                      and box.get_attribute("aria-label"), f"{page.name}: a table that scrolls can be reached by keyboard")
    check(scrollers >= 1, "at 320 px a wide table scrolls sideways inside its box")
    driver.set_window_size(1280, 900)


def print_stylesheet(driver, public):
    book = public / "print.html"
    check(book.exists(), "print.html exists")
    if not book.exists():
        return
    driver.get(book.as_uri())
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        hidden = driver.execute_script(
            "return ['.site-header', '.skip-link', '.print-hint', '.menu-button'].map(function (s) {"
            "  var e = document.querySelector(s); return !e || getComputedStyle(e).display === 'none'; })")
        check(all(hidden), f"print: no navigation chrome ({hidden})")
        breaks = driver.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('.print-chapter'),"
            " function (e) { return getComputedStyle(e).breakBefore; })")
        check(len(breaks) >= 3 and all(b == "page" for b in breaks), f"print: a page break before each chapter ({breaks[:3]})")
        closed = driver.execute_script("return document.querySelectorAll('details:not([open])').length")
        check(closed == 0, "print: every answer is shown")
        # The course cites but does not link out in its prose, so a link is added to a chapter to test the rule.
        shown = driver.execute_script(
            "var a = document.createElement('a'); a.href = 'https://example.org/guide'; a.textContent = 'guide';"
            "document.querySelector('.print-chapter .chapter-body p').appendChild(a);"
            "var ref = document.querySelector('.references a[href^=\"http\"]');"
            "return [getComputedStyle(a, '::after').content, ref ? getComputedStyle(ref, '::after').content : 'none']")
        check("https://example.org/guide" in shown[0], f"print: an external link shows its address ({shown[0]})")
        check(shown[1] == "none", f"print: a reference's own link is not repeated ({shown[1]})")
        # A chapter page printed on its own opens its answers before printing.
        chapter = next(p for p in sorted(public.glob("*.html")) if "<details" in p.read_text(encoding="utf-8"))
        driver.get(chapter.as_uri())
        driver.execute_script("window.dispatchEvent(new Event('beforeprint'))")
        check(driver.execute_script("return document.querySelectorAll('details:not([open])').length") == 0,
              f"{chapter.name}: answers open before printing")
        check(driver.execute_script("return getComputedStyle(document.getElementById('sidebar')).display") == "none",
              f"{chapter.name}: no sidebar in print")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def main():
    args = sys.argv[1:]
    given = None
    if "--axe" in args:
        index = args.index("--axe")
        given = args[index + 1]
        del args[index:index + 2]
    public = pathlib.Path(args[0]).resolve()
    source = axe_source(given)
    driver = headless_chromium()
    driver.set_script_timeout(60)
    try:
        driver.set_window_size(1280, 900)
        pages = sorted(public.rglob("*.html"))
        check(len(pages) >= 4, "the site has pages")
        axe_every_page(driver, public, pages, source)
        phone_menu(driver, public, pages, source)
        page_structure(driver, public, pages)
        narrow_screens(driver, public, pages)
        print_stylesheet(driver, public)
    finally:
        driver.quit()
    return check.summary()


if __name__ == "__main__":
    sys.exit(main())
