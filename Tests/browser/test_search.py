#!/usr/bin/env python3
"""Search, opened from disk (file://) in headless Chromium: the header's combobox (queries,
synonyms, typos, prefixes, keyboard and ARIA), following a result to its section with the
words highlighted, search.html?q=..., the browser's stemmer against the Swift one's word list,
and no console or Content-Security-Policy error.

usage: test_search.py PUBLIC_DIR
"""
import pathlib
import sys
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from support import Checks, browser_problems, headless_chromium

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
STEMS = ROOT / "Tests" / "search-stems.tsv"
check = Checks()


def no_console_errors(driver, where):
    logs = browser_problems(driver)
    check(not logs, f"{where}: console errors {logs}")


def type_query(driver, query):
    """Types into the header's box and waits until the listbox shows that query's results."""
    box = driver.find_element(By.ID, "search-input")
    box.clear()
    box.send_keys(query)
    WebDriverWait(driver, 5).until(lambda d: d.find_element(By.ID, "search-listbox").get_attribute("data-query") == query
                                   and d.find_element(By.ID, "search-listbox").is_displayed())
    options = driver.find_elements(By.CSS_SELECTOR, "#search-listbox [role=option]")
    results = [o for o in options if o.get_attribute("data-href") and "search.html" not in o.get_attribute("data-href")]
    marks = [m.text.lower() for m in driver.find_elements(By.CSS_SELECTOR, "#search-listbox mark")]
    return box, results, marks


