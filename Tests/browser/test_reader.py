#!/usr/bin/env python3
"""The reader's experience in headless Chromium, from disk, at 375 and 1280 px (issue 22, first
defects): citation popovers stay inside the viewport and never widen the page (in tables too),
close on Escape, open on a first tap without leaving the page, and keep the entry's links; arrow
keys on a focused table or an open answer stay on the page; superscripts leave line heights
alone; the theme toggle names what it does and a saved dark theme is there before first paint.

usage: test_reader.py PUBLIC_DIR
"""
import pathlib
import sys
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from support import Checks, browser_problems, headless_chromium

check = Checks()


def popover_geometry(driver, citation):
    return driver.execute_script("""
        var c = arguments[0], tip = c.querySelector('.citation-popover');
        if (!tip) return null;
        var r = tip.getBoundingClientRect();
        return {left: r.left, right: r.right, shown: getComputedStyle(tip).display !== 'none',
                width: window.innerWidth, scroll: document.documentElement.scrollWidth,
                links: tip.querySelectorAll('a[href^="https://doi.org/"]').length};""", citation)


def with_theme(driver, page, theme):
    """Opens `page` with the reader's saved colour theme set to `theme`."""
    driver.get(page)
    driver.execute_script("window.localStorage.setItem('marrow-theme', arguments[0])", theme)
    driver.get(page)


def check_page_contents_column(driver, public):
    """At 1200 px and wider the page's contents stand in a right-hand column that stays in view
    and marks the section being read; narrower, they stay folded above the text."""
    page = (public / "technique.html").as_uri()
    for theme in ("light", "dark"):
        driver.set_window_size(1280, 812)
        with_theme(driver, page, theme)
        layout = driver.execute_script("""
            var nav = document.querySelector('.on-this-page'), body = document.querySelector('.chapter-body');
            var n = nav.getBoundingClientRect(), b = body.getBoundingClientRect();
            return {position: getComputedStyle(nav).position, navLeft: n.left, bodyRight: b.right, open: nav.querySelector('details').open};""")
        check(layout["position"] == "sticky" and layout["navLeft"] >= layout["bodyRight"] and layout["open"],
              f"1280px {theme}: the page's contents are an open column right of the text ({layout})")
        driver.execute_script("document.getElementById('flushing').scrollIntoView({block: 'start'}); window.scrollBy(0, 40);")
        time.sleep(0.3)
        spy = driver.execute_script("""
            var nav = document.querySelector('.on-this-page'), r = nav.getBoundingClientRect();
            var current = nav.querySelectorAll('a[aria-current]');
            var other = nav.querySelector('a:not([aria-current])');
            return {top: r.top, bottom: r.bottom, height: window.innerHeight, current: Array.prototype.map.call(current, function (a) { return a.getAttribute('href'); }),
                    colour: current.length ? getComputedStyle(current[0]).color : null, border: current.length ? getComputedStyle(current[0]).borderLeftColor : null,
                    otherColour: getComputedStyle(other).color};""")
        check(0 <= spy["top"] < spy["height"] and spy["bottom"] > 0, f"1280px {theme}: the contents stay in view lower down the page ({spy['top']:.0f})")
        check(spy["current"] == ["#flushing"], f"1280px {theme}: the section in view is marked in the contents ({spy['current']})")
        check(spy["colour"] is not None and spy["colour"] != spy["otherColour"] and spy["border"] == spy["colour"],
              f"1280px {theme}: the marked section stands out ({spy['colour']} vs {spy['otherColour']})")
        driver.execute_script("window.scrollTo(0, 0)")
        time.sleep(0.3)
        first = driver.execute_script("var a = document.querySelector('.on-this-page a[aria-current]'); return a && a.getAttribute('href');")
        check(first == "#objectives", f"1280px {theme}: back at the top the first section is marked ({first})")
        driver.set_window_size(375, 812)
        with_theme(driver, page, theme)
        narrow = driver.execute_script("""
            var nav = document.querySelector('.on-this-page');
            return {position: getComputedStyle(nav).position, open: nav.querySelector('details').open,
                    above: nav.getBoundingClientRect().bottom <= document.querySelector('.chapter-body').getBoundingClientRect().top};""")
        check(narrow == {"position": "static", "open": False, "above": True}, f"375px {theme}: the contents are folded above the text ({narrow})")
    driver.execute_script("window.localStorage.removeItem('marrow-theme')")


