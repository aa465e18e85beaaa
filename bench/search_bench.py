#!/usr/bin/env python3
"""Search in headless Chromium on a built site opened from disk: for each query, on a fresh
page, types it one character at a time (an input event per character, as a keyboard does; the box is focused 200 ms
before the first, as a reader focuses it before typing) and measures each keystroke's time to rendered results (the listbox updated for that text),
then sums the bytes of the index scripts the page loaded. Also loads the whole query at once
(pasted) on another fresh page. Prints JSON. Run with /usr/bin/python3 (Debian's Selenium).

usage: search_bench.py PUBLIC_DIR QUERY...
"""
import json
import pathlib
import statistics
import sys
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

TYPE = """
var query = arguments[0], pasted = arguments[1], done = arguments[arguments.length - 1];
var input = document.getElementById('search-input'), list = document.getElementById('search-listbox');
var steps = pasted ? [query] : Array.from(query).map(function (_, i) { return query.slice(0, i + 1); });
var times = [], i = 0;
input.focus();  // as a reader does before typing: search.js then loads search/meta.js
function next() {
  if (i === steps.length) {
    var scripts = Array.prototype.map.call(document.querySelectorAll('script[src*="search/"]'), function (s) { return s.src; });
    done({times: times, scripts: scripts, results: list.querySelectorAll('.search-option:not(.search-option-all)').length});
    return;
  }
  var text = steps[i++], start = performance.now();
  var observer = new MutationObserver(function () {
    if (list.getAttribute('data-query') !== text) return;
    observer.disconnect();
    times.push(performance.now() - start);
    setTimeout(next, 30);
  });
  observer.observe(list, {attributes: true, childList: true});
  input.value = text;
  input.dispatchEvent(new Event('input', {bubbles: true}));
}
setTimeout(next, 200);
"""


def run(driver, public, query, pasted):
    driver.get((public / "index.html").as_uri())
    out = driver.execute_async_script(TYPE, query, pasted)
    paths = [pathlib.Path(urllib.parse.unquote(urllib.parse.urlparse(s).path)) for s in out["scripts"]]
    out["bytes"] = sum(p.stat().st_size for p in set(paths))
    out["files"] = len(set(paths))
    return out


def main():
    public = pathlib.Path(sys.argv[1]).resolve()
    options = Options()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(60)
    rows = []
    try:
        for query in sys.argv[2:]:
            typed = run(driver, public, query, False)
            pasted = run(driver, public, query, True)
            rows.append({"query": query, "typed_bytes": typed["bytes"], "typed_files": typed["files"],
                         "pasted_bytes": pasted["bytes"], "results": typed["results"],
                         "first_keystroke_ms": typed["times"][0], "last_keystroke_ms": typed["times"][-1],
                         "median_keystroke_ms": statistics.median(typed["times"]), "max_keystroke_ms": max(typed["times"]),
                         "pasted_ms": pasted["times"][0]})
    finally:
        driver.quit()
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
