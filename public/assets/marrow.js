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

  function start() {
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
