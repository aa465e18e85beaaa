"""What the browser test scripts share: a pass/fail tally and headless Chromium through Selenium."""
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


class Checks:
    """Counts checks, prints each failure, and gives the exit status."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def __call__(self, condition, message):
        if condition:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL:", message)
        return condition

    def summary(self, prefix=""):
        print(f"{prefix}{self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0


def headless_chromium(*extra_args):
    """Debian's Chromium and chromedriver, headless, as the tests run them."""
    options = Options()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu") + extra_args:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def browser_problems(driver):
    """The console's errors and warnings since the last call (CSP violations among them)."""
    return [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]


def write_book(root, files):
    """A fixture book under `root`: `files` by path under content/ (book.yml, SUMMARY.md, chapters...)."""
    for path, text in files.items():
        target = root / "content" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)


def build_book(marrow, root, files, check):
    """Writes a fixture book and builds it with `marrow build`, checking that it builds."""
    import subprocess
    write_book(root, files)
    result = subprocess.run([marrow, "build", "--root", str(root)], capture_output=True, text=True)
    check(result.returncode == 0, f"the fixture book builds: {result.stdout}{result.stderr}")
    return root / "public"
