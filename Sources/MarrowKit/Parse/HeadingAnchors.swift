import Foundation

/// Gives every heading an anchor: `{#id}` when written, a GitHub slug otherwise.
struct HeadingAnchors {
    let source: ChapterSource
    private(set) var headings: [HeadingInfo] = []
    private var slugger = HeadingSlugger()

    init(source: ChapterSource) {
        self.source = source
    }

    mutating func assign(in document: inout MarkdownNode, diagnostics: inout [Diagnostic]) {
        var explicit: [String: SourceLocation] = [:]
        document.forEach { node in
            guard case .heading = node.pointee.kind, let id = Self.strippingExplicitID(node.pointee).id else { return }
            let loc = source.location(of: node.pointee.range)
            if let first = explicit[id] {
                diagnostics.append(.error("heading-duplicate-id", "heading id '\(id)' is already used at line \(first.line)", at: loc))
            } else {
                explicit[id] = loc
            }
            slugger.reserve(id)
        }
        visit(&document)
    }

    /// Headings are blocks: paragraphs, tables and other leaves are not looked into.
    private mutating func visit(_ node: inout MarkdownNode) {
        switch node.kind {
        case .heading(let level, _, _):
            let (stripped, id, classes) = Self.strippingAttributes(node)
            let text = stripped.plainText.trimmingCharacters(in: .whitespaces)
            let anchor = id ?? slugger.unique(for: text)
            headings.append(HeadingInfo(level: level, text: text, anchor: anchor, location: source.location(of: node.range)))
            node = stripped
            node.kind = .heading(level: level, anchor: anchor, classes: classes.joined(separator: " "))
        case .document, .blockQuote, .list, .item, .footnoteDefinition, .callout:
            node.changeEachChild { visit(&$0) }
        default:
            break
        }
    }

    /// Removes a trailing `{#id}` from a heading's text, returning the id.
    static func strippingExplicitID(_ heading: MarkdownNode) -> (node: MarkdownNode, id: String?) {
        let (node, id, _) = strippingAttributes(heading)
        return (node, id)
    }

    /// Removes Pandoc's (and mdBook's) attribute block from the end of a heading's text:
    /// `{#id}`, `{#id .class .other}`, `{.class}`, `{- .unlisted key=value}`; the id and the classes.
    static func strippingAttributes(_ heading: MarkdownNode) -> (node: MarkdownNode, id: String?, classes: [String]) {
        guard let last = heading.children.last, case .text(let text) = last.kind else { return (heading, nil, []) }
        let trimmed = text.trimmingTrailingWhitespace()
        guard trimmed.hasSuffix("}"), let open = trimmed.range(of: "{", options: .backwards) else { return (heading, nil, []) }
        var id: String?
        var classes: [String] = []
        for word in trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)].split(separator: " ") {
            if word.hasPrefix("#"), id == nil, Self.isValidID(String(word.dropFirst())) {
                id = String(word.dropFirst())
            } else if word.hasPrefix("."), word.count > 1, Self.isValidID(String(word.dropFirst())) {
                classes.append(String(word.dropFirst()))
            } else if word == "-" || (word.contains("=") && !word.hasPrefix("=")) {
                continue
            } else {
                return (heading, nil, [])
            }
        }
        guard id != nil || !classes.isEmpty else { return (heading, nil, []) }
        var copy = heading
        let remaining = String(trimmed[..<open.lowerBound]).trimmingTrailingWhitespace()
        if remaining.isEmpty {
            copy.children.removeLast()
        } else {
            copy.children[copy.children.count - 1].kind = .text(remaining)
        }
        return (copy, id, classes)
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        return id.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_:.".unicodeScalars.contains($0) }
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return String(s)
    }
}
