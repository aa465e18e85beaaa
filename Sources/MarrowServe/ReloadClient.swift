import Foundation

/// The script `marrow serve` adds to every page it serves (never to `public/`): it listens for
/// the end of each build over server-sent events, reloads the page when the page changed, and
/// draws the build's errors over the page until they are fixed. An external file, as the pages'
/// Content-Security-Policy (`default-src 'self'`) allows; text goes in through `textContent` only.
enum ReloadClient {
    static let scriptPath = "/__marrow/serve-reload.js"
    static let eventsPath = "/__marrow/events"
    static let statusPath = "/__marrow/status.json"

    /// `page` with the script tag before `</head>`.
    static func inject(into page: Data, page path: String, generation: Int) -> Data {
        let html = String(decoding: page, as: UTF8.self)
        let tag = "<script src=\"\(scriptPath)\" data-page=\"\(escape(path))\" data-generation=\"\(generation)\" defer></script>\n"
        guard let head = html.range(of: "</head>") else { return Data((html + tag).utf8) }
        var out = html
        out.insert(contentsOf: tag, at: head.lowerBound)
        return Data(out.utf8)
    }

    static func json(_ status: SiteStore.Status) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings and integers always encode.
        return (try? encoder.encode(status)) ?? Data("{}".utf8)
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    static let script = #"""
    // Marrow live preview (served by `marrow serve` only): reloads this page after a build that
    // changed it, and shows the build's errors over the page until they are fixed.
    (function () {
      "use strict";
      var me = document.currentScript;
      var page = me.getAttribute("data-page");
      var since = me.getAttribute("data-generation");
      var overlay = null;

      function style(element, rules) {
        for (var name in rules) { element.style[name] = rules[name]; }
      }

      function hide() {
        if (overlay) { overlay.remove(); overlay = null; }
      }

      function show(status) {
        var errors = status.diagnostics.filter(function (d) { return d.severity === "error"; });
        if (!errors.length) { hide(); return; }
        if (!overlay) {
          overlay = document.createElement("div");
          overlay.id = "marrow-serve-overlay";
          overlay.setAttribute("role", "alert");
          style(overlay, { position: "fixed", left: "1rem", right: "1rem", bottom: "1rem", zIndex: "2147483647",
            maxHeight: "50vh", overflow: "auto", padding: "0.75rem 1rem", background: "#2b0b0b", color: "#ffe9e9",
            border: "2px solid #ff6b6b", borderRadius: "6px", font: "14px/1.4 system-ui, sans-serif",
            boxShadow: "0 4px 24px rgba(0,0,0,.4)" });
          document.body.appendChild(overlay);
        }
        overlay.textContent = "";
        var close = document.createElement("button");
        close.type = "button";
        close.textContent = "Hide";
        style(close, { float: "right", font: "inherit" });
        close.addEventListener("click", hide);
        var title = document.createElement("strong");
        title.textContent = errors.length + (errors.length === 1 ? " error" : " errors") +
          " in the sources: this page shows the last good build.";
        var list = document.createElement("pre");
        list.className = "marrow-serve-diagnostics";
        style(list, { whiteSpace: "pre-wrap", margin: "0.5rem 0 0", font: "13px/1.4 ui-monospace, monospace" });
        list.textContent = errors.map(function (d) { return d.text; }).join("\n");
        overlay.appendChild(close);
        overlay.appendChild(title);
        overlay.appendChild(list);
      }

      var events = new EventSource("/__marrow/events?page=" + encodeURIComponent(page) + "&since=" + encodeURIComponent(since));
      events.addEventListener("reload", function () {
        events.close();
        window.location.reload();
      });
      events.addEventListener("status", function (event) {
        show(JSON.parse(event.data));
      });
    })();
    """#
}
