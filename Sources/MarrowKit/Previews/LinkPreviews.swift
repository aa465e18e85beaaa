/// What a reader sees on hovering, focusing or tapping a link to another page's glossary term,
/// figure, table, equation or labelled section (`sec-`): a short preview made at build time and
/// carried, hidden, by the linking page, since pages opened from disk cannot fetch each other.
/// Links within a page need none: `marrow.js` previews their targets from the page itself.
public enum LinkPreviews {
    /// A preview's text is cut at a word after about this many characters.
    static let maximumLength = 320

    /// The previews of one page's targets, by anchor, as escaped HTML.
    public static func previews(of page: ResolvedPage) -> [String: String] {
        var out: [String: String] = [:]
        var numbers: [String: String] = [:]
        for heading in page.chapter.headings { numbers[heading.anchor] = heading.number }
        let blocks = page.chapter.document.children
        var pendingSection: (anchor: String, title: String)?
        func visit(_ node: MarkdownNode) {
            switch node.kind {
            case .definitionList:
                var term: (id: String, text: String)?
                var definitions: [String] = []
                func flush() {
                    if let term { out[term.id] = "<strong>" + HTMLEscaping.escape(term.text) + "</strong> " + HTMLEscaping.escape(cut(definitions.joined(separator: " "))) }
                    definitions = []
                }
                for child in node.children {
                    if case .definitionTerm(let id) = child.kind {
                        flush()
                        term = id.map { ($0, child.plainText) }
                    } else {
                        definitions.append(collapsed(child.plainText))
                    }
                }
                flush()
            case .figure(let label?, let number):
                out[label] = captioned("Figure", number, node.children.first.map { collapsed($0.plainText) } ?? "")
            case .captionedTable(let label?, let number):
                out[label] = captioned("Table", number, node.children.last.map { collapsed($0.plainText) } ?? "")
            case .math(let formula) where formula.block && formula.label != nil && !formula.mathML.isEmpty:
                out[formula.label!] = formula.mathML + (formula.number.map { " <span class=\"equation-number\">(\(HTMLEscaping.escape($0)))</span>" } ?? "")
            default:
                for child in node.children { visit(child) }
            }
        }
        for block in blocks {
            if case .heading(_, let anchor?, _) = block.kind {
                pendingSection = anchor.hasPrefix("sec-") ? (anchor, collapsed(block.plainText)) : nil
                continue
            }
            if let section = pendingSection, case .paragraph = block.kind {
                // A labelled section: its title and its first paragraph.
                let title = (numbers[section.anchor].map { "Section \($0) " } ?? "") + section.title
                out[section.anchor] = "<strong>" + HTMLEscaping.escape(title) + "</strong> " + HTMLEscaping.escape(cut(collapsed(block.plainText)))
                pendingSection = nil
            }
            visit(block)
        }
        return out
    }

    /// Every page's previews, keyed by `path#anchor` from the site root.
    public static func table(_ pages: [ResolvedPage]) -> [String: String] {
        table(pages.map { ($0.outputPath, previews(of: $0)) })
    }

    static func table(_ byPage: [(path: String, previews: [String: String])]) -> [String: String] {
        var out: [String: String] = [:]
        for (path, previews) in byPage {
            for (anchor, html) in previews { out[path + "#" + anchor] = html }
        }
        return out
    }

    static func captioned(_ kind: String, _ number: String?, _ caption: String) -> String {
        "<strong>" + HTMLEscaping.escape(kind + (number.map { " " + $0 } ?? "")) + "</strong> " + HTMLEscaping.escape(cut(caption))
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// The text, cut at a word with "…" when longer than a preview holds.
    static func cut(_ text: String) -> String {
        guard text.count > maximumLength else { return text }
        let prefix = text.prefix(maximumLength)
        let end = prefix.lastIndex(of: " ") ?? prefix.endIndex
        return String(prefix[..<end]) + " …"
    }
}
