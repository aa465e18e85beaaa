#!/usr/bin/env python3
"""Formulas as a reader sees them: a fixture book with inline and displayed formulas (a long one,
a fraction, a matrix, cases, a numbered equation) built with Marrow and opened from disk in
headless Chromium at 375 and 1280 px in both colour themes. MathML must be laid out (a fraction's
numerator above its denominator), in the text's colour, the page no wider than the screen (a
long formula scrolls in its own box, which the keyboard can reach), and a screenshot of each
is saved.

usage: test_math.py MARROW_BINARY [SCREENSHOT_DIR]
"""
import pathlib
import sys
import tempfile

from support import Checks, browser_problems, build_book, headless_chromium

check = Checks()

CHAPTER = r"""# Formulas

## Fluids

A fraction inline, $\frac{20\,\text{mL}}{\text{kg}}$, and Greek letters: $\alpha + \beta_2 \leq \gamma^{3}$.

$$
\text{OR} = \frac{p_{\text{IO}} / (1 - p_{\text{IO}})}{p_{\text{IV}} / (1 - p_{\text{IV}})}
$$ {#eq-odds}

See @eq-odds. A long formula:

$$
V_{\text{total}} = V_1 + V_2 + V_3 + V_4 + V_5 + V_6 + V_7 + V_8 + V_9 + V_{10} + V_{11} + V_{12} + V_{13} + V_{14} + V_{15} + V_{16} + V_{17} + V_{18}
$$

$$
\left( \begin{matrix} a & b \\ c & d \end{matrix} \right) \qquad
f(x) = \begin{cases} x & x \geq 0 \\ -x & x < 0 \end{cases} \qquad \bar{x} \pm 1.96\,\frac{s}{\sqrt{n}}
$$
"""


def build_formulas(marrow, root):
    files = {"book.yml": "title: Formulas\n", "SUMMARY.md": "# Summary\n\n- [Formulas](formulas.md)\n", "formulas.md": CHAPTER}
    return build_book(marrow, root, files, check) / "formulas.html"


def layout(driver):
    return driver.execute_script("""
        var maths = Array.from(document.querySelectorAll('math'));
        var frac = document.querySelector('mfrac');
        var parts = frac ? Array.from(frac.children).map(function (c) { return c.getBoundingClientRect(); }) : [];
        var boxes = Array.from(document.querySelectorAll('div.math-display')).map(function (b) {
            return {scroll: b.scrollWidth, client: b.clientWidth, tabindex: b.getAttribute('tabindex'),
                    label: b.getAttribute('aria-label'), right: b.getBoundingClientRect().right};
        });
        var number = document.querySelector('.equation-number');
        var p = document.querySelector('.chapter-body p');
        return {
            count: maths.length,
            unsized: maths.filter(function (m) { var r = m.getBoundingClientRect(); return r.width < 2 || r.height < 2; }).length,
            numeratorBottom: parts.length ? parts[0].bottom : null, denominatorTop: parts.length ? parts[1].top : null,
            pageScroll: document.documentElement.scrollWidth, width: window.innerWidth, boxes: boxes,
            number: number ? number.getBoundingClientRect().right : null,
            mathColour: getComputedStyle(maths[0]).color, textColour: getComputedStyle(p).color,
        };""")


def main():
    marrow = sys.argv[1]
    shots = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else pathlib.Path(tempfile.mkdtemp(prefix="marrow-math-shots-"))
    shots.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="marrow-math-") as folder:
        page = build_formulas(marrow, pathlib.Path(folder)).as_uri()
        driver = headless_chromium()
        try:
            for theme in ("light", "dark"):
                for width in (375, 1280):
                    driver.set_window_size(width, 900)
                    driver.get(page)
                    driver.execute_script("window.localStorage.setItem('marrow-theme', arguments[0])", theme)
                    driver.get(page)
                    where = f"{width}px {theme}"
                    got = layout(driver)
                    check(got["count"] == 5, f"{where}: every formula is MathML ({got['count']})")
                    check(got["unsized"] == 0, f"{where}: every formula is laid out ({got['unsized']} with no size)")
                    check(got["numeratorBottom"] is not None and got["numeratorBottom"] <= got["denominatorTop"] + 1,
                          f"{where}: a fraction's numerator stands above its denominator")
                    check(got["pageScroll"] <= got["width"], f"{where}: the page is no wider than the window ({got['pageScroll']} > {got['width']})")
                    long = got["boxes"][1]
                    if width == 375:
                        check(long["scroll"] > long["client"], f"{where}: the long formula scrolls in its own box")
                        check(long["tabindex"] == "0" and (long["label"] or "").startswith("Formula"),
                              f"{where}: the keyboard can reach the scrolling formula, which is named ({long})")
                    else:
                        check(long["tabindex"] is None or long["scroll"] > long["client"], f"{where}: a formula that fits is no tab stop")
                    check(got["number"] is not None and got["number"] <= got["width"], f"{where}: the equation number is on screen")
                    check(got["mathColour"] == got["textColour"], f"{where}: formulas take the text's colour ({got['mathColour']} vs {got['textColour']})")
                    check(not browser_problems(driver), f"{where}: no console error")
                    driver.save_screenshot(str(shots / f"math-{width}-{theme}.png"))
        finally:
            driver.quit()
    print(f"screenshots in {shots}")
    return check.summary("test_math: ")


if __name__ == "__main__":
    sys.exit(main())
