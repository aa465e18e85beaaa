#!/usr/bin/env python3
"""Screenshots of the built site for review (not golden images): the home page, a chapter and
print.html at 375 px and 1280 px wide, in the light and the dark theme, plus the phone menu
opened. Headless Chromium, opened from disk.

usage: screenshots.py PUBLIC_DIR OUT_DIR [CHAPTER_PAGE]
"""
import pathlib
import sys

from selenium.webdriver.common.by import By

from support import headless_chromium

WIDTHS = (375, 1280)
HEIGHT = 900


def first_chapter(public):
    """The first page the home page's "next" link leads to, else any page with a table."""
    home = (public / "index.html").read_text(encoding="utf-8")
    marker = 'rel="next" href="'
    if marker in home:
        return home.split(marker, 1)[1].split('"', 1)[0]
    return "index.html"


def full_page(driver, path, width):
    """The whole page: the window is made as tall as the document, then captured."""
    driver.set_window_size(width, HEIGHT)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(height, HEIGHT), 16000))
    driver.save_screenshot(str(path))
    driver.set_window_size(width, HEIGHT)


def main():
    public = pathlib.Path(sys.argv[1]).resolve()
    out = pathlib.Path(sys.argv[2]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    chapter = sys.argv[3] if len(sys.argv) > 3 else first_chapter(public)
    pages = {"index": "index.html", "chapter": chapter, "print": "print.html"}
    driver = headless_chromium("--hide-scrollbars")
    saved = []
    try:
        for theme in ("light", "dark"):
            driver.get((public / "index.html").as_uri())
            driver.execute_script("window.localStorage.setItem('marrow-theme', arguments[0])", theme)
            for name, page in pages.items():
                if not (public / page).exists():
                    continue
                for width in WIDTHS:
                    if name == "print" and width != 1280:
                        continue
                    driver.set_window_size(width, HEIGHT)
                    driver.get((public / page).as_uri())
                    path = out / f"{name}-{width}-{theme}.png"
                    # The top of the page as a reader first sees it, then the whole page.
                    driver.save_screenshot(str(path))
                    saved.append(path)
                    if name == "chapter":
                        whole = out / f"{name}-{width}-{theme}-full.png"
                        full_page(driver, whole, width)
                        saved.append(whole)
            # The phone menu, opened.
            driver.set_window_size(375, HEIGHT)
            driver.get((public / chapter).as_uri())
            buttons = driver.find_elements(By.CSS_SELECTOR, ".menu-button")
            if buttons and buttons[0].is_displayed():
                buttons[0].click()
                path = out / f"menu-375-{theme}.png"
                driver.save_screenshot(str(path))
                saved.append(path)
        driver.execute_script("window.localStorage.removeItem('marrow-theme')")
    finally:
        driver.quit()
    for path in saved:
        print(path)


if __name__ == "__main__":
    sys.exit(main())
