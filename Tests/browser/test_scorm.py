#!/usr/bin/env python3
"""SCORM packages in a test LMS (issue 24): a fixture book with two chapters and two quizzes is
packaged with `marrow package --format scorm-1.2` and `scorm-2004`; the manifest is well-formed and
names every file of the package; each package's launch page is opened inside a frame of a test LMS
page (Tests/browser/lms/) that implements the run-time API of that version and records every
call, over HTTP on this machine. The learner moves and answers: initialisation, location and
suspend data written, the quiz score, completion once every chapter is visited, termination when
the course page goes away, and a second session resuming from suspend data. The same package
opened directly, with no LMS, works as the offline site.

usage: test_scorm.py MARROW_BINARY
"""
import functools
import http.server
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
import zipfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from support import Checks, browser_problems, headless_chromium, write_book

check = Checks()
HERE = pathlib.Path(__file__).resolve().parent

ONE = """# One

> [!QUIZ] Which site is first choice in an infant?
> - [x] Proximal tibia
>   Flat and easy to find.
> - [ ] Sternum
>   Not used in small children.

> [!QUIZ] Which are long bones?
> - [x] Tibia
> - [x] Femur
> - [ ] Sternum

Go on to [the next chapter](two.md).
"""


def build_packages(marrow, root):
    write_book(root, {"book.yml": "title: SCORM fixture\nmastery_score: 50\n", "SUMMARY.md": "# Summary\n\n- [One](one.md)\n- [Two](two.md)\n",
                      "one.md": ONE, "two.md": "# Two\n\nBack to [one](one.md).\n"})
    packages = {}
    for version in ("1.2", "2004"):
        out = root / f"scorm-{version}.zip"
        result = subprocess.run([marrow, "package", "--root", str(root), "--format", f"scorm-{version}", "--output", str(out)],
                                capture_output=True, text=True)
        check(result.returncode == 0 and out.exists(), f"scorm-{version}: the package is written ({result.stderr.strip()})")
        packages[version] = out
    return packages


def check_manifest(version, package):
    with zipfile.ZipFile(package) as z:
        names = [n for n in z.namelist() if not n.endswith("/")]
        check(names[0] == "imsmanifest.xml", f"scorm-{version}: imsmanifest.xml is the package's first entry, at its root")
        root = ET.fromstring(z.read("imsmanifest.xml"))
    ns = {"c": root.tag[1:].split("}")[0]}
    listed = {f.get("href") for f in root.iter(f"{{{ns['c']}}}file")}
    check(set(names) == listed, f"scorm-{version}: the manifest names every file of the package ({sorted(set(names) ^ listed)[:5]})")
    schema = root.find("c:metadata/c:schemaversion", ns)
    check(schema is not None and schema.text == ("1.2" if version == "1.2" else "2004 4th Edition"), f"scorm-{version}: schema version")
    orgs = root.findall("c:organizations/c:organization", ns)
    items = orgs[0].findall("c:item", ns) if orgs else []
    check(len(orgs) == 1 and len(items) == 1 and items[0].get("identifierref") == "RES-BOOK", f"scorm-{version}: one organisation, the book as one SCO")
    resources = root.findall("c:resources/c:resource", ns)
    check(len(resources) == 1 and resources[0].get("href") == "scorm-launch.html", f"scorm-{version}: the SCO launches scorm-launch.html")
    schemas = HERE / "lms" / "schemas" / version
    if schemas.exists() and shutil.which("xmllint"):
        print(f"scorm-{version}: validating against {schemas}")
    else:
        print(f"scorm-{version}: the IMS and ADL schemas are not installed here; the manifest was checked for well-formedness and content only")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def lms_state(driver, version):
    return driver.execute_script("""
        return {calls: JSON.parse(localStorage.getItem('lms-calls-' + arguments[0]) || '[]'),
                data: JSON.parse(localStorage.getItem('lms-data-' + arguments[0]) || '{}')};""", version)


