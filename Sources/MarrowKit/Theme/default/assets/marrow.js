// Marrow's page script: builds the book's table of contents from toc.js and runs the menu.
// Plain script (no modules, no fetch) so that it works opened from disk under a strict CSP.
(function () {
  "use strict";

  function buildContents(nav) {
    var entries = window.marrowTOC;
    var holder = document.getElementById("toc-tree");
    if (!entries || !holder) return;
    var root = nav.getAttribute("data-root") || "";
    var current = nav.getAttribute("data-page");
    if (current === "index.html" && entries.length && entries[0].p) current = entries[0].p;
    var top = document.createElement("ol");
    top.className = "toc";
    var stack = [top];
    var currentLink = null;
    var closed = closedParts();
    var parts = [];
    entries.forEach(function (entry) {
      if (entry.end) stack = [top];
      if (entry.part) {
        // A part: its title a button that folds its chapters (remembered, per book, on this device).
        var part = document.createElement("li");
        part.className = "toc-part";
        var button = document.createElement("button");
        button.type = "button";
        button.className = "toc-part-button";
        button.textContent = entry.part;
        var list = document.createElement("ol");
        list.className = "toc-part-chapters";
        list.id = "toc-part-" + parts.length;
        button.setAttribute("aria-controls", list.id);
        part.appendChild(button);
        part.appendChild(list);
        top.appendChild(part);
        parts.push({ title: entry.part, button: button, list: list, current: false });
        stack = [list];
      }
      while (stack.length > entry.d + 1) stack.pop();
      while (stack.length < entry.d + 1) {
        var parentList = stack[stack.length - 1];
        var nested = document.createElement("ol");
        var host = parentList.lastElementChild;
        if (!host || host.className === "toc-part") {
          host = document.createElement("li");
          parentList.appendChild(host);
        }
        host.appendChild(nested);
        stack.push(nested);
      }
      var item = document.createElement("li");
      var label = (entry.n ? entry.n + " " : "") + entry.t;
      if (entry.p) {
        var link = document.createElement("a");
        link.href = root + entry.p;
        if (entry.n) {
          var num = document.createElement("span");
          num.className = "chapter-number";
          num.textContent = entry.n;
          link.appendChild(num);
          link.appendChild(document.createTextNode(" " + entry.t));
        } else {
          link.textContent = entry.t;
        }
        if (entry.p === current) {
          link.setAttribute("aria-current", "page");
          currentLink = link;
          if (parts.length && stack[0] === parts[parts.length - 1].list) parts[parts.length - 1].current = true;
        }
        item.appendChild(link);
        if (entry.p === current) item.appendChild(currentSections());
      } else {
        var draft = document.createElement("span");
        draft.className = "toc-draft";
        draft.setAttribute("aria-disabled", "true");
        draft.textContent = label;
        item.appendChild(draft);
      }
      stack[stack.length - 1].appendChild(item);
    });
    holder.appendChild(top);
    parts.forEach(function (part) {
      function show(open) {
        part.button.setAttribute("aria-expanded", open ? "true" : "false");
        part.list.hidden = !open;
      }
      show(part.current || closed.indexOf(part.title) < 0);
      part.button.addEventListener("click", function () {
        var open = part.button.getAttribute("aria-expanded") !== "true";
        show(open);
        var now = closedParts().filter(function (t) { return t !== part.title; });
        if (!open) now.push(part.title);
        try { window.localStorage.setItem(partsKey(), JSON.stringify(now)); } catch (e) { /* storage may be off */ }
      });
    });
    if (currentLink && currentLink.scrollIntoView && nav.scrollHeight > nav.clientHeight) {
      currentLink.scrollIntoView({ block: "center" });
    }
  }

  // The current chapter's sections, under its entry: the page's own "On this page" list.
  function currentSections() {
    var list = document.createElement("ol");
    list.className = "toc-sections";
    var links = document.querySelectorAll(".on-this-page li:not(.subsection) > a");
    for (var i = 0; i < links.length; i++) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = links[i].getAttribute("href");
      link.textContent = links[i].textContent;
      item.appendChild(link);
      list.appendChild(item);
    }
    return list;
  }

  function partsKey() {
    var site = document.querySelector(".site-title");
    return "marrow-closed-parts:" + (site ? site.textContent.trim() : "");
  }

  function closedParts() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(partsKey()) || "[]");
      return Array.isArray(saved) ? saved : [];
    } catch (e) {
      return [];
    }
  }

  function setUpMenu(nav) {
    var button = document.querySelector(".menu-button");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") === "true";
      button.setAttribute("aria-expanded", open ? "false" : "true");
      document.body.classList.toggle("menu-open", !open);
      if (!open) {
        var first = nav.querySelector("a");
        if (first) first.focus();
      }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && document.body.classList.contains("menu-open")) {
        button.setAttribute("aria-expanded", "false");
        document.body.classList.remove("menu-open");
        button.focus();
      }
    });
  }

  // The reader's theme choice, remembered in localStorage (which works on file:// too).
  function setUpTheme() {
    var button = document.querySelector(".theme-button");
    var root = document.documentElement;
    var stored = null;
    try { stored = window.localStorage.getItem("marrow-theme"); } catch (e) { stored = null; }
    if (stored === "dark" || stored === "light") root.setAttribute("data-theme", stored);
    if (!button) return;
    function isDark() {
      var chosen = root.getAttribute("data-theme");
      if (chosen) return chosen === "dark";
      return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
    }
    // The button names what it does: "Dark theme" while the page is light, "Light theme" while dark.
    // The words sit in a span of their own: on a phone the stylesheet shows an icon instead.
    var text = document.createElement("span");
    text.className = "theme-label";
    button.textContent = "";
    button.appendChild(text);
    function label() {
      button.setAttribute("aria-pressed", isDark() ? "true" : "false");
      text.textContent = isDark() ? "Light theme" : "Dark theme";
    }
    button.hidden = false;
    label();
    button.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { window.localStorage.setItem("marrow-theme", next); } catch (e) { /* private mode: not remembered */ }
      label();
    });
  }

  // Left and right arrows go to the previous and next chapter, unless the reader is typing.
  function setUpKeys() {
    document.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      var target = event.target;
      var tag = target && target.tagName ? target.tagName.toLowerCase() : "";
      if (tag === "input" || tag === "textarea" || tag === "select" || (target && target.isContentEditable)) return;
      // Arrows scroll a focused wide table or code block, and move within an open answer: the chapter stays.
      if (target && target.closest && target.closest(".table-wrap, pre, details[open], .citation, [role=region], .quiz")) return;
      var rel = event.key === "ArrowLeft" ? "prev" : event.key === "ArrowRight" ? "next" : null;
      if (!rel) return;
      var link = document.querySelector("a[rel=" + rel + "]");
      if (link) {
        event.preventDefault();
        window.location.href = link.href;
      }
    });
  }

  // Citation popovers: the full references, taken from this page's own reference list (each
  // citing chapter ends with one), shown on hover and keyboard focus by the stylesheet.
  function referenceItems(citation) {
    var items = [];
    // "#ref-key" on a chapter page, "#ch3-ref-key" on print.html.
    var links = citation.querySelectorAll("a[href*='ref-']");
    for (var i = 0; i < links.length; i++) {
      var id = links[i].getAttribute("href").split("#")[1];
      var item = document.getElementById(id);
      if (!item) continue;
      // "29–31" links its two ends: take the entries between them from the list as well.
      var previous = items.length ? items[items.length - 1] : null;
      var between = links[i].previousSibling;
      if (previous && between && between.nodeType === 3 && between.textContent.indexOf("\u2013") >= 0 &&
          previous.parentNode === item.parentNode) {
        for (var next = previous.nextElementSibling; next && next !== item; next = next.nextElementSibling) items.push(next);
      }
      items.push(item);
    }
    return items;
  }

  // The entry as the list shows it, links (DOI, PMID, URL) included, without its backlinks.
  function entryNodes(item, line) {
    var number = item.getAttribute("value");
    if (number) line.appendChild(document.createTextNode(number + ". "));
    var copy = item.cloneNode(true);
    var extras = copy.querySelectorAll(".reference-backlinks");
    for (var i = 0; i < extras.length; i++) extras[i].parentNode.removeChild(extras[i]);
    while (copy.firstChild) line.appendChild(copy.firstChild);
  }

  var popoverCount = 0;
  function preparePopover(citation) {
    if (citation.getAttribute("data-popover")) return citation.querySelector(".citation-popover");
    citation.setAttribute("data-popover", "1");
    var items = referenceItems(citation);
    if (!items.length) return null;
    var tip = document.createElement("span");
    tip.className = "citation-popover";
    tip.setAttribute("role", "tooltip");
    tip.id = "citation-popover-" + (++popoverCount);
    items.forEach(function (item) {
      var line = document.createElement("span");
      line.className = "citation-popover-entry";
      entryNodes(item, line);
      tip.appendChild(line);
    });
    citation.appendChild(tip);
    var links = citation.querySelectorAll("sup a, a.citation-link, :scope > a");
    for (var i = 0; i < links.length; i++) links[i].setAttribute("aria-describedby", tip.id);
    return tip;
  }

  // Shown fixed to the viewport, under the citation or above it when there is no room below,
  // never wider than the screen: a table's scroll box does not cut it and the page never widens.
  var openCitation = null;
  function place(citation, tip) {
    var margin = 8;
    var width = Math.min(448, window.innerWidth - 2 * margin);
    tip.style.width = width + "px";
    var anchor = citation.getBoundingClientRect();
    var left = Math.max(margin, Math.min(anchor.left, window.innerWidth - width - margin));
    tip.style.left = left + "px";
    tip.style.top = "0px";
    var height = tip.offsetHeight;
    var below = anchor.bottom + 4;
    tip.style.top = (below + height <= window.innerHeight - margin || anchor.top < height + margin ? below : anchor.top - height - 4) + "px";
  }

  function open(citation) {
    var tip = preparePopover(citation);
    if (!tip) return;
    if (openCitation && openCitation !== citation) close();
    openCitation = citation;
    citation.classList.add("popover-open");
    place(citation, tip);
  }

  function close() {
    if (!openCitation) return;
    openCitation.classList.remove("popover-open");
    openCitation = null;
  }

  function setUpCitations() {
    var touched = false;
    function citationOf(event) {
      return event.target && event.target.closest ? event.target.closest(".citation") : null;
    }
    document.addEventListener("mouseover", function (event) {
      var citation = citationOf(event);
      if (citation && !touched) open(citation);
    });
    document.addEventListener("mouseout", function (event) {
      var citation = citationOf(event);
      if (citation && !touched && !citation.contains(event.relatedTarget)) close();
    });
    document.addEventListener("focusin", function (event) {
      var citation = citationOf(event);
      if (citation) open(citation); else if (openCitation && !openCitation.contains(event.target)) close();
    });
    // On a touch screen the first tap on a citation shows the reference; a second tap follows the link.
    document.addEventListener("pointerdown", function (event) { touched = event.pointerType === "touch"; }, true);
    document.addEventListener("click", function (event) {
      var citation = citationOf(event);
      if (!citation) {
        if (openCitation && !(event.target.closest && event.target.closest(".citation-popover"))) close();
        return;
      }
      var link = event.target.closest ? event.target.closest("a") : null;
      var inTip = event.target.closest && event.target.closest(".citation-popover");
      if (touched && link && !inTip && openCitation !== citation) {
        event.preventDefault();
        open(citation);
      }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && openCitation) {
        close();
        var link = document.activeElement;
        if (link && link.blur && link.closest && link.closest(".citation")) link.blur();
      }
    });
    window.addEventListener("scroll", function () { if (openCitation) place(openCitation, openCitation.querySelector(".citation-popover")); }, true);
    window.addEventListener("resize", function () { if (openCitation) place(openCitation, openCitation.querySelector(".citation-popover")); });
  }

  // Link previews, as citations have: a footnote's text, a glossary term's definition, a
  // figure's or table's caption, an equation, a section's first paragraph, on hover, keyboard
  // focus and a first tap (a second tap follows the link). Targets on this page are read from
  // it; those on other pages come from the hidden previews the build put on the page.
  function previewContent(link) {
    var href = link.getAttribute("href") || "";
    var box = document.createElement("span");
    if (href.charAt(0) !== "#") {
      var stored = document.querySelectorAll(".link-previews [data-preview-for]");
      for (var i = 0; i < stored.length; i++) {
        if (stored[i].getAttribute("data-preview-for") === href) {
          for (var c = stored[i].firstChild; c; c = c.nextSibling) box.appendChild(c.cloneNode(true));
          return box;
        }
      }
      return null;
    }
    var target = document.getElementById(decodeURIComponent(href.slice(1)));
    if (!target) return null;
    function copy(node) {
      var clone = node.cloneNode(true);
      var drop = clone.querySelectorAll ? clone.querySelectorAll(".footnote-back, .anchor, .citation-popover, [id]") : [];
      for (var j = 0; j < drop.length; j++) {
        if (drop[j].id) drop[j].removeAttribute("id"); else drop[j].parentNode.removeChild(drop[j]);
      }
      if (clone.removeAttribute) clone.removeAttribute("id");
      return clone;
    }
    function strong(text) {
      var b = document.createElement("strong");
      b.textContent = text.replace(/\s*#\s*$/, "") + " ";
      return b;
    }
    var tag = target.tagName;
    if (tag === "LI" && target.parentNode && target.parentNode.parentNode && /footnotes/.test(target.parentNode.parentNode.className)) {
      for (var n = target.firstElementChild; n; n = n.nextElementSibling) box.appendChild(copy(n));
    } else if (tag === "DT") {
      box.appendChild(strong(target.textContent));
      for (var d = target.nextElementSibling; d && d.tagName === "DD"; d = d.nextElementSibling) box.appendChild(document.createTextNode(d.textContent + " "));
    } else if (tag === "FIGURE") {
      var caption = target.querySelector("figcaption");
      if (!caption) return null;
      box.appendChild(copy(caption));
    } else if (/math-display/.test(target.className)) {
      box.appendChild(copy(target));
    } else if (/^H[2-6]$/.test(tag)) {
      box.appendChild(strong(target.textContent));
      for (var p = target.nextElementSibling; p; p = p.nextElementSibling) {
        if (/^H[1-6]$/.test(p.tagName)) break;
        if (p.tagName === "P") { box.appendChild(document.createTextNode(p.textContent.replace(/\s+/g, " ").slice(0, 320))); break; }
      }
    } else {
      return null;
    }
    return box;
  }

  var previewCount = 0, openPreview = null;
  function previewOf(link) {
    if (link.getAttribute("data-link-preview")) return document.getElementById(link.getAttribute("data-link-preview"));
    var content = previewContent(link);
    if (!content) { link.setAttribute("data-link-preview", "none"); return null; }
    var tip = document.createElement("span");
    tip.className = "citation-popover link-preview";
    tip.setAttribute("role", "tooltip");
    tip.id = "link-preview-" + (++previewCount);
    tip.appendChild(content);
    link.parentNode.insertBefore(tip, link.nextSibling);
    link.setAttribute("data-link-preview", tip.id);
    link.setAttribute("aria-describedby", tip.id);
    return tip;
  }

  function showPreview(link) {
    var tip = previewOf(link);
    if (!tip) return;
    if (openPreview && openPreview.link !== link) hidePreview();
    openPreview = { link: link, tip: tip };
    tip.classList.add("open");
    place(link, tip);
  }

  function hidePreview() {
    if (!openPreview) return;
    openPreview.tip.classList.remove("open");
    openPreview = null;
  }

  function setUpLinkPreviews() {
    var touched = false;
    function linkOf(event) {
      var link = event.target && event.target.closest ? event.target.closest("a[href]") : null;
      if (!link || !link.closest(".chapter-body, .print-chapter") || link.closest(".citation, .link-preview, .link-previews, .references, .footnotes, .anchor")) return null;
      if (link.classList.contains("figure-full") || link.classList.contains("anchor")) return null;
      var href = link.getAttribute("href");
      if (/^[a-z]+:/i.test(href)) return null;
      return href.indexOf("#") >= 0 ? link : null;
    }
    document.addEventListener("mouseover", function (event) {
      var link = linkOf(event);
      if (link && !touched) showPreview(link);
    });
    document.addEventListener("mouseout", function (event) {
      var link = linkOf(event);
      if (link && !touched && openPreview && openPreview.link === link && !(event.relatedTarget && openPreview.tip.contains(event.relatedTarget))) hidePreview();
    });
    document.addEventListener("focusin", function (event) {
      var link = linkOf(event);
      if (link) showPreview(link); else if (openPreview && !openPreview.tip.contains(event.target)) hidePreview();
    });
    document.addEventListener("pointerdown", function (event) { touched = event.pointerType === "touch"; }, true);
    document.addEventListener("click", function (event) {
      var link = linkOf(event);
      if (!link) {
        if (openPreview && !(event.target.closest && event.target.closest(".link-preview"))) hidePreview();
        return;
      }
      if (touched && (!openPreview || openPreview.link !== link) && previewOf(link)) {
        event.preventDefault();
        showPreview(link);
      }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && openPreview) hidePreview();
    });
    window.addEventListener("scroll", function () { if (openPreview) place(openPreview.link, openPreview.tip); }, true);
    window.addEventListener("resize", function () { if (openPreview) place(openPreview.link, openPreview.tip); });
  }

  // Scored self-check questions: Check grades a quiz (every correct choice and no other), shows
  // the feedback of the chosen answers and says the result in a live region; the chapter's score
  // and the answers given are kept in localStorage, per book and page, so they survive a reload
  // from disk; "Reset answers" clears them.
  function quizStore() {
    var nav = document.getElementById("sidebar");
    var site = document.querySelector(".site-title");
    var page = nav ? nav.getAttribute("data-page") : window.location.pathname.split("/").pop();
    var key = "marrow-quiz:" + (site ? site.textContent.trim() : "") + ":" + page;
    return {
      read: function () {
        try { var s = JSON.parse(window.localStorage.getItem(key) || "{}"); return s && typeof s === "object" ? s : {}; } catch (e) { return {}; }
      },
      write: function (state) { try { window.localStorage.setItem(key, JSON.stringify(state)); } catch (e) { /* storage may be off */ } },
      clear: function () { try { window.localStorage.removeItem(key); } catch (e) { /* storage may be off */ } }
    };
  }

  function setUpQuizzes() {
    var quizzes = Array.prototype.slice.call(document.querySelectorAll("form.quiz"));
    if (!quizzes.length) return;
    var store = quizStore();
    var state = store.read();
    var score = document.createElement("div");
    score.className = "quiz-score";
    var scoreText = document.createElement("p");
    scoreText.setAttribute("role", "status");
    var reset = document.createElement("button");
    reset.type = "button";
    reset.className = "quiz-reset";
    reset.textContent = "Reset answers";
    score.appendChild(scoreText);
    score.appendChild(reset);
    var answers = document.querySelector(".quiz-answers");
    var last = quizzes[quizzes.length - 1];
    (answers || last).parentNode.insertBefore(score, answers || last.nextSibling);

    function inputs(quiz) { return Array.prototype.slice.call(quiz.querySelectorAll("input")); }
    function showScore() {
      var right = quizzes.filter(function (q) { return state[q.id] && state[q.id].r === true; }).length;
      var tried = quizzes.filter(function (q) { return state[q.id] && typeof state[q.id].r === "boolean"; }).length;
      scoreText.textContent = "Self-check score: " + right + " of " + quizzes.length + " correct" +
        (tried < quizzes.length ? " (" + (quizzes.length - tried) + " not answered yet)" : "") + ".";
    }
    function grade(quiz, announce) {
      var all = inputs(quiz);
      var chosen = all.filter(function (i) { return i.checked; });
      var result = quiz.querySelector(".quiz-result");
      all.forEach(function (input) {
        var choice = input.closest(".quiz-choice");
        choice.classList.remove("quiz-chosen-right", "quiz-chosen-wrong");
        var feedback = document.getElementById(input.id + "-feedback");
        if (feedback) feedback.hidden = !input.checked;
        if (input.checked) choice.classList.add(input.hasAttribute("data-correct") ? "quiz-chosen-right" : "quiz-chosen-wrong");
      });
      if (!chosen.length) {
        result.textContent = "Choose an answer first.";
        return null;
      }
      var right = all.every(function (i) { return i.checked === i.hasAttribute("data-correct"); });
      result.className = "quiz-result " + (right ? "quiz-right" : "quiz-wrong");
      result.textContent = right ? "Correct." : quiz.getAttribute("data-multiple") === "true"
        ? "Not quite: every correct answer, and no other, must be chosen. Read the feedback and try again."
        : "Not quite. Read the feedback under your answer and try again.";
      if (!announce) result.setAttribute("aria-live", "off");
      else result.setAttribute("aria-live", "polite");
      return right;
    }
    quizzes.forEach(function (quiz) {
      var saved = state[quiz.id];
      if (saved && saved.c) {
        inputs(quiz).forEach(function (input, i) { input.checked = saved.c.indexOf(i) >= 0; });
        if (typeof saved.r === "boolean") grade(quiz, false);
      }
      quiz.addEventListener("submit", function (event) { event.preventDefault(); });
      quiz.querySelector(".quiz-check").addEventListener("click", function () {
        var right = grade(quiz, true);
        var chosen = [];
        inputs(quiz).forEach(function (input, i) { if (input.checked) chosen.push(i); });
        state[quiz.id] = right === null ? { c: chosen } : { c: chosen, r: right };
        store.write(state);
        showScore();
      });
    });
    reset.addEventListener("click", function () {
      state = {};
      store.clear();
      quizzes.forEach(function (quiz) {
        inputs(quiz).forEach(function (input) { input.checked = false; });
        grade(quiz, false);
        var result = quiz.querySelector(".quiz-result");
        result.textContent = "";
        result.className = "quiz-result";
      });
      showScore();
    });
    showScore();
  }

  // Printing a chapter shows its folded answers; they fold again afterwards.
  function setUpPrinting() {
    var opened = [];
    window.addEventListener("beforeprint", function () {
      var closed = document.querySelectorAll("details:not([open])");
      for (var i = 0; i < closed.length; i++) {
        closed[i].open = true;
        opened.push(closed[i]);
      }
    });
    window.addEventListener("afterprint", function () {
      opened.forEach(function (details) { details.open = false; });
      opened = [];
    });
  }

  // A table wider than the screen scrolls in its own box; the box then takes keyboard focus
  // (to scroll with the arrow keys) and is named after the table's caption.
  function setUpWideTables() {
    var boxes = document.querySelectorAll(".table-wrap, div.math-display");
    if (!boxes.length) return;
    function mark() {
      for (var i = 0; i < boxes.length; i++) {
        var box = boxes[i];
        var hint = box.previousElementSibling && box.previousElementSibling.className === "table-scroll-hint" ? box.previousElementSibling : null;
        if (box.scrollWidth > box.clientWidth + 1) {
          var isMath = box.tagName === "DIV" && box.className === "math-display";
          // Say that the table goes on past the edge of the screen.
          if (!hint && !isMath) {
            hint = document.createElement("p");
            hint.className = "table-scroll-hint";
            hint.setAttribute("aria-hidden", "true");
            hint.textContent = "The table is wider than the screen: scroll it sideways \u2192";
            box.parentNode.insertBefore(hint, box);
          }
          var figure = box.parentNode;
          var caption = figure && figure.tagName === "FIGURE" ? figure.querySelector("figcaption") : null;
          box.setAttribute("tabindex", "0");
          box.setAttribute("role", "region");
          var number = isMath ? box.querySelector(".equation-number") : null;
          box.setAttribute("aria-label", isMath ? "Formula" + (number ? " " + number.textContent : "") :
            caption ? caption.textContent.replace(/\s+/g, " ").trim() : "Table");
        } else if (box.hasAttribute("tabindex") || hint) {
          if (hint) hint.parentNode.removeChild(hint);
          box.removeAttribute("tabindex");
          box.removeAttribute("role");
          box.removeAttribute("aria-label");
        }
      }
    }
    mark();
    window.addEventListener("resize", mark);
  }

  // Hidden lines of code examples (`# ` lines in Rust, as mdBook shows them): one button a block.
  function setUpHiddenLines() {
    var blocks = document.querySelectorAll("pre.has-hidden-lines");
    for (var i = 0; i < blocks.length; i++) {
      (function (pre) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "hidden-lines-button";
        button.setAttribute("aria-pressed", "false");
        button.textContent = "Show hidden lines";
        button.addEventListener("click", function () {
          var shown = pre.classList.toggle("show-hidden-lines");
          button.setAttribute("aria-pressed", shown ? "true" : "false");
          button.textContent = shown ? "Hide hidden lines" : "Show hidden lines";
        });
        pre.parentNode.insertBefore(button, pre);
      })(blocks[i]);
    }
  }

  // On a phone the section list starts folded, so that the chapter's first lines are on the first screen.
  function setUpSectionList() {
    var list = document.querySelector(".on-this-page-details");
    if (list && window.matchMedia && window.matchMedia("(max-width: 60rem)").matches) list.open = false;
  }

  function start() {
    setUpSectionList();
    setUpTheme();
    setUpHiddenLines();
    setUpPrinting();
    setUpWideTables();
    setUpCitations();
    setUpLinkPreviews();
    setUpQuizzes();
    setUpKeys();
    var nav = document.getElementById("sidebar");
    if (!nav) return;
    buildContents(nav);
    setUpMenu(nav);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
