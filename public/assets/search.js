// Marrow's search interface: the box in every page's header (an ARIA combobox: "/" or "s"
// focuses it, arrows move through the results, Enter opens one, Escape closes), the list of
// every result on search.html?q=..., and the matched words highlighted on the page a result
// opens (passed as ?highlight=stems, which works on file://). Ranking is in search-index.js;
// here the best candidates get a bonus when the query's words stand close together.
(function () {
  "use strict";

  var LIST_SIZE = 8, PAGE_SIZE = 20, RERANK = 12, WINDOW = 26;
  var text = window.marrowText;
  var engine = window.marrowSearchEngine;
  var root = "";

  // 1 + up to 0.5 when one stretch of the text holds a word of every clause, the shorter the more.
  function proximity(body, clauses) {
    if (clauses.length < 2) return 1;
    var hits = [];
    text.words(body).forEach(function (t, i) {
      var stem = text.stem(t.word);
      clauses.forEach(function (set, c) { if (set.has(stem)) hits.push([i, c]); });
    });
    var count = clauses.map(function () { return 0; });
    var have = 0, left = 0, best = Infinity;
    for (var right = 0; right < hits.length; right++) {
      if (count[hits[right][1]]++ === 0) have++;
      while (have === clauses.length) {
        best = Math.min(best, hits[right][0] - hits[left][0] + 1);
        if (--count[hits[left][1]] === 0) have--;
        left++;
      }
    }
    return best === Infinity ? 1 : 1 + 0.5 * clauses.length / Math.max(best, clauses.length);
  }

  // The results in order: for a query of several words, the first RERANK re-scored for
  // proximity (which needs their text), the rest as ranked.
  function ordered(found) {
    if (!found.order && found.clauses.length < 2) found.order = Promise.resolve(found.results);
    if (!found.order) {
      var head = found.results.slice(0, RERANK);
      found.order = engine.docs(head).then(function (docs) {
        var score = {};
        head.forEach(function (n, i) { score[n] = found.scores[n] * proximity(docs[i].t, found.clauses); });
        head.sort(function (x, y) { return score[y] - score[x] || x - y; });
        return head.concat(found.results.slice(RERANK));
      });
    }
    return found.order;
  }

  function page(found, start, end) {
    return ordered(found).then(function (order) {
      return engine.docs(order.slice(start, end));
    });
  }

  function withHighlight(url, stems) {
    var parts = url.split("#");
    return root + parts[0] + "?highlight=" + encodeURIComponent(stems.join(" ")) + (parts.length > 1 ? "#" + parts[1] : "");
  }

  // Appends `body` to `holder` with every word whose stem is in `stems` in a <mark>.
  function appendMarked(holder, body, stems, className) {
    var at = 0;
    text.words(body).forEach(function (t) {
      if (t.start < at || !stems.has(text.stem(t.word))) return;
      if (t.start > at) holder.appendChild(document.createTextNode(body.slice(at, t.start)));
      var mark = document.createElement("mark");
      mark.className = className;
      mark.textContent = body.slice(t.start, t.end);
      holder.appendChild(mark);
      at = t.end;
    });
    if (at < body.length) holder.appendChild(document.createTextNode(body.slice(at)));
  }

  // A stretch of about WINDOW words around the most matched words, with the matches marked.
  function snippet(body, stems) {
    var tokens = text.words(body);
    var hit = tokens.map(function (t) { return stems.has(text.stem(t.word)) ? 1 : 0; });
    var best = 0, bestCount = -1, count = 0;
    for (var i = 0; i < tokens.length; i++) {
      count += hit[i];
      if (i >= WINDOW) count -= hit[i - WINDOW];
      var start = Math.max(0, i - WINDOW + 1);
      if (count > bestCount) { bestCount = count; best = start; }
    }
    var first = best;
    while (first < tokens.length && !hit[first]) first++;
    if (first === tokens.length) first = best;
    var from = Math.max(0, Math.min(first - 4, tokens.length - WINDOW));
    var to = Math.min(tokens.length, from + WINDOW);
    var span = document.createElement("span");
    if (!tokens.length) return span;
    // The snippet keeps the punctuation after its last word ("infusion.", "(IO),"): to the end of
    // the text when it reaches it, else the marks that close the word.
    var end = to === tokens.length ? body.length : tokens[to - 1].end;
    while (to < tokens.length && end < body.length && ".,;:!?)]\u201d\u2019\"'".indexOf(body.charAt(end)) >= 0) end++;
    var part = body.slice(tokens[from].start, end).replace(/\s+$/, "");
    if (from > 0) span.appendChild(document.createTextNode("… "));
    appendMarked(span, part, stems, "search-mark");
    if (to < tokens.length) span.appendChild(document.createTextNode(" …"));
    return span;
  }

  function title(doc) { return doc.s ? doc.s : doc.c; }

  function setUpBox(form) {
    var input = form.querySelector(".search-input");
    var list = form.querySelector(".search-listbox");
    var status = form.querySelector("[role=status]");
    var options = [];
    var active = -1;
    var latest = 0;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function select(index) {
      if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
      active = index;
      if (active < 0) { input.removeAttribute("aria-activedescendant"); return; }
      options[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    }

    function option(id, href) {
      var li = document.createElement("li");
      li.id = "search-option-" + id;
      li.className = "search-option";
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.setAttribute("data-href", href);
      li.addEventListener("click", function () { window.location.href = href; });
      return li;
    }

    function render(query, found, docs) {
      list.textContent = "";
      options = [];
      active = -1;
      docs.forEach(function (doc, i) {
        var li = option(i, withHighlight(doc.u, found.stems));
        var head = document.createElement("span");
        head.className = "search-option-title";
        head.textContent = title(doc);
        if (doc.s) {
          var chapter = document.createElement("span");
          chapter.className = "search-option-chapter";
          chapter.textContent = " · " + doc.c;
          head.appendChild(chapter);
        }
        var snip = snippet(doc.t, new Set(found.stems));
        snip.className = "search-option-snippet";
        li.appendChild(head);
        li.appendChild(snip);
        list.appendChild(li);
        options.push(li);
      });
      var total = found.results.length;
      if (total > 0) {
        var all = option("all", root + "search.html?q=" + encodeURIComponent(query));
        all.classList.add("search-option-all");
        all.textContent = total === 1 ? "Show this result on its own page" : "Show all " + total + " results";
        list.appendChild(all);
        options.push(all);
      } else {
        var none = document.createElement("li");
        none.className = "search-empty";
        none.setAttribute("role", "option");
        none.setAttribute("aria-disabled", "true");
        none.setAttribute("aria-selected", "false");
        // A word being typed is looked up from its third letter: until then say so, not "no results".
        var typed = query.trim().split(/\s+/).pop();
        none.textContent = !/\s$/.test(query) && typed.length < 3
          ? "Keep typing: a word is looked up from its third letter"
          : "No results for “" + query.trim() + "”. Check the spelling, or try fewer or other words.";
        list.appendChild(none);
      }
      status.textContent = total === 1 ? "1 result" : total + " results";
      list.hidden = false;
      list.setAttribute("data-query", query);
      input.setAttribute("aria-expanded", "true");
    }

    function run() {
      var query = input.value;
      var token = ++latest;
      if (!query.trim()) { close(); list.textContent = ""; status.textContent = ""; return; }
      engine.search(query).then(function (found) {
        return page(found, 0, LIST_SIZE).then(function (docs) {
          if (token === latest) render(query, found, docs);
        });
      }).catch(function (error) {
        if (token === latest) status.textContent = "Search is unavailable: " + error.message;
      });
    }

    input.addEventListener("input", run);
    input.addEventListener("focus", engine.prepare);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (list.hidden) { if (input.value.trim()) run(); return; }
        if (!options.length) return;
        var step = event.key === "ArrowDown" ? 1 : -1;
        select(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
      } else if (event.key === "Enter" && !list.hidden && active >= 0) {
        event.preventDefault();
        window.location.href = options[active].getAttribute("data-href");
      } else if (event.key === "Escape") {
        event.preventDefault();
        if (!list.hidden) close(); else input.value = "";
      }
    });
    // Keep the focus in the box while a result is clicked; close when the focus leaves it.
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });
    form.addEventListener("focusout", function (event) {
      if (!event.relatedTarget || !form.contains(event.relatedTarget)) close();
    });
    document.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey || (event.key !== "/" && event.key !== "s")) return;
      var target = event.target;
      var tag = target && target.tagName ? target.tagName.toLowerCase() : "";
      if (tag === "input" || tag === "textarea" || tag === "select" || (target && target.isContentEditable)) return;
      event.preventDefault();
      input.focus();
      input.select();
    });
    return input;
  }

  // search.html?q=...: every result, PAGE_SIZE at a time.
  function setUpResultsPage(input) {
    var holder = document.getElementById("search-page-results");
    if (!holder) return;
    var query = new URLSearchParams(window.location.search).get("q") || "";
    var summary = document.getElementById("search-page-summary");
    var more = document.getElementById("search-page-more");
    if (input) input.value = query;
    if (!query.trim()) return;
    summary.textContent = "Searching…";
    engine.search(query).then(function (found) {
      var shown = 0;
      var stems = new Set(found.stems);
      var n = found.results.length;
      summary.textContent = (n === 1 ? "1 result" : n + " results") + " for “" + query.trim() + "”";
      function next() {
        return page(found, shown, shown + PAGE_SIZE).then(function (docs) {
          docs.forEach(function (doc) {
            var li = document.createElement("li");
            var link = document.createElement("a");
            link.href = withHighlight(doc.u, found.stems);
            link.textContent = title(doc);
            li.appendChild(link);
            if (doc.s) {
              var chapter = document.createElement("span");
              chapter.className = "search-page-chapter";
              chapter.textContent = " · " + doc.c;
              li.appendChild(chapter);
            }
            var snip = snippet(doc.t, stems);
            snip.className = "search-page-snippet";
            li.appendChild(snip);
            holder.appendChild(li);
          });
          shown += docs.length;
          more.hidden = shown >= n;
        });
      }
      more.addEventListener("click", next);
      return next();
    }).catch(function (error) {
      summary.textContent = "Search is unavailable: " + error.message;
    });
  }

  // ?highlight=stems: mark those words in the page's main text.
  function highlightPage() {
    var wanted = new URLSearchParams(window.location.search).get("highlight");
    var main = document.getElementById("main");
    if (!wanted || !main) return;
    var stems = new Set(wanted.split(/\s+/).filter(Boolean));
    var walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    var nodes = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentNode.closest("nav, script, style, mark")) nodes.push(node);
    }
    nodes.forEach(function (node) {
      var body = node.nodeValue;
      var hit = text.words(body).some(function (t) { return stems.has(text.stem(t.word)); });
      if (!hit) return;
      var fragment = document.createDocumentFragment();
      appendMarked(fragment, body, stems, "search-hit");
      node.parentNode.replaceChild(fragment, node);
    });
  }

  function start() {
    var form = document.querySelector(".site-search");
    if (!form || !text || !engine) return;
    root = form.getAttribute("data-root") || "";
    engine.setRoot(root);
    var input = setUpBox(form);
    setUpResultsPage(input);
    highlightPage();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