def problems_of(driver):
    """Console errors, but the test server's own 404 for /favicon.ico (an LMS answers that, not the package)."""
    return [p for p in browser_problems(driver) if "favicon.ico" not in p.get("message", "")]


def wait(condition, timeout=10):
    end = time.time() + timeout
    while time.time() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    return condition()


def into_book(driver):
    driver.switch_to.default_content()
    driver.switch_to.frame(driver.find_element(By.ID, "sco"))
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "marrow-book").get_attribute("src"))
    driver.switch_to.frame(driver.find_element(By.ID, "marrow-book"))


def session_calls(calls, name):
    return [c for c in calls if c["call"] == name]


def values(calls, key):
    return [c["args"][1] for c in calls if c["call"] in ("LMSSetValue", "SetValue") and c["args"][0] == key]


def run_lms(driver, base, version):
    v12 = version == "1.2"
    k = (lambda a, b: a if v12 else b)
    lms = f"{base}/lms/lms.html?v={version}&launch=../{version}/scorm-launch.html"
    driver.get(f"{base}/lms/blank.html")
    driver.execute_script("localStorage.clear()")
    driver.get(lms)
    got = wait(lambda: (lambda s: s if session_calls(s["calls"], k("LMSInitialize", "Initialize")) else None)(lms_state(driver, version)))
    inits = session_calls(got["calls"], k("LMSInitialize", "Initialize")) if got else []
    check(inits and inits[0]["result"] == "true", f"{version}: the launch page finds the API and initialises")
    into_book(driver)
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "form.quiz"))
    driver.switch_to.default_content()
    state = wait(lambda: (lambda s: s if values(s["calls"], k("cmi.core.lesson_location", "cmi.location")) else None)(lms_state(driver, version)))
    check(state and values(state["calls"], k("cmi.core.lesson_location", "cmi.location"))[-1] == "one.html", f"{version}: the location is the first chapter")
    check(state and k("cmi.core.lesson_status", "cmi.completion_status") in state["data"]
          and state["data"][k("cmi.core.lesson_status", "cmi.completion_status")] == "incomplete", f"{version}: incomplete with a chapter unread")
    # A quiz answered right: half the book's quizzes, the mastery score of 50.
    into_book(driver)
    driver.execute_script("document.getElementById('quiz-1-1').click(); document.querySelector('#quiz-1 .quiz-check').click();")
    driver.switch_to.default_content()
    state = wait(lambda: (lambda s: s if s["data"].get(k("cmi.core.score.raw", "cmi.score.raw")) == "50" else None)(lms_state(driver, version)))
    check(state is not None, f"{version}: the quiz score is reported (1 of 2 right: 50)")
    if state and not v12:
        check(state["data"].get("cmi.score.scaled") == "0.50" and state["data"].get("cmi.score.max") == "100", f"{version}: scaled score and range")
    suspend = json.loads(state["data"].get("cmi.suspend_data", "{}")) if state else {}
    check(suspend.get("v") == ["one.html"] and suspend.get("q", {}).get("one.html", {}).get("quiz-1", {}).get("r") is True,
          f"{version}: suspend data keeps the pages seen and the quiz answers ({suspend})")
    # The learner follows a link to the other chapter: every chapter seen, the score at mastery.
    into_book(driver)
    driver.find_element(By.CSS_SELECTOR, ".chapter-body a[href='two.html']").click()
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return location.pathname").endswith("/two.html"))
    driver.switch_to.default_content()
    if v12:
        state = wait(lambda: (lambda s: s if s["data"].get("cmi.core.lesson_status") == "passed" else None)(lms_state(driver, version)))
        check(state is not None, f"{version}: every chapter visited and the mastery score reached: passed")
    else:
        state = wait(lambda: (lambda s: s if s["data"].get("cmi.completion_status") == "completed" else None)(lms_state(driver, version)))
        check(state is not None and state["data"].get("cmi.success_status") == "passed" and state["data"].get("cmi.progress_measure") == "1.00",
              f"{version}: completed, passed, progress 1 ({state and state['data']})")
    check(state and values(state["calls"], k("cmi.core.lesson_location", "cmi.location"))[-1] == "two.html", f"{version}: the location follows the learner")
    problems = browser_problems(driver)
    check(not problems, f"{version}: no console error in the LMS session ({problems})")
    # The course page goes away: suspend, commit, terminate.
    driver.get(f"{base}/lms/blank.html")
    state = lms_state(driver, version)
    last = state["calls"][-1] if state["calls"] else {}
    check(last.get("call") == k("LMSFinish", "Terminate") and last.get("result") == "true", f"{version}: terminated when the page went away ({last})")
    check(state["data"].get(k("cmi.core.exit", "cmi.exit")) == "suspend", f"{version}: exit is suspend, so the next session resumes")
    # A second session resumes from suspend data, even with this browser's own answers gone.
    driver.execute_script("""
        Object.keys(localStorage).filter(function (k) { return k.indexOf('marrow-quiz:') === 0; }).forEach(function (k) { localStorage.removeItem(k); });
        localStorage.removeItem('lms-calls-' + arguments[0]);""", version)
    driver.get(lms)
    into_book(driver)
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".chapter-body"))
    where = driver.execute_script("return location.pathname")
    check(where.endswith("/two.html"), f"{version}: the second session opens where the learner was ({where})")
    driver.find_element(By.CSS_SELECTOR, ".chapter-body a[href='one.html']").click()
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "form.quiz"))
    restored = driver.execute_script("return [document.getElementById('quiz-1-1').checked, document.querySelector('#quiz-1 .quiz-result').textContent];")
    check(restored == [True, "Correct."], f"{version}: the quiz answers come back from suspend data ({restored})")
    driver.switch_to.default_content()
    gets = [c["args"][0] for c in lms_state(driver, version)["calls"] if c["call"] in ("LMSGetValue", "GetValue")]
    check("cmi.suspend_data" in gets and k("cmi.core.lesson_location", "cmi.location") in gets, f"{version}: the resume reads suspend data and location")
    driver.get(f"{base}/lms/blank.html")


