#!/usr/bin/env python3
"""Scored self-check questions as a learner uses them (issue 24): a fixture book with a
one-answer and a several-answer quiz, built with Marrow and opened from disk in headless
Chromium at 375 and 1280 px. A wrong answer shows its feedback and says so in the live region,
the right one says Correct; the chapter's score counts them; answers and score survive a reload
(localStorage, per book and page) until "Reset answers"; the whole quiz works from the keyboard
alone; axe-core finds no violation in either theme; printing shows the answers at the end.

usage: test_quiz.py MARROW_BINARY
"""
import pathlib
import sys
import tempfile

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from support import Checks, browser_problems, build_book, headless_chromium
from test_a11y import axe_source, describe, run_axe

check = Checks()

CHAPTER = """# One

## Self-check

> [!QUIZ] Which site is first choice in an infant?
> - [x] Proximal tibia
>   Flat and easy to find.
> - [ ] Sternum
>   Not used in small children.

> [!QUIZ] Which of these are long bones?
> - [x] Tibia
> - [x] Femur
>   Yes, the femur.
> - [ ] Sternum
>   A flat bone.
"""


def build_quizzes(marrow, root):
    files = {"book.yml": "title: Quizzes\n", "SUMMARY.md": "# Summary\n\n- [One](one.md)\n", "one.md": CHAPTER}
    return build_book(marrow, root, files, check) / "one.html"


def state(driver):
    return driver.execute_script("""
        function q(id) {
            var form = document.getElementById(id);
            return {result: form.querySelector('.quiz-result').textContent,
                    shown: Array.from(form.querySelectorAll('.quiz-feedback')).filter(function (f) { return !f.hidden; }).map(function (f) { return f.textContent.trim(); }),
                    checked: Array.from(form.querySelectorAll('input')).map(function (i) { return i.checked; })};
        }
        var score = document.querySelector('.quiz-score [role=status]');
        return {q1: q('quiz-1'), q2: q('quiz-2'), score: score ? score.textContent : null};""")


def click(driver, css):
    driver.execute_script("arguments[0].click();", driver.find_element(By.CSS_SELECTOR, css))


