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
    entries.forEach(function (entry) {
      if (entry.part) {
        var part = document.createElement("li");
        part.className = "toc-part";
        part.textContent = entry.part;
        stack.length = 1;
        top.appendChild(part);
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
        }
        item.appendChild(link);
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
    if (currentLink && currentLink.scrollIntoView && nav.scrollHeight > nav.clientHeight) {
      currentLink.scrollIntoView({ block: "center" });
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
    function label() {
      button.setAttribute("aria-pressed", isDark() ? "true" : "false");
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

  function entryText(item) {
    var copy = item.cloneNode(true);
    var extras = copy.querySelectorAll(".reference-backlinks");
    for (var i = 0; i < extras.length; i++) extras[i].parentNode.removeChild(extras[i]);
    var number = item.getAttribute("value");
    return (number ? number + ". " : "") + copy.textContent.replace(/\s+/g, " ").trim();
  }

  var popoverCount = 0;
  function preparePopover(citation) {
    if (citation.getAttribute("data-popover")) return;
    citation.setAttribute("data-popover", "1");
    var items = referenceItems(citation);
    if (!items.length) return;
    var tip = document.createElement("span");
    tip.className = "citation-popover";
    tip.setAttribute("role", "tooltip");
    tip.id = "citation-popover-" + (++popoverCount);
    items.forEach(function (item) {
      var line = document.createElement("span");
      line.className = "citation-popover-entry";
      line.textContent = entryText(item);
      tip.appendChild(line);
    });
    citation.appendChild(tip);
    var links = citation.querySelectorAll("a");
    for (var i = 0; i < links.length; i++) links[i].setAttribute("aria-describedby", tip.id);
  }

  function setUpCitations() {
    function handler(event) {
      var citation = event.target && event.target.closest ? event.target.closest(".citation") : null;
      if (citation) preparePopover(citation);
    }
    document.addEventListener("mouseover", handler);
    document.addEventListener("focusin", handler);
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
    var boxes = document.querySelectorAll(".table-wrap");
    if (!boxes.length) return;
    function mark() {
      for (var i = 0; i < boxes.length; i++) {
        var box = boxes[i];
        if (box.scrollWidth > box.clientWidth + 1) {
          var figure = box.parentNode;
          var caption = figure && figure.tagName === "FIGURE" ? figure.querySelector("figcaption") : null;
          box.setAttribute("tabindex", "0");
          box.setAttribute("role", "region");
          box.setAttribute("aria-label", caption ? caption.textContent.replace(/\s+/g, " ").trim() : "Table");
        } else if (box.hasAttribute("tabindex")) {
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

  function start() {
    setUpTheme();
    setUpHiddenLines();
    setUpPrinting();
    setUpWideTables();
    setUpCitations();
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