def run_without_lms(driver, base, version):
    driver.get(f"{base}/{version}/scorm-launch.html")
    driver.switch_to.frame(driver.find_element(By.ID, "marrow-book"))
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "form.quiz"))
    driver.execute_script("document.getElementById('quiz-1-1').click(); document.querySelector('#quiz-1 .quiz-check').click();")
    result = driver.execute_script("return document.querySelector('#quiz-1 .quiz-result').textContent")
    check(result == "Correct.", f"{version}: with no LMS the launch page shows the book and its quizzes work")
    driver.switch_to.default_content()
    problems = browser_problems(driver)
    check(not problems, f"{version}: no console error without an LMS ({problems})")
    driver.get(f"{base}/{version}/two.html")
    check(driver.find_elements(By.CSS_SELECTOR, ".chapter-body") and not problems_of(driver), f"{version}: a page opened directly is the offline site")


def main():
    marrow = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="marrow-scorm-") as folder:
        root = pathlib.Path(folder)
        packages = build_packages(marrow, root / "book")
        www = root / "www"
        shutil.copytree(HERE / "lms", www / "lms")
        for version, package in packages.items():
            if package.exists():
                check_manifest(version, package)
                with zipfile.ZipFile(package) as z:
                    z.extractall(www / version)
        server, base = serve(www)
        driver = headless_chromium()
        try:
            for version in packages:
                run_lms(driver, base, version)
                run_without_lms(driver, base, version)
        finally:
            driver.quit()
            server.shutdown()
    return check.summary("test_scorm: ")


if __name__ == "__main__":
    sys.exit(main())
