/// A fenced code block as mdBook writes them: the info string's first word (split on spaces and
/// commas, so `rust,editable,ignore` works) is the language, the other words are kept in
/// `data-info`; in Rust blocks (or any block with `hidelines=PREFIX`) lines starting with the
/// prefix are hidden lines, which the page hides until the reader asks (`marrow.js` adds the
/// button), as rustdoc and mdBook do: `# line` and a lone `#` are hidden, `##` shows one `#`,
/// `#[attr]` and `#!` stay shown.
enum CodeBlockHTML {
    static func render(info: String, literal: String) -> String {
        let words = info.split { $0 == " " || $0 == "\t" || $0 == "," }.map(String.init)
        let language = words.first ?? ""
        let rest = Array(words.dropFirst())
        let prefix = rest.first { $0.hasPrefix("hidelines=") }.map { String($0.dropFirst("hidelines=".count)) }
            ?? (language == "rust" ? "#" : nil)
        var body = ""
        var hidden = 0
        if let prefix, !prefix.isEmpty {
            for line in literal.split(separator: "\n", omittingEmptySubsequences: false).dropLast(literal.hasSuffix("\n") ? 1 : 0) {
                switch classify(line, prefix: prefix) {
                case .shown(let text): body += HTMLEscaping.escape(text) + "\n"
                case .hidden(let text):
                    body += "<span class=\"boring\">" + HTMLEscaping.escape(text) + "\n</span>"
                    hidden += 1
                }
            }
            if !literal.hasSuffix("\n"), body.hasSuffix("\n") { body.removeLast() }
        } else {
            body = HTMLEscaping.escape(literal)
        }
        var out = hidden > 0 ? "<pre class=\"has-hidden-lines\"><code" : "<pre><code"
        if !language.isEmpty { out += " class=\"language-\(HTMLEscaping.escape(language))\"" }
        if !rest.isEmpty { out += " data-info=\"\(HTMLEscaping.escape(rest.joined(separator: " ")))\"" }
        return out + ">" + body + "</code></pre>\n"
    }

    enum Line: Equatable {
        case shown(String)
        case hidden(String)
    }

    static func classify(_ line: Substring, prefix: String) -> Line {
        let indent = line.prefix { $0 == " " || $0 == "\t" }
        let rest = line.dropFirst(indent.count)
        guard rest.hasPrefix(prefix) else { return .shown(String(line)) }
        let after = rest.dropFirst(prefix.count)
        if prefix == "#" {
            if after.hasPrefix("#") { return .shown(String(indent) + String(after)) }  // `##` escapes a `#`.
            if after.isEmpty { return .hidden(String(indent)) }
            if after.hasPrefix(" ") { return .hidden(String(indent) + String(after.dropFirst())) }
            return .shown(String(line))  // `#[derive]`, `#!`.
        }
        return .hidden(String(indent) + String(after.hasPrefix(" ") ? after.dropFirst() : after))
    }
}
