// What a reader adjusts and finds their way by as they read (issue 22): the section in view
// marked in the page's contents, the header that steps aside on a phone, back to top, text
// size and printing. Plain script, as marrow.js, for file:// under a strict CSP.
(function () {
  "use strict";

  // The right-hand contents on wide screens mark the section being read: the last heading
  // above a line a third of the way down the screen. An IntersectionObserver says when a heading
  // crosses that line; a jump that carries headings past it unseen (a link, Page Down, Home) is
  // caught on the next frame after a scroll.
  function setUpScrollSpy() {
    var links = document.querySelectorAll(".on-this-page a[href^='#']");
    if (!links.length || !window.IntersectionObserver) return;
    var sections = [];
    for (var i = 0; i < links.length; i++) {
      var heading = document.getElementById(decodeURIComponent(links[i].getAttribute("href").slice(1)));
      if (heading) sections.push({ heading: heading, link: links[i] });
    }
    if (!sections.length) return;
    var current = null;
    function mark() {
      var line = window.innerHeight / 3;
      var active = sections[0];
      sections.forEach(function (section) { if (section.heading.getBoundingClientRect().top <= line) active = section; });
      if (active === current) return;
      if (current) current.link.removeAttribute("aria-current");
      active.link.setAttribute("aria-current", "location");
      current = active;
    }
    var observer = new IntersectionObserver(mark, { rootMargin: "0px 0px -66% 0px" });
    sections.forEach(function (section) { observer.observe(section.heading); });
    var pending = false;
    window.addEventListener("scroll", function () {
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(function () { pending = false; mark(); });
    }, { passive: true });
    mark();
  }

  // On narrow screens the header slides away while the reader scrolls down and comes back on
  // scrolling up or when something in it takes focus; after a screen of scrolling, a button
  // leads back to the top, out of the way again once the links to the next chapter show.
  function setUpScrolling() {
    var header = document.querySelector(".site-header");
    var narrow = window.matchMedia ? window.matchMedia("(max-width: 60rem)") : null;
    var top = document.createElement("button");
    top.type = "button";
    top.className = "back-to-top";
    top.hidden = true;
    top.innerHTML = "<span aria-hidden=\"true\">\u2191</span> Back to top";
    top.addEventListener("click", function () {
      window.scrollTo(0, 0);
      var title = document.querySelector(".site-title") || document.getElementById("main");
      if (title) title.focus();
    });
    document.body.appendChild(top);
    var end = document.querySelector(".page-nav") || document.querySelector(".site-footer");
    var endInView = false;
    function showTop() { top.hidden = window.scrollY < window.innerHeight || endInView; }
    if (end && window.IntersectionObserver) {
      new IntersectionObserver(function (entries) {
        endInView = entries[entries.length - 1].isIntersecting;
        showTop();
      }).observe(end);
    }
    var last = window.scrollY;
    function away(hide) {
      if (header) header.classList.toggle("header-away", hide && !header.contains(document.activeElement));
    }
    window.addEventListener("scroll", function () {
      var y = window.scrollY;
      showTop();
      if (!narrow || !narrow.matches) {
        away(false);
      } else if (y <= (header ? header.offsetHeight : 0)) {
        away(false);
      } else if (Math.abs(y - last) < 5) {
        return;
      } else if (y > last) {
        away(true);
      } else if (last - y < window.innerHeight / 2) {
        // Up by the reader's hand brings the header back; a jump up of half a screen or more
        // in one step is a link or a script taking them somewhere: the header would cover it.
        away(false);
      }
      last = y;
    }, { passive: true });
    if (header) header.addEventListener("focusin", function () { away(false); });
  }

  // Reader settings at the foot of the sidebar (in the menu on a phone), made here rather than
  // in every page's HTML since they need the script anyway: text size, remembered like the
  // theme (theme.js applies it before first paint), and printing, which also shows the folded
  // answers (setUpPrinting).
  function setUpSettings(nav) {
    var settings = document.createElement("div");
    settings.className = "reader-settings";
    settings.innerHTML = "<p class=\"reader-settings-title\" id=\"text-size-title\">Text size</p>" +
      "<div class=\"text-size-buttons\" role=\"group\" aria-labelledby=\"text-size-title\">" +
      "<button type=\"button\" data-text-size=\"smaller\">Smaller</button>" +
      "<button type=\"button\" data-text-size=\"\">Default</button>" +
      "<button type=\"button\" data-text-size=\"larger\">Larger</button></div>" +
      "<p><button type=\"button\" class=\"print-button\">Print / PDF</button></p>";
    nav.appendChild(settings);
    var root = document.documentElement;
    var buttons = settings.querySelectorAll("[data-text-size]");
    function mark() {
      var size = root.getAttribute("data-text-size") || "";
      for (var i = 0; i < buttons.length; i++) {
        buttons[i].setAttribute("aria-pressed", buttons[i].getAttribute("data-text-size") === size ? "true" : "false");
      }
    }
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener("click", function () {
        var size = button.getAttribute("data-text-size");
        if (size) root.setAttribute("data-text-size", size); else root.removeAttribute("data-text-size");
        try {
          if (size) window.localStorage.setItem("marrow-text-size", size); else window.localStorage.removeItem("marrow-text-size");
        } catch (e) { /* private mode: not remembered */ }
        mark();
      });
    });
    mark();
    settings.querySelector(".print-button").addEventListener("click", function () { window.print(); });
  }

  function start() {
    setUpScrollSpy();
    setUpScrolling();
    var nav = document.getElementById("sidebar");
    if (nav) setUpSettings(nav);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
