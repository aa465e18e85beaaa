#!/usr/bin/env python3
"""Opens the built site from disk (file://) in headless Chromium and checks what a reader
relies on: the contents drawn from toc.js with the current chapter marked, working links
between chapters, and no Content-Security-Policy violation or script error.

usage: test_offline.py PUBLIC_DIR
"""
import pathlib
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.action_chains import ActionChains

from support import Checks, browser_problems, headless_chromium

check = Checks()


def main():
    public = pathlib.Path(sys.argv[1]).resolve()
    driver = headless_chromium("--allow-file-access-from-files=false")
    try:
        pages = sorted(p for p in public.rglob("*.html"))
        check(len(pages) >= 3, "the site has pages")
        for page in pages:
            driver.get(page.as_uri())
            rel = page.relative_to(public).as_posix()
            logs = browser_problems(driver)
            check(not logs, f"{rel}: console errors {logs}")
            if rel in ("404.html", "toc.html", "print.html", "search.html"):  # pages without the book-contents sidebar
                continue
            links = driver.find_elements(By.CSS_SELECTOR, "#toc-tree a")
            check(len(links) >= 1, f"{rel}: the contents were drawn from toc.js")
            current = driver.find_elements(By.CSS_SELECTOR, "#toc-tree a[aria-current=page]")
            check(len(current) == 1, f"{rel}: exactly one chapter is marked current")
        # Follow the first "next" link from the home page: navigation works from disk.
        driver.get((public / "index.html").as_uri())
        nxt = driver.find_elements(By.CSS_SELECTOR, "a[rel=next]")
        if nxt:
            target = nxt[0].get_attribute("href")
            nxt[0].click()
            check(driver.current_url == target and driver.find_element(By.TAG_NAME, "h1").text != "",
                  "the next link opens a chapter")
        # A citation shows its full reference on hover and on keyboard focus.
        cited = [p for p in pages if "class=\"citation\"" in p.read_text(encoding="utf-8")]
        check(len(cited) >= 1, "some pages cite")
        if cited:
            driver.get(cited[0].as_uri())
            link = driver.find_element(By.CSS_SELECTOR, ".citation a")
            ActionChains(driver).move_to_element(link).perform()
            tip = driver.find_elements(By.CSS_SELECTOR, ".citation-popover")
            check(tip and tip[0].is_displayed() and len(tip[0].text) > 20, "hovering a citation shows the reference")
            driver.get(cited[0].as_uri())
            links = [a for a in driver.find_elements(By.CSS_SELECTOR, ".citation a") if a.is_displayed()]
            target = links[0]
            driver.execute_script("arguments[0].focus()", target)
            described = target.get_attribute("aria-describedby")
            tip = driver.find_elements(By.ID, described) if described else []
            check(tip and tip[0].is_displayed() and tip[0].get_attribute("role") == "tooltip",
                  "keyboard focus on a citation shows the reference")
        # Right arrow goes to the next chapter, left arrow back.
        driver.get((public / "index.html").as_uri())
        nxt = driver.find_elements(By.CSS_SELECTOR, "a[rel=next]")
        if nxt:
            target = nxt[0].get_attribute("href")
            driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_RIGHT)
            check(driver.current_url == target, "right arrow opens the next chapter")
            prev = driver.find_element(By.CSS_SELECTOR, "a[rel=prev]").get_attribute("href")
            driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_LEFT)
            check(driver.current_url == prev, "left arrow opens the previous chapter")
        # The theme toggle switches to dark and is remembered from one page to the next.
        driver.get((public / "index.html").as_uri())
        driver.execute_script("window.localStorage.removeItem('marrow-theme')")
        driver.get((public / "index.html").as_uri())
        toggle = driver.find_element(By.CSS_SELECTOR, ".theme-button")
        before = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
        toggle.click()
        theme = driver.execute_script("return document.documentElement.getAttribute('data-theme')")
        after = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
        check(theme in ("dark", "light") and before != after, f"theme toggle changes the colours ({before} -> {after})")
        if nxt:
            driver.get(target)
            check(driver.execute_script("return document.documentElement.getAttribute('data-theme')") == theme,
                  "the chosen theme is remembered on the next page")
        # The menu button opens the contents on a phone-sized screen.
        driver.set_window_size(375, 800)
        driver.get((public / "index.html").as_uri())
        button = driver.find_element(By.CSS_SELECTOR, ".menu-button")
        sidebar = driver.find_element(By.ID, "sidebar")
        check(button.is_displayed() and not sidebar.is_displayed(), "narrow screen: contents folded behind the menu")
        button.click()
        check(sidebar.is_displayed() and button.get_attribute("aria-expanded") == "true", "menu button opens the contents")
    finally:
        driver.quit()
    return check.summary()


if __name__ == "__main__":
    sys.exit(main())
