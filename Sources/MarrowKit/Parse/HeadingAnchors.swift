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
        case .heading(let level, _):
            let (stripped, id) = Self.strippingExplicitID(node)
            let text = stripped.plainText.trimmingCharacters(in: .whitespaces)
            let anchor = id ?? slugger.unique(for: text)
            headings.append(HeadingInfo(level: level, text: text, anchor: anchor, location: source.location(of: node.range)))
            node = stripped
            node.kind = .heading(level: level, anchor: anchor)
        case .document, .blockQuote, .list, .item, .footnoteDefinition, .callout:
            node.changeEachChild { visit(&$0) }
        default:
            break
        }
    }

    /// Removes a trailing `{#id}` from a heading's text, returning the id.
    static func strippingExplicitID(_ heading: MarkdownNode) -> (node: MarkdownNode, id: String?) {
        guard let last = heading.children.last, case .text(let text) = last.kind else { return (heading, nil) }
        let trimmed = text.trimmingTrailingWhitespace()
        guard trimmed.hasSuffix("}"), let open = trimmed.range(of: "{#", options: .backwards) else { return (heading, nil) }
        let id = String(trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)])
        guard Self.isValidID(id) else { return (heading, nil) }
        var copy = heading
        let remaining = String(trimmed[..<open.lowerBound]).trimmingTrailingWhitespace()
        if remaining.isEmpty {
            copy.children.removeLast()
        } else {
            copy.children[copy.children.count - 1].kind = .text(remaining)
        }
        return (copy, id)
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
