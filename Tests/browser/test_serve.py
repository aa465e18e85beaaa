#!/usr/bin/env python3
"""`marrow serve` in headless Chromium: a page served with the reload script shows no CSP
violation or console error, with navigation, citation popovers and search working over HTTP as
they do from disk; it reloads by itself after its chapter is saved, shows a broken edit's error
over the page (keeping the last good page) and clears it once fixed.

usage: test_serve.py MARROW_BINARY CONTENT_DIR TEMPLATES_DIR
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from support import Checks, browser_problems, headless_chromium

check = Checks()


def eventually(condition, timeout=30):
    """Polls until condition() is true; rebuild speed never decides the outcome."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if condition():
                return True
        except Exception:
            pass
        time.sleep(0.1)
    return False


def main():
    binary, content, templates = (pathlib.Path(a).resolve() for a in sys.argv[1:4])
    work = pathlib.Path(tempfile.mkdtemp(prefix="marrow-serve-"))
    shutil.copytree(content, work / "content")
    (work / "templates").symlink_to(templates)
    server = subprocess.Popen([str(binary), "serve", "--root", str(work), "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    driver = None
    try:
        url = re.search(r"(http://\S+)", server.stdout.readline()).group(1)
        driver = headless_chromium()
        chapter = work / "content" / "technique.md"
        original = chapter.read_text(encoding="utf-8")
        driver.get(url + "technique.html")
        check(driver.find_element(By.TAG_NAME, "h1").text.endswith("Technique"), "the chapter is served")
        check(len(driver.find_elements(By.CSS_SELECTOR, "#toc-tree a")) >= 1, "the contents were drawn from toc.js")
        # The EventSource is open once the status event arrived; nothing was refused.
        time.sleep(1)
        logs = browser_problems(driver)
        check(not logs, f"no CSP violation or console error: {logs}")

        # Over HTTP as from disk: next-chapter link, citation popover, search.
        nxt = driver.find_element(By.CSS_SELECTOR, "a[rel=next]").get_attribute("href")
        driver.find_element(By.CSS_SELECTOR, "a[rel=next]").click()
        check(eventually(lambda: driver.current_url == nxt), "the next-chapter link navigates")
        driver.get(url + "technique.html")
        link = driver.find_element(By.CSS_SELECTOR, ".citation a")
        ActionChains(driver).move_to_element(link).perform()
        tip = driver.find_elements(By.CSS_SELECTOR, ".citation-popover")
        check(tip and eventually(lambda: tip[0].is_displayed() and len(tip[0].text) > 20), "hovering a citation shows the reference")
        box = driver.find_element(By.ID, "search-input")
        box.send_keys("tibia")
        options_shown = lambda: driver.find_elements(By.CSS_SELECTOR, "#search-listbox [role=option][data-href*='.html']")
        check(eventually(lambda: len(options_shown()) >= 1), "search finds 'tibia' over the server")
        box.send_keys(Keys.ARROW_DOWN, Keys.ENTER)
        check(eventually(lambda: "#" in driver.current_url and driver.find_elements(By.CSS_SELECTOR, "main mark.search-hit")),
              "a result opens its section with the words highlighted")
        driver.get(url + "technique.html")
        time.sleep(1)
        logs = browser_problems(driver)
        check(not logs, f"no CSP violation or console error while navigating and searching: {logs}")

        # Saving the chapter reloads the tab by itself.
        driver.execute_script("window.marrowServeMarker = 1")
        chapter.write_text(original + "\nA sentence the browser should see.\n", encoding="utf-8")
        check(eventually(lambda: "A sentence the browser should see." in driver.find_element(By.TAG_NAME, "body").text),
              "the tab reloads and shows the edit")
        check(driver.execute_script("return window.marrowServeMarker === undefined"), "the page was reloaded, not patched")

        # A broken edit: the error is drawn over the last good page, which is not reloaded.
        driver.execute_script("window.marrowServeMarker = 2")
        chapter.write_text(original + "\nSee [nowhere](missing-chapter.md).\n", encoding="utf-8")
        overlay_text = lambda: driver.find_element(By.ID, "marrow-serve-overlay").text
        check(eventually(lambda: "missing-chapter.md" in overlay_text()), "the error shows over the page")
        check(eventually(lambda: "content/technique.md:" in overlay_text()), "the overlay gives file:line:col")
        check(driver.execute_script("return window.marrowServeMarker === 2"), "a broken build does not reload the page")
        check("A sentence the browser should see." in driver.find_element(By.TAG_NAME, "body").text,
              "the last good page stays")

        # Fixed: the page reloads with the fix and the overlay is gone.
        chapter.write_text(original + "\nFixed at last.\n", encoding="utf-8")
        check(eventually(lambda: "Fixed at last." in driver.find_element(By.TAG_NAME, "body").text), "the fix is shown")
        check(not driver.find_elements(By.ID, "marrow-serve-overlay"), "the overlay is gone")
        logs = browser_problems(driver)
        check(not logs, f"no console error after the reloads: {logs}")
        check(not (work / "public").exists(), "serve writes no public/")
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)
    return check.summary()


if __name__ == "__main__":
    sys.exit(main())