def header_state(driver):
    return driver.execute_script("""
        var h = document.querySelector('.site-header'), r = h.getBoundingClientRect(), top = document.querySelector('.back-to-top');
        return {top: r.top, bottom: r.bottom, y: window.scrollY,
                backToTop: top ? top.getClientRects().length > 0 : false, backToTopName: top ? top.textContent.replace(/\\W+/g, ' ').trim() : null};""")


def scroll_to(driver, y):
    driver.execute_script("window.scrollTo(0, arguments[0])", y)
    time.sleep(0.4)


def check_phone_header(driver, public):
    """On a phone the header is one compact row that slides away on scrolling down and comes back on
    scrolling up or on keyboard focus; after a screen of scrolling a labelled button leads back to the top."""
    page = (public / "technique.html").as_uri()
    for theme in ("light", "dark"):
        driver.set_window_size(375, 812)
        with_theme(driver, page, theme)
        row = driver.execute_script("""
            var h = document.querySelector('.site-header');
            var parts = Array.prototype.filter.call(h.children, function (c) { return c.offsetParent !== null && c.getBoundingClientRect().height > 0; });
            var rects = parts.map(function (c) { return c.getBoundingClientRect(); });
            var theme = document.querySelector('.theme-button');
            return {height: h.getBoundingClientRect().height, parts: parts.length,
                    oneRow: Math.max.apply(null, rects.map(function (r) { return r.top; })) < Math.min.apply(null, rects.map(function (r) { return r.bottom; })),
                    themeHeight: theme.getBoundingClientRect().height, themeName: theme.textContent.trim(),
                    background: getComputedStyle(h).backgroundColor, page: getComputedStyle(document.body).backgroundColor};""")
        check(row["oneRow"] and row["parts"] >= 4 and row["height"] <= 60,
              f"375px {theme}: the header is one row of menu, title, search and theme ({row['height']:.0f} px, {row['parts']} parts)")
        check(row["themeHeight"] <= 40 and row["themeName"] in ("Dark theme", "Light theme"),
              f"375px {theme}: the theme toggle does not wrap and keeps its name ({row['themeHeight']:.0f} px, {row['themeName']!r})")
        check(row["background"] == row["page"], f"375px {theme}: the header is opaque over the text ({row['background']} vs {row['page']})")
        state = header_state(driver)
        check(not state["backToTop"], f"375px {theme}: no back-to-top control at the top of the page")
        scroll_to(driver, 900)
        scroll_to(driver, 1800)
        state = header_state(driver)
        check(state["bottom"] <= 0, f"375px {theme}: scrolling down moves the header away ({state})")
        check(state["backToTop"] and state["backToTopName"] == "Back to top", f"375px {theme}: a back-to-top control appears ({state})")
        scroll_to(driver, 1600)
        state = header_state(driver)
        check(abs(state["top"]) < 1 and state["bottom"] > 30, f"375px {theme}: scrolling up brings the header back ({state})")
        scroll_to(driver, 2600)
        scroll_to(driver, 600)
        state = header_state(driver)
        check(state["bottom"] <= 0, f"375px {theme}: a jump up (a link, a script) leaves the header away, not over where it lands ({state})")
        scroll_to(driver, 2600)
        driver.find_element(By.CSS_SELECTOR, ".menu-button").send_keys("")  # focuses the button
        time.sleep(0.4)
        state = header_state(driver)
        check(abs(state["top"]) < 1 and state["y"] > 2000, f"375px {theme}: keyboard focus in the header brings it back where the reader is ({state})")
        buttons = driver.find_elements(By.CSS_SELECTOR, "button.back-to-top")
        if check(buttons, f"375px {theme}: the back-to-top control is a button"):
            driver.execute_script("arguments[0].focus()", buttons[0])
            buttons[0].send_keys(Keys.ENTER)
            time.sleep(0.4)
            back = driver.execute_script("return [window.scrollY, !!document.activeElement.closest('.site-header')]")
            check(back == [0, True], f"375px {theme}: Enter on back-to-top returns to the top, focus in the header ({back})")
    for width in (800, 1200, 1280):
        driver.set_window_size(width, 812)
        driver.get(page)
        rows = driver.execute_script("""
            var h = document.querySelector('.site-header').getBoundingClientRect(), t = document.querySelector('.theme-button').getBoundingClientRect();
            return [h.height, t.top - h.top];""")
        check(rows[0] <= 70 and rows[1] < 30, f"{width}px: the header is one row, the theme toggle in it ({rows[0]:.0f} px tall, toggle at {rows[1]:.0f})")
    driver.get(page)
    scroll_to(driver, 900)
    scroll_to(driver, 1800)
    state = header_state(driver)
    check(state["backToTop"], f"1280px: a back-to-top control appears after scrolling ({state})")
    for width in (1280, 375):
        driver.set_window_size(width, 812)
        driver.get(page)
        scroll_to(driver, 900)
        # The next-chapter link near the bottom edge, where the control floats.
        driver.execute_script("var r = document.querySelector('.page-next').getBoundingClientRect(); window.scrollBy(0, r.bottom - window.innerHeight + 16);")
        time.sleep(0.4)
        free = driver.execute_script("""
            var next = document.querySelector('.page-next'), r = next.getBoundingClientRect();
            var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return !!hit && next.contains(hit);""")
        check(free, f"{width}px: at the end of the chapter the back-to-top control leaves the next-chapter link free")
    driver.execute_script("window.localStorage.removeItem('marrow-theme')")