def main():
    marrow = sys.argv[1]
    axe = axe_source(None)
    driver = headless_chromium()
    try:
        with tempfile.TemporaryDirectory(prefix="marrow-quiz-") as folder:
            page = build_quizzes(marrow, pathlib.Path(folder)).as_uri()
            for width in (375, 1280):
                where = f"{width}px"
                driver.set_window_size(width, 812)
                driver.get(page)
                driver.execute_script("window.localStorage.clear()")
                driver.get(page)
                got = state(driver)
                check(got["score"] == "Self-check score: 0 of 2 correct (2 not answered yet).", f"{where}: the score starts empty ({got['score']})")
                # Check with nothing chosen asks for an answer.
                click(driver, "#quiz-1 .quiz-check")
                check(state(driver)["q1"]["result"] == "Choose an answer first.", f"{where}: Check with no answer asks for one")
                # A wrong answer: its feedback, and Not quite.
                click(driver, "#quiz-1-2")
                click(driver, "#quiz-1 .quiz-check")
                got = state(driver)
                check(got["q1"]["result"].startswith("Not quite") and got["q1"]["shown"] == ["Not used in small children."],
                      f"{where}: a wrong answer shows its feedback and says so ({got['q1']})")
                check(got["score"].startswith("Self-check score: 0 of 2"), f"{where}: a wrong answer scores nothing ({got['score']})")
                # The right one.
                click(driver, "#quiz-1-1")
                click(driver, "#quiz-1 .quiz-check")
                got = state(driver)
                check(got["q1"]["result"] == "Correct." and got["q1"]["shown"] == ["Flat and easy to find."], f"{where}: the right answer is Correct ({got['q1']})")
                check(got["score"] == "Self-check score: 1 of 2 correct (1 not answered yet).", f"{where}: the score counts it ({got['score']})")
                # Several answers: one of two is not enough.
                click(driver, "#quiz-2-1")
                click(driver, "#quiz-2 .quiz-check")
                check(state(driver)["q2"]["result"].startswith("Not quite: every correct answer"), f"{where}: half the answers is not enough")
                click(driver, "#quiz-2-2")
                click(driver, "#quiz-2 .quiz-check")
                got = state(driver)
                check(got["q2"]["result"] == "Correct." and got["score"] == "Self-check score: 2 of 2 correct.", f"{where}: both answers score ({got['score']})")
                # A reload keeps answers, results and score.
                driver.get(page)
                got = state(driver)
                check(got["q1"]["checked"] == [True, False] and got["q2"]["checked"] == [True, True, False]
                      and got["q1"]["result"] == "Correct." and got["score"] == "Self-check score: 2 of 2 correct.",
                      f"{where}: answers and score survive a reload ({got})")
                # Reset clears them, here and after a reload.
                click(driver, ".quiz-reset")
                driver.get(page)
                got = state(driver)
                check(got["q1"]["checked"] == [False, False] and got["q1"]["result"] == "" and got["score"].startswith("Self-check score: 0 of 2"),
                      f"{where}: Reset answers clears them ({got})")
                check(not browser_problems(driver), f"{where}: no console error")

            # Keyboard only: Tab to the first choice, choose with Space, Tab to Check, Enter.
            driver.set_window_size(1280, 812)
            driver.get(page)
            driver.execute_script("window.localStorage.clear(); document.activeElement.blur();")
            driver.get(page)
            driver.execute_script("document.getElementById('self-check').scrollIntoView(); document.querySelector('#self-check .anchor').focus();")
            active = driver.switch_to.active_element
            for _ in range(10):
                active.send_keys(Keys.TAB)
                active = driver.switch_to.active_element
                if active.get_attribute("id") == "quiz-1-1":
                    break
            check(active.get_attribute("id") == "quiz-1-1", f"Tab reaches the first choice ({active.get_attribute('id')})")
            active.send_keys(Keys.SPACE)
            active.send_keys(Keys.TAB)
            active = driver.switch_to.active_element
            check("quiz-check" in (active.get_attribute("class") or ""), "the next Tab reaches Check")
            active.send_keys(Keys.ENTER)
            got = state(driver)
            check(got["q1"]["result"] == "Correct.", f"the keyboard alone answers a quiz ({got['q1']})")
            check(driver.current_url == page, "arrow keys and Enter in a quiz do not leave the page")
            live = driver.execute_script("var r = document.querySelector('#quiz-1 .quiz-result'); return [r.getAttribute('role'), r.getAttribute('aria-live')];")
            check(live == ["status", "polite"], f"the result is said in a live region ({live})")
            legend = driver.execute_script("return document.querySelector('#quiz-1 fieldset > legend').textContent")
            check(legend == "Which site is first choice in an infant?", "the question is the fieldset's legend")

            # axe, both themes, with feedback shown.
            for theme in ("light", "dark"):
                driver.get(page)
                driver.execute_script("window.localStorage.setItem('marrow-theme', arguments[0])", theme)
                driver.get(page)
                click(driver, "#quiz-2-3")
                click(driver, "#quiz-2 .quiz-check")
                _, violations = run_axe(driver, axe)
                check(not violations, f"axe ({theme}): {len(violations)} violation(s)\n{describe(violations)}")

            # Printing: the answers at the end of the chapter, open; the quiz's buttons gone.
            driver.execute_script("window.dispatchEvent(new Event('beforeprint'));")
            printed = driver.execute_script("""
                var d = document.querySelector('.quiz-answers details');
                return {open: d.open, text: d.textContent.replace(/\\s+/g, ' ')};""")
            check(printed["open"] and "Proximal tibia" in printed["text"] and "Tibia; Femur" in printed["text"],
                  f"printing opens the answers at the end of the chapter ({printed})")
    finally:
        driver.quit()
    return check.summary("test_quiz: ")


if __name__ == "__main__":
    sys.exit(main())
