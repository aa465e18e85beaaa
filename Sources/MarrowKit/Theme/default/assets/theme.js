// The reader's saved colour theme, set before the page is first painted (loaded without defer
// in <head>): a dark choice never shows a white page first.
(function () {
  try {
    var stored = window.localStorage.getItem("marrow-theme");
    if (stored === "dark" || stored === "light") document.documentElement.setAttribute("data-theme", stored);
  } catch (e) { /* storage unavailable: the system's preference applies */ }
})();