def check_bibliography_backlinks(driver, public):
    """The bibliography's "Cited in" links say where they lead (chapter › section), one group per
    chapter, and the citation they lead to is highlighted."""
    page = (public / "bibliography.html").as_uri()
    for width, theme in ((1280, "light"), (375, "dark")):
        driver.set_window_size(width, 812)
        with_theme(driver, page, theme)
        entries = driver.execute_script("""
            return Array.prototype.map.call(document.querySelectorAll('.reference-backlinks'), function (span) {
              return {groups: Array.prototype.map.call(span.querySelectorAll('.reference-backlink-page'), function (g) { return g.firstChild.textContent.replace(' \u203a ', '').trim(); }),
                      links: Array.prototype.map.call(span.querySelectorAll('a'), function (a) {
                        return {text: a.textContent, name: a.getAttribute('aria-label') || a.textContent, href: a.href}; })};
            });""")
        check(len(entries) >= 5, f"{width}px: the bibliography lists where entries are cited ({len(entries)})")
        links = [link for entry in entries for link in entry["links"]]
        check(links and all("↩" not in l["text"] and " › " in l["name"] for l in links),
              f"{width}px: every backlink names its chapter and section ({[l['name'] for l in links if ' › ' not in l['name']][:3]})")
        check(all(len(e["groups"]) == len(set(e["groups"])) and e["groups"] for e in entries),
              f"{width}px: an entry's backlinks are grouped, one group per chapter")
        for link in links[:: max(1, len(links) // 4)][:4]:
            driver.get(link["href"])
            time.sleep(0.2)
            landed = driver.execute_script("""
                var id = decodeURIComponent(location.hash.slice(1)), t = document.getElementById(id);
                if (!t) return null;
                var heading = null, all = document.querySelectorAll('.chapter-body h2, .chapter-body h3, .chapter-body h4');
                for (var i = 0; i < all.length; i++) if (all[i].compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) heading = all[i];
                var r = t.getBoundingClientRect(), s = getComputedStyle(t);
                return {title: document.querySelector('h1').textContent, section: heading ? heading.textContent : '',
                        background: s.backgroundColor, page: getComputedStyle(document.body).backgroundColor,
                        outline: s.outlineStyle, visible: r.top >= 0 && r.bottom <= window.innerHeight};""")
            chapter, _, section = link["name"].partition(" › ")
            check(landed and chapter in landed["title"] and (section.split(" (")[0] in landed["section"] or section == "Opening"),
                  f"{width}px {theme}: {link['name']!r} leads to that chapter and section ({landed and (landed['title'], landed['section'])})")
            check(landed and landed["visible"] and landed["outline"] == "solid" and landed["background"] not in ("rgba(0, 0, 0, 0)", landed["page"]),
                  f"{width}px {theme}: the citation reached is in view and highlighted ({landed})")
    driver.execute_script("window.localStorage.removeItem('marrow-theme')")


def check_reader_settings(driver, public):
    """Text size (smaller, default, larger) is remembered and applied before the page is drawn; a
    Print / PDF control prints the page. On a phone both are in the menu."""
    page, other = (public / "technique.html").as_uri(), (public / "indications.html").as_uri()
    for width, theme in ((1280, "light"), (375, "dark")):
        driver.set_window_size(width, 812)
        with_theme(driver, page, theme)
        driver.execute_script("window.localStorage.removeItem('marrow-text-size')")
        driver.get(page)
        if width < 960:
            driver.find_element(By.CSS_SELECTOR, ".menu-button").click()
        buttons = {b.text: b for b in driver.find_elements(By.CSS_SELECTOR, ".reader-settings button") if b.is_displayed()}
        if not check({"Smaller", "Default", "Larger", "Print / PDF"} <= set(buttons), f"{width}px {theme}: text size and print controls ({sorted(buttons)})"):
            continue
        size = lambda: driver.execute_script("return parseFloat(getComputedStyle(document.querySelector('.chapter-body p')).fontSize)")
        default = size()
        check(buttons["Default"].get_attribute("aria-pressed") == "true", f"{width}px {theme}: the default size is marked as chosen")
        buttons["Larger"].send_keys(Keys.ENTER)
        larger = size()
        check(larger > default * 1.1 and buttons["Larger"].get_attribute("aria-pressed") == "true",
              f"{width}px {theme}: Larger makes the text larger ({default} -> {larger})")
        # On the next page the size is there when <body> first appears, before anything is drawn.
        watch = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": """
            window.__sizeAtBody = null;
            new MutationObserver(function () {
              if (document.body && window.__sizeAtBody === null) window.__sizeAtBody = document.documentElement.getAttribute('data-text-size') || '';
            }).observe(document, {childList: true, subtree: true});"""})
        driver.get(other)
        early = driver.execute_script("return window.__sizeAtBody")
        driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": watch["identifier"]})
        check(early == "larger" and abs(size() - larger) < 0.5, f"{width}px {theme}: the larger size is set before the next page's body ({early!r})")
        if width < 960:
            driver.find_element(By.CSS_SELECTOR, ".menu-button").click()
        driver.find_element(By.CSS_SELECTOR, ".reader-settings button[data-text-size='smaller']").click()
        check(size() < default * 0.95, f"{width}px {theme}: Smaller makes the text smaller than the default")
        driver.find_element(By.CSS_SELECTOR, ".reader-settings button[data-text-size='']").click()
        check(abs(size() - default) < 0.5 and driver.execute_script("return window.localStorage.getItem('marrow-text-size')") is None,
              f"{width}px {theme}: Default restores the size and forgets the choice")
        driver.execute_script("window.__printed = 0; window.print = function () { window.__printed += 1; };")
        driver.find_element(By.CSS_SELECTOR, ".reader-settings .print-button").send_keys(Keys.ENTER)
        check(driver.execute_script("return window.__printed") == 1, f"{width}px {theme}: Print / PDF opens the print dialog")
        check(not browser_problems(driver), f"{width}px {theme}: no console error")
    driver.execute_script("window.localStorage.removeItem('marrow-theme'); window.localStorage.removeItem('marrow-text-size')")


def check_figures(driver, public):
    """Figures open full size on a tap, say their caption once (the image's alt is empty, the
    link named by its figure), and are dimmed in the dark theme instead of glaring (issue 22, point 7)."""
    driver.set_window_size(375, 812)
    for theme in ("light", "dark"):
        with_theme(driver, (public / "technique.html").as_uri(), theme)
        figures = driver.execute_script("""
            return Array.prototype.map.call(document.querySelectorAll('.chapter-body figure:not(.table-figure)'), function (f) {
              var a = f.querySelector('a.figure-full'), img = f.querySelector('img'), cap = f.querySelector('figcaption');
              return {link: a ? a.getAttribute('href') : null, name: a ? a.getAttribute('aria-label') : null,
                      alt: img ? img.getAttribute('alt') : null, caption: cap ? cap.textContent : '',
                      filter: img ? getComputedStyle(img).filter : 'none', src: img ? img.getAttribute('src') : null};
            });""")
        if not check(figures, f"375px {theme}: technique has figures"):
            continue
        check(all(f["link"] == f["src"] and f["name"] and "full size" in f["name"] for f in figures),
              f"375px {theme}: each figure links to its image full size ({[f['link'] for f in figures]})")
        check(all(f["alt"] == "" and f["caption"] for f in figures), f"375px {theme}: the description is said once, in the caption")
        dimmed = [f["filter"] != "none" for f in figures]
        check(all(dimmed) if theme == "dark" else not any(dimmed), f"375px {theme}: figures dimmed only in the dark theme ({figures[0]['filter']})")
    link = driver.find_element(By.CSS_SELECTOR, ".chapter-body a.figure-full")
    link.click()
    check(driver.current_url.endswith(".svg"), f"a tap on a figure opens the image itself ({driver.current_url.split('/')[-1]})")


def check_image_sizes(driver, public):
    """Local images carry width and height, so their room is kept before they load: an <img>
    without its file yet (the same tag, no src) is as tall as the loaded image."""
    for width in (375, 1280):
        driver.set_window_size(width, 812)
        for page in ("technique.html", "indications.html", "sampling.html"):
            driver.get((public / page).as_uri())
            images = driver.execute_script("""
                return Array.prototype.map.call(document.querySelectorAll('.chapter-body img'), function (img) {
                  img.loading = 'eager';
                  var empty = img.cloneNode(false); empty.removeAttribute('src'); empty.alt = '';
                  img.parentNode.insertBefore(empty, img);
                  var before = empty.getBoundingClientRect(); empty.remove();
                  return {src: img.getAttribute('src'), width: img.getAttribute('width'), height: img.getAttribute('height'), empty: before.height};
                });""")
            check(images, f"{width}px: {page} has images")
            time.sleep(0.3)
            loaded = driver.execute_script("""
                return Array.prototype.map.call(document.querySelectorAll('.chapter-body img'), function (img) {
                  return {complete: img.complete && img.naturalWidth > 0, height: img.getBoundingClientRect().height,
                          ratio: img.naturalWidth / img.naturalHeight};
                });""")
            for image, after in zip(images, loaded):
                sized = image["width"] and image["height"]
                check(sized, f"{width}px: {page} {image['src']} has width and height")
                check(after["complete"] and abs(image["empty"] - after["height"]) < 1,
                      f"{width}px: {page} {image['src']} keeps its room before it loads ({image['empty']:.0f} vs {after['height']:.0f} px)")
                if sized:
                    check(abs(int(image["width"]) / int(image["height"]) - after["ratio"]) < 0.01,
                          f"{width}px: {page} {image['src']} width/height has the image's proportions")


def check_chapter_reference_numbers(driver, public):
    """Each chapter's References read 1, 2, 3, ... (the course numbers citations per chapter),
    and its citations show those numbers (issue 22, point 11)."""
    for page in ("indications.html", "technique.html", "line-care.html", "sampling.html", "anaesthesia.html"):
        driver.get((public / page).as_uri())
        got = driver.execute_script("""
            var items = Array.from(document.querySelectorAll('.references li[value]'));
            var values = items.map(function (li) { return parseInt(li.getAttribute('value'), 10); });
            var shown = Array.from(document.querySelectorAll('.chapter-body .citation sup a')).map(function (a) {
                var li = document.getElementById(a.getAttribute('href').slice(1));
                return li ? a.textContent === li.getAttribute('value') : false; });
            return {values: values, shown: shown};""")
        values = got["values"]
        check(values and values == list(range(1, len(values) + 1)), f"{page}: its References read 1 to {len(values)} ({values[:8]})")
        check(got["shown"] and all(got["shown"]), f"{page}: each citation shows its entry's number in the chapter's list")


def check_sidebar(driver, public):
    """The sidebar lists the current chapter's sections under its entry, and each part folds
    (its fold remembered; the part holding the current page stays open); the chapters after
    the parts stand outside them."""
    driver.set_window_size(1280, 900)
    page = (public / "technique.html").as_uri()
    driver.get(page)
    driver.execute_script("window.localStorage.clear()")
    driver.get(page)
    state = driver.execute_script("""
        var current = document.querySelector('#toc-tree a[aria-current=page]');
        var sections = current ? Array.from(current.parentNode.querySelectorAll('ol.toc-sections a')).map(function (a) { return a.getAttribute('href'); }) : [];
        var own = Array.from(document.querySelectorAll('.on-this-page li:not(.subsection) > a')).map(function (a) { return a.getAttribute('href'); });
        var button = document.querySelector('.toc-part-button');
        var glossary = document.querySelector('#toc-tree a[href$="glossary.html"]');
        return {sections: sections, own: own, expanded: button && button.getAttribute('aria-expanded'),
                glossaryInPart: !!(glossary && glossary.closest('.toc-part-chapters'))};""")
    check(state["sections"] and state["sections"] == state["own"], f"the sidebar lists the chapter's sections ({len(state['sections'])} of {len(state['own'])})")
    check(state["expanded"] == "true", "the part holding the current chapter is open")
    check(not state["glossaryInPart"], "chapters after the parts stand outside them")
    first = driver.find_element(By.CSS_SELECTOR, "#toc-tree ol.toc-sections a")
    target = first.get_attribute("href").split("#")[1]
    first.click()
    check(driver.current_url.endswith("#" + target), f"a section in the sidebar leads to it ({driver.current_url})")
    # Fold the part on a page outside it: it stays folded on the next page outside it.
    glossary = (public / "glossary.html").as_uri()
    driver.get(glossary)
    button = driver.find_element(By.CSS_SELECTOR, ".toc-part-button")
    button.click()
    folded = driver.execute_script("""var b = document.querySelector('.toc-part-button');
        return {expanded: b.getAttribute('aria-expanded'), hidden: document.getElementById(b.getAttribute('aria-controls')).hidden};""")
    check(folded["expanded"] == "false" and folded["hidden"], f"the part's button folds it ({folded})")
    driver.get((public / "bibliography.html").as_uri())
    again = driver.execute_script("return document.querySelector('.toc-part-button').getAttribute('aria-expanded')")
    check(again == "false", "a folded part stays folded on the next page")
    driver.get(page)
    inside = driver.execute_script("return document.querySelector('.toc-part-button').getAttribute('aria-expanded')")
    check(inside == "true", "the part holding the current chapter opens whatever was saved")
    driver.execute_script("window.localStorage.clear()")


def main():
    public = pathlib.Path(sys.argv[1]).resolve()
    driver = headless_chromium()
    try:
        for width in (375, 1280):
            driver.set_window_size(width, 812)
            page = (public / "indications.html").as_uri()
            driver.get(page)
            # A citation inside a table: focus it by keyboard.
            citation = driver.execute_script("return document.querySelector('.table-wrap .citation')")
            check(citation is not None, f"{width}px: a citation inside a table")
            if citation is None:
                continue
            link = citation.find_element(By.CSS_SELECTOR, "a")
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", link)
            geometry = popover_geometry(driver, citation)
            check(geometry and geometry["shown"], f"{width}px: focusing a citation in a table shows its popover")
            if geometry:
                check(geometry["left"] >= 0 and geometry["right"] <= geometry["width"],
                      f"{width}px: the popover is inside the viewport ({geometry['left']:.0f}-{geometry['right']:.0f} of {geometry['width']})")
                check(geometry["scroll"] <= geometry["width"], f"{width}px: the page does not widen ({geometry['scroll']} > {geometry['width']})")
                check(geometry["links"] >= 1, f"{width}px: the DOI in the popover is a link")
            link.send_keys(Keys.ESCAPE)
            geometry = popover_geometry(driver, citation)
            check(geometry and not geometry["shown"], f"{width}px: Escape closes the popover")
            # A first tap on a citation shows the reference and stays on the page.
            driver.execute_script("""
                var link = arguments[0];
                link.dispatchEvent(new PointerEvent('pointerdown', {pointerType: 'touch', bubbles: true}));
                link.click();""", link)
            check(driver.current_url == page, f"{width}px: a first tap on a citation does not leave the page")
            geometry = popover_geometry(driver, citation)
            check(geometry and geometry["shown"], f"{width}px: a first tap shows the popover")
            check(not browser_problems(driver), f"{width}px: no console error")

        # On a phone, every chapter's first lines are on the first screen.
        driver.set_window_size(375, 812)
        for page in sorted(p.name for p in public.glob("*.html") if p.name not in ("print.html", "search.html", "404.html", "toc.html")):
            driver.get((public / page).as_uri())
            top, screen = driver.execute_script("""
                var first = document.querySelector('.chapter-body > p, .chapter-body > ul, .chapter-body > table, .chapter-body > div');
                return [first ? first.getBoundingClientRect().top : 0, window.innerHeight];""")
            check(top < screen, f"375x812: {page} starts its text within the first screen ({top:.0f} < {screen})")

        # Three-column tables fit a phone; a table that does not says it scrolls.
        driver.get((public / "technique.html").as_uri())
        tables = driver.execute_script("""
            return Array.prototype.map.call(document.querySelectorAll('.table-wrap'), function (box) {
              var columns = box.querySelector('tr').children.length;
              var hint = box.previousElementSibling && box.previousElementSibling.className === 'table-scroll-hint';
              return [columns, box.scrollWidth > box.clientWidth + 1, hint];
            });""")
        check(any(c <= 3 for c, _, _ in tables), "technique.html has a table of three columns or fewer")
        for columns, overflows, hint in tables:
            if columns <= 3:
                check(not overflows, f"375px: a {columns}-column table fits the screen")
            check(overflows == hint, f"375px: a table that scrolls says so, one that fits does not ({columns} columns)")
        # Following a link: the target clears the top edge and is marked.
        driver.get((public / "technique.html").as_uri() + "#flushing")
        target = driver.execute_script("""
            var t = document.getElementById('flushing'); var s = getComputedStyle(t);
            return [parseFloat(s.scrollMarginTop), s.outlineStyle, t.getBoundingClientRect().top];""")
        check(target[0] > 0 and target[1] == "solid" and target[2] > 0, f"a link's target clears the top and is outlined ({target})")

        # Arrow keys on a focused wide table, or inside an open answer, stay on the page.
        driver.set_window_size(375, 812)
        page = (public / "indications.html").as_uri()
        driver.get(page)
        box = driver.execute_script("return document.querySelector('.table-wrap[tabindex]')")
        check(box is not None, "375px: a wide table takes focus")
        if box is not None:
            driver.execute_script("arguments[0].focus()", box)
            box.send_keys(Keys.ARROW_RIGHT)
            check(driver.current_url == page, "→ on a focused table scrolls it and stays on the chapter")
        summary = driver.execute_script("var d = document.querySelector('details'); d.open = true; return d.querySelector('summary');")
        summary.send_keys(Keys.ARROW_RIGHT)
        check(driver.current_url == page, "→ in an open answer stays on the chapter")

        # Superscripts do not make their lines taller.
        heights = driver.execute_script("""
            var p = document.querySelector('.chapter-body p');
            var a = document.createElement('p'), b = document.createElement('p');
            a.textContent = 'Plain line'; b.innerHTML = 'Line with a citation<sup>12</sup>';
            p.parentNode.insertBefore(a, p); p.parentNode.insertBefore(b, p);
            var result = [a.getBoundingClientRect().height, b.getBoundingClientRect().height];
            a.remove(); b.remove(); return result;""")
        check(abs(heights[0] - heights[1]) < 0.5, f"a superscript leaves the line height alone ({heights})")

        # The toggle says what it does; a saved dark theme is set before the page is painted.
        driver.set_window_size(1280, 812)
        driver.get((public / "index.html").as_uri())
        driver.execute_script("window.localStorage.setItem('marrow-theme', 'light')")
        driver.get((public / "index.html").as_uri())
        toggle = driver.find_element(By.CSS_SELECTOR, ".theme-button")
        check(toggle.text == "Dark theme", f"light page: the toggle offers the dark theme ({toggle.text!r})")
        toggle.click()
        check(toggle.text == "Light theme", f"dark page: the toggle offers the light theme ({toggle.text!r})")
        first_paint = driver.execute_script("""
            return performance.getEntriesByType('navigation').length >= 0 && (function () {
              var scripts = Array.prototype.slice.call(document.head.querySelectorAll('script'));
              var theme = scripts.filter(function (s) { return /theme\\.js$/.test(s.src); })[0];
              return theme ? {blocking: !theme.defer && !theme.async, beforeStyles: theme.compareDocumentPosition(document.querySelector('link[rel=stylesheet]')) === Node.DOCUMENT_POSITION_FOLLOWING} : null;
            })();""")
        check(first_paint and first_paint["blocking"] and first_paint["beforeStyles"],
              "theme.js runs before the stylesheets, without defer: the saved theme applies before first paint")
        driver.get((public / "technique.html").as_uri())
        check(driver.execute_script("return document.documentElement.getAttribute('data-theme')") == "dark",
              "the saved dark theme is on the next page at once")

        check_page_contents_column(driver, public)
        check_phone_header(driver, public)
        check_bibliography_backlinks(driver, public)
        check_reader_settings(driver, public)
        check_image_sizes(driver, public)
        check_figures(driver, public)
        check_sidebar(driver, public)
        check_chapter_reference_numbers(driver, public)
    finally:
        driver.quit()
    return check.summary()


if __name__ == "__main__":
    sys.exit(main())
