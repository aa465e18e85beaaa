#!/usr/bin/env python3
"""Before/after screenshots of the reader's worst five problems (issue 22), for review, not a
test: the same five views of two built sites, opened from disk in headless Chromium.

usage: before_after.py BEFORE_PUBLIC AFTER_PUBLIC OUT_DIR
"""
import pathlib
import sys
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from support import headless_chromium


def open_page(driver, public, page, width, height=812, theme="light"):
    driver.set_window_size(width, height)
    url = (public / page).as_uri()
    driver.get(url)
    driver.execute_script("window.localStorage.setItem('marrow-theme', arguments[0])", theme)
    driver.get(url)
    time.sleep(0.3)


def popover_in_table(driver, public, out):
    open_page(driver, public, "indications.html", 375)
    link = driver.execute_script("var c = document.querySelector('.table-wrap .citation a'); c.scrollIntoView({block: 'center'}); return c;")
    driver.execute_script("arguments[0].focus(); arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));", link)
    time.sleep(0.3)
    driver.save_screenshot(str(out))


def phone_first_screen(driver, public, out):
    open_page(driver, public, "technique.html", 375)
    driver.save_screenshot(str(out))


def bibliography_backlinks(driver, public, out):
    open_page(driver, public, "bibliography.html", 1280, 700)
    driver.execute_script("var b = document.querySelector('.reference-backlinks, .backlinks, li .cited-in') || document.querySelector('ol li'); b.scrollIntoView({block: 'center'});")
    time.sleep(0.2)
    driver.save_screenshot(str(out))


def dark_figure(driver, public, out):
    open_page(driver, public, "sampling.html", 375, theme="dark")
    driver.execute_script("var f = document.querySelector('figure img'); if (f) f.scrollIntoView({block: 'center'});")
    time.sleep(0.3)
    driver.save_screenshot(str(out))


def search_while_typing(driver, public, out):
    open_page(driver, public, "index.html", 1280, 800)
    box = driver.find_element(By.ID, "search-input")
    box.send_keys("intraos")
    time.sleep(1.0)
    driver.save_screenshot(str(out))


VIEWS = [("1-popover-in-table-375", popover_in_table), ("2-phone-first-screen-375", phone_first_screen),
         ("3-bibliography-backlinks-1280", bibliography_backlinks), ("4-figure-dark-375", dark_figure),
         ("5-search-while-typing-1280", search_while_typing)]


def main():
    before, after, out = (pathlib.Path(a).resolve() for a in sys.argv[1:4])
    out.mkdir(parents=True, exist_ok=True)
    driver = headless_chromium()
    try:
        for name, view in VIEWS:
            for label, public in (("before", before), ("after", after)):
                view(driver, public, out / f"{name}-{label}.png")
    finally:
        driver.quit()
    print(f"{len(VIEWS) * 2} screenshots in {out}")


if __name__ == "__main__":
    main()
