/// A fenced code block as mdBook writes them: the info string's first word (split on spaces and
/// commas, so `rust,editable,ignore` works) is the language, the other words are kept in
/// `data-info`; in Rust blocks (or any block with `hidelines=PREFIX`) lines starting with the
/// prefix are hidden lines, which the page hides until the reader asks (`marrow.js` adds the
/// button), as rustdoc and mdBook do: `# line` and a lone `#` are hidden, `##` shows one `#`,
/// `#[attr]` and `#!` stay shown. Highlighted blocks (`HighlightStage`) colour each token by its
/// category with a `hl-` class.
enum CodeBlockHTML {
    /// A block as the reader sees it: its lines with the hiding prefixes taken off.
    struct Block {
        var language: String
        var otherWords: [String]
        var lines: [(text: String, hidden: Bool)]
        var endsWithNewline: Bool

        init(info: String, literal: String) {
            let words = info.split { $0 == " " || $0 == "\t" || $0 == "," }.map(String.init)
            language = words.first ?? ""
            otherWords = Array(words.dropFirst())
            endsWithNewline = literal.hasSuffix("\n")
            let prefix = otherWords.first { $0.hasPrefix("hidelines=") }.map { String($0.dropFirst("hidelines=".count)) }
                ?? (language == "rust" ? "#" : nil)
            let raw = literal.split(separator: "\n", omittingEmptySubsequences: false).dropLast(endsWithNewline ? 1 : 0)
            lines = raw.map { line in
                guard let prefix, !prefix.isEmpty else { return (String(line), false) }
                switch CodeBlockHTML.classify(line, prefix: prefix) {
                case .shown(let text): return (text, false)
                case .hidden(let text): return (text, true)
                }
            }
        }

        /// The code shown, hidden lines included without their prefix: what is highlighted.
        var shownText: String {
            lines.map(\.text).joined(separator: "\n") + (endsWithNewline && !lines.isEmpty ? "\n" : "")
        }
    }

    static func render(info: String, literal: String, tokens: [CodeToken]? = nil) -> String {
        let block = Block(info: info, literal: literal)
        let htmlLines = tokens.map { Self.lines(of: $0) } ?? block.lines.map { HTMLEscaping.escape($0.text) }
        var body = ""
        var hidden = 0
        for (index, line) in block.lines.enumerated() {
            let html = index < htmlLines.count ? htmlLines[index] : HTMLEscaping.escape(line.text)
            let end = index < block.lines.count - 1 || block.endsWithNewline ? "\n" : ""
            if line.hidden {
                body += "<span class=\"boring\">" + html + end + "</span>"
                hidden += 1
            } else {
                body += html + end
            }
        }
        var out = hidden > 0 ? "<pre class=\"has-hidden-lines\"><code" : "<pre><code"
        if !block.language.isEmpty { out += " class=\"language-\(HTMLEscaping.escape(block.language))\(tokens == nil ? "" : " highlighted")\"" }
        if !block.otherWords.isEmpty { out += " data-info=\"\(HTMLEscaping.escape(block.otherWords.joined(separator: " ")))\"" }
        return out + ">" + body + "</code></pre>\n"
    }

    /// Highlighted HTML line by line: a token spanning lines is closed and reopened at each break.
    static func lines(of tokens: [CodeToken]) -> [String] {
        var lines: [String] = [""]
        for token in tokens {
            let parts = token.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (n, part) in parts.enumerated() {
                if n > 0 { lines.append("") }
                guard !part.isEmpty else { continue }
                let text = HTMLEscaping.escape(String(part))
                lines[lines.count - 1] += token.category.isEmpty ? text : "<span class=\"hl-\(token.category)\">\(text)</span>"
            }
        }
        return lines
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