def main():
    public = pathlib.Path(sys.argv[1]).resolve()
    driver = headless_chromium()
    try:
        home = (public / "index.html").as_uri()
        driver.get(home)
        # The browser's Porter2 gives the same stems as the Swift one.
        pairs = [line.split("\t") for line in STEMS.read_text(encoding="utf-8").splitlines()]
        got = driver.execute_script("return arguments[0].map(function (w) { return window.marrowText.stem(w); });",
                                    [w for w, _ in pairs])
        wrong = [(w, s, g) for (w, s), g in zip(pairs, got) if s != g]
        check(len(pairs) > 1000 and not wrong, f"search-text.js stems differ from Porter2Stemmer.swift: {wrong[:10]}")

        box = driver.find_element(By.ID, "search-input")
        listbox = driver.find_element(By.ID, "search-listbox")
        check(box.get_attribute("role") == "combobox" and box.get_attribute("aria-controls") == "search-listbox"
              and box.get_attribute("aria-expanded") == "false" and box.get_attribute("aria-autocomplete") == "list",
              "the box is a collapsed ARIA combobox controlling the listbox")
        check(listbox.get_attribute("role") == "listbox" and not listbox.is_displayed(), "the listbox is hidden at first")
        labels = driver.find_elements(By.CSS_SELECTOR, "label[for=search-input]")
        check(labels and labels[0].get_attribute("textContent").strip() != "", "the box has a label")

        _, results, marks = type_query(driver, "tibia")
        check(results and "tibia" in results[0].text.lower(), "tibia: the first result is about the tibia")
        check("tibia" in marks, "tibia: the snippet marks the word")
        check(box.get_attribute("aria-expanded") == "true", "results expand the combobox")
        status = driver.find_element(By.ID, "search-status").get_attribute("textContent")
        check("result" in status, f"the live status announces the count ({status!r})")

        _, results, marks = type_query(driver, "potassium")
        check(results and "potassium" in marks, "potassium: results with the word marked")

        _, results, marks = type_query(driver, "IO")
        check(results and "intraosseous" in marks, f"IO finds intraosseous through its synonym (marks {marks[:6]})")

        # A synonym holds while the word is still being typed: the count does not jump a letter later.
        counts = {}
        for query in ("intraos", "intraoss", "intraosse"):
            type_query(driver, query)
            counts[query] = driver.find_element(By.ID, "search-status").get_attribute("textContent")
        check(len(set(counts.values())) == 1, f"typing intraosseous letter by letter keeps its count ({counts})")

        # A glossary entry's snippet keeps its closing full stop.
        _, results, _ = type_query(driver, "aliquot")
        entry = [r for r in results if "glossary.html" in (r.get_attribute("data-href") or "") and (r.get_attribute("data-href") or "").endswith("#aliquot")]
        check(entry and entry[0].text.strip().endswith("."),
              f"the glossary snippet ends with its full stop ({entry[0].text if entry else [r.get_attribute('data-href') for r in results]})")

        _, results, marks = type_query(driver, "intraoseous")
        check(results and "intraosseous" in marks, f"the misspelling intraoseous finds intraosseous (marks {marks[:6]})")

        _, results, marks = type_query(driver, "comp")
        check(results and marks and all(m.startswith("comp") for m in marks),
              f"the prefix comp finds words that begin with it (marks {marks[:6]})")

        _, results, marks = type_query(driver, "Intraosseous")
        check(results and "intraosseous" in marks, "case is folded")

        # The course's practical questions lead first to the section that teaches the answer.
        for query, section in [("humerus", "technique.html#humerus"), ("lidocaine", "line-care.html#lidocaine"),
                               ("needle length", "technique.html#needle-selection"), ("remove", "line-care.html#removal"),
                               ("troubleshooting", "line-care.html#troubleshooting")]:
            _, results, _ = type_query(driver, query)
            first = results[0].get_attribute("data-href") if results else ""
            page, _, anchor = first.partition("#")
            check(results and page.split("?")[0] + "#" + anchor == section, f"{query}: the first result is {section} (got {first})")

        _, results, marks = type_query(driver, "zzqxv")
        check(not results and "No results" in listbox.text and "Check the spelling" in listbox.text,
              "a query with no match says so, and what to try")
        # One or two letters are not looked up yet: the box says to keep typing, not "No results" (issue 22, point 10).
        _, results, _ = type_query(driver, "zq")
        check(not results and "Keep typing" in listbox.text and "No results" not in listbox.text,
              f"two letters ask for more, not 'No results' ({listbox.text!r})")

        # Escape closes; arrows move through the options with aria-activedescendant; Enter opens one.
        box, results, _ = type_query(driver, "tibia")
        box.send_keys(Keys.ESCAPE)
        check(not listbox.is_displayed() and box.get_attribute("aria-expanded") == "false", "Escape closes the results")
        box.send_keys(Keys.ARROW_DOWN)
        WebDriverWait(driver, 5).until(lambda d: listbox.is_displayed())
        box.send_keys(Keys.ARROW_DOWN)
        box.send_keys(Keys.ARROW_DOWN)
        box.send_keys(Keys.ARROW_UP)
        active = box.get_attribute("aria-activedescendant")
        selected = driver.find_elements(By.CSS_SELECTOR, "#search-listbox [aria-selected=true]")
        check(active and len(selected) == 1 and selected[0].get_attribute("id") == active
              and active == driver.find_elements(By.CSS_SELECTOR, "#search-listbox [role=option]")[0].get_attribute("id"),
              "arrows move the active option (down, down, up: the first)")
        target = selected[0].get_attribute("data-href")
        box.send_keys(Keys.ENTER)
        WebDriverWait(driver, 5).until(lambda d: d.current_url.split("#")[0] != home)
        url = urllib.parse.urlparse(driver.current_url)
        check(driver.current_url == urllib.parse.urljoin(home, target), f"Enter opens the active result ({driver.current_url})")
        check("highlight=" in url.query, "the result link carries the words to highlight")
        hits = [m.get_attribute("textContent").lower() for m in driver.find_elements(By.CSS_SELECTOR, "main mark.search-hit")]
        check(hits and all(h.startswith("tibia") for h in hits), f"the opened page highlights the matched words ({hits[:5]})")
        if url.fragment:
            section = driver.find_elements(By.ID, url.fragment)
            check(section and section[0].is_displayed(), f"the result opens its section #{url.fragment}")
            in_view = driver.execute_script(
                "var r = document.getElementById(arguments[0]).getBoundingClientRect(); return r.top < window.innerHeight && r.bottom > 0;",
                url.fragment)
            check(in_view, "the section is scrolled into view")
        no_console_errors(driver, "opened result")

        # "/" and "s" focus the box from anywhere on the page.
        for key in ("/", "s"):
            driver.get(home)
            driver.find_element(By.TAG_NAME, "body").send_keys(key)
            focused = driver.switch_to.active_element
            check(focused.get_attribute("id") == "search-input" and focused.get_attribute("value") == "",
                  f"'{key}' focuses the search box without typing into it")

        # Clicking a result opens it too.
        type_query(driver, "potassium")
        first = driver.find_elements(By.CSS_SELECTOR, "#search-listbox [role=option]")[0]
        href = first.get_attribute("data-href")
        first.click()
        WebDriverWait(driver, 5).until(lambda d: d.current_url.split("#")[0] != home)
        check(driver.current_url == urllib.parse.urljoin(home, href), "clicking a result opens it")

        # search.html?q=... lists every result, from disk.
        driver.get((public / "search.html").as_uri() + "?q=marrow")
        WebDriverWait(driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-page-results li"))
        summary = driver.find_element(By.ID, "search-page-summary").text
        total = int(summary.split()[0])
        items = driver.find_elements(By.CSS_SELECTOR, "#search-page-results li")
        more = driver.find_element(By.ID, "search-page-more")
        check(total > 20 and len(items) == 20 and more.is_displayed(), f"search.html shows the first 20 of {total} results")
        look = driver.execute_script("""var s = getComputedStyle(arguments[0]);
            return {border: s.borderTopStyle, colour: s.color, accent: getComputedStyle(document.querySelector('a')).color};""", more)
        check(look["border"] == "solid" and look["colour"] == look["accent"], f"'Show more results' is styled as the theme's button ({look})")
        while more.is_displayed():
            count = len(driver.find_elements(By.CSS_SELECTOR, "#search-page-results li"))
            more.click()
            WebDriverWait(driver, 5).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#search-page-results li")) > count)
        items = driver.find_elements(By.CSS_SELECTOR, "#search-page-results li")
        check(len(items) == total, f"'Show more results' lists them all ({len(items)} of {total})")
        check(driver.find_element(By.ID, "search-input").get_attribute("value") == "marrow", "the box shows the query")
        link = items[0].find_element(By.TAG_NAME, "a")
        href = link.get_attribute("href")
        link.click()
        check(driver.current_url == href and driver.find_elements(By.CSS_SELECTOR, "main mark.search-hit"),
              "a result of search.html opens with highlights")
        # The form works without the combobox: Enter with no active option goes to search.html.
        driver.get(home)
        box = driver.find_element(By.ID, "search-input")
        box.send_keys("tibia sites")
        box.send_keys(Keys.ENTER)
        WebDriverWait(driver, 5).until(lambda d: "search.html" in d.current_url)
        WebDriverWait(driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-page-results li"))
        check("q=tibia+sites" in driver.current_url, "Enter with no active option opens search.html?q=...")
        # The index came in through <script src> elements (fetch and XHR fail on file://).
        scripts = driver.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('script[src*=\"search/\"]'), function (s) { return s.src; });")
        check(any(s.endswith("search/meta.js") for s in scripts) and any("/search/d/" in s for s in scripts),
              f"index files came in as <script src> elements ({len(scripts)})")
        no_console_errors(driver, "search.html")
    finally:
        driver.quit()
    return check.summary()


if __name__ == "__main__":
    sys.exit(main())
