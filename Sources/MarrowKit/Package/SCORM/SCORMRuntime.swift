/// The scripts a SCORM package adds to the site. The launch page holds the one connection to the
/// LMS for the whole visit (a single SCO: see `SCORMPackager`) and shows the book in a frame; each
/// page tells it what the learner does. Plain scripts in files, so the pages keep their
/// Content-Security-Policy; with no LMS the launch page and every page work as the offline site.
enum SCORMRuntime {
    /// Loaded by every page of the package, before the page's own scripts: says which page is
    /// shown and when a quiz was checked or reset. Without the launch page around it, it does nothing.
    static let pageScript = #"""
(function () {
  "use strict";
  var bridge = null;
  try { if (window.parent !== window && window.parent.marrowScorm) bridge = window.parent.marrowScorm; } catch (e) { bridge = null; }
  if (!bridge) return;
  document.addEventListener("DOMContentLoaded", function () {
    var nav = document.getElementById("sidebar");
    bridge.visited(nav ? nav.getAttribute("data-page") : "");
  });
  document.addEventListener("click", function (event) {
    if (event.target && event.target.closest && event.target.closest(".quiz-check, .quiz-reset")) {
      window.setTimeout(function () { bridge.quizzesChanged(); }, 0);
    }
  }, true);
})();
"""#

    /// The launch page's script: finds the LMS's API as the run-time specifications describe
    /// (the window's parents, then the opener's), initialises, brings back the learner's place and
    /// quiz answers from suspend data, reports location, progress, score and completion as the
    /// learner moves, and terminates when the launch page goes away.
    static let launchScript = #"""
(function () {
  "use strict";
  var data = window.marrowScormData;
  var v12 = data.version === "1.2";
  var apiName = v12 ? "API" : "API_1484_11";
  function search(win) {
    var tries = 0;
    while (win && tries < 10) {
      try { if (win[apiName]) return win[apiName]; } catch (e) { return null; }
      if (!win.parent || win.parent === win) break;
      win = win.parent;
      tries++;
    }
    return null;
  }
  var api = search(window.parent !== window ? window.parent : null) || (window.opener ? search(window.opener) : null);
  var frame = document.getElementById("marrow-book");
  var quizPrefix = "marrow-quiz:" + data.title + ":";
  var state = { v: [], q: {} };
  var finished = false;

  function call(name12, name04, a, b) {
    if (!api) return "";
    var fn = api[v12 ? name12 : name04];
    return typeof fn === "function" ? String(fn.call(api, a, b)) : "";
  }
  function get(key) { return call("LMSGetValue", "GetValue", key); }
  function set(key, value) { return call("LMSSetValue", "SetValue", key, String(value)); }
  function commit() { return call("LMSCommit", "Commit", ""); }

  function quizState(page) {
    try { return JSON.parse(window.localStorage.getItem(quizPrefix + page) || "{}") || {}; } catch (e) { return {}; }
  }
  function score() {
    var right = 0;
    data.pages.forEach(function (page) {
      var saved = quizState(page);
      Object.keys(saved).forEach(function (id) { if (saved[id] && saved[id].r === true) right++; });
    });
    return data.quizzes > 0 ? Math.round(100 * right / data.quizzes) : null;
  }
  function report() {
    if (!api) return;
    data.pages.forEach(function (page) {
      var saved = quizState(page);
      if (Object.keys(saved).length) state.q[page] = saved; else delete state.q[page];
    });
    var visited = data.pages.filter(function (p) { return state.v.indexOf(p) >= 0; }).length;
    var complete = visited === data.pages.length;
    var raw = score();
    var passed = raw !== null && data.mastery !== null ? raw >= data.mastery : null;
    set(v12 ? "cmi.suspend_data" : "cmi.suspend_data", JSON.stringify(state));
    if (raw !== null) {
      set(v12 ? "cmi.core.score.raw" : "cmi.score.raw", raw);
      set(v12 ? "cmi.core.score.min" : "cmi.score.min", 0);
      set(v12 ? "cmi.core.score.max" : "cmi.score.max", 100);
      if (!v12) set("cmi.score.scaled", (raw / 100).toFixed(2));
    }
    if (v12) {
      set("cmi.core.lesson_status", !complete ? "incomplete" : passed === null ? "completed" : passed ? "passed" : "failed");
    } else {
      set("cmi.progress_measure", (visited / data.pages.length).toFixed(2));
      set("cmi.completion_status", complete ? "completed" : "incomplete");
      set("cmi.success_status", passed === null ? "unknown" : passed ? "passed" : "failed");
    }
    commit();
  }

  window.marrowScorm = {
    visited: function (page) {
      if (!page) return;
      if (state.v.indexOf(page) < 0) state.v.push(page);
      if (api) set(v12 ? "cmi.core.lesson_location" : "cmi.location", page);
      report();
    },
    quizzesChanged: report
  };

  function finish() {
    if (finished || !api) return;
    finished = true;
    report();
    set(v12 ? "cmi.core.exit" : "cmi.exit", "suspend");
    commit();
    call("LMSFinish", "Terminate", "");
  }

  var start = data.pages[0];
  if (api && call("LMSInitialize", "Initialize", "") === "true") {
    try {
      var saved = JSON.parse(get("cmi.suspend_data") || "{}");
      if (saved && Array.isArray(saved.v)) state.v = saved.v.filter(function (p) { return data.pages.indexOf(p) >= 0; });
      if (saved && saved.q && typeof saved.q === "object") {
        state.q = saved.q;
        Object.keys(saved.q).forEach(function (page) {
          try { window.localStorage.setItem(quizPrefix + page, JSON.stringify(saved.q[page])); } catch (e) { /* storage may be off */ }
        });
      }
    } catch (e) { /* no suspend data yet */ }
    var location = get(v12 ? "cmi.core.lesson_location" : "cmi.location");
    if (data.pages.indexOf(location) >= 0) start = location;
    if (v12 && get("cmi.core.lesson_status") === "not attempted") set("cmi.core.lesson_status", "incomplete");
    window.addEventListener("pagehide", finish);
    window.addEventListener("beforeunload", finish);
  } else {
    api = null;
  }
  frame.setAttribute("src", start);
})();
"""#

    static let launchStyle = """
    html, body { margin: 0; height: 100%; }
    #marrow-book { border: 0; width: 100%; height: 100%; display: block; }

    """
}
