// The reader's saved colour theme and text size, set before the page is first painted (loaded
// without defer in <head>): a dark choice never shows a white page first, nor larger text a jump.
(function () {
  try {
    var stored = window.localStorage.getItem("marrow-theme");
    if (stored === "dark" || stored === "light") document.documentElement.setAttribute("data-theme", stored);
    var size = window.localStorage.getItem("marrow-text-size");
    if (size === "smaller" || size === "larger") document.documentElement.setAttribute("data-text-size", size);
  } catch (e) { /* storage unavailable: the system's preference and the default size apply */ }
})();
