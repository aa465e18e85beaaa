import Foundation

/// An image alone in its paragraph becomes a figure; its alt text becomes the caption. A label
/// written after it, `![Tibia](tibia.svg){#fig-tibia}`, names the figure for `@fig-tibia`.
struct FigureRewriter {
    func rewrite(_ document: inout MarkdownNode) {
        document.rewrite { node in
            guard case .paragraph = node.kind,
                  node.children.contains(where: { if case .image = $0.kind { return true }; return false }) else { return }
            var meaningful = node.children.filter {
                if case .text(let s) = $0.kind { return !s.trimmingCharacters(in: .whitespaces).isEmpty }
                return $0.kind != .softBreak
            }
            var label: String?
            if meaningful.count == 2, case .text(let text) = meaningful[1].kind,
               let id = LabelSyntax.trailingLabel(in: text), id.rest.trimmingCharacters(in: .whitespaces).isEmpty {
                label = id.label
                meaningful.removeLast()
            }
            guard meaningful.count == 1, case .image = meaningful[0].kind, !meaningful[0].children.isEmpty else { return }
            node = MarkdownNode(.figure(label: label, number: nil), children: [meaningful[0]], range: node.range)
        }
    }
}

/// Pandoc's table captions: a paragraph right after a table, `Table: Lab values {#tbl-labs}`
/// (or starting with a lone `:`), becomes the table's caption.
struct TableCaptionRewriter {
    func rewrite(_ document: inout MarkdownNode) {
        document.rewrite { node in
            guard node.children.contains(where: { if case .table = $0.kind { return true }; return false }) else { return }
            var children: [MarkdownNode] = []
            var index = 0
            while index < node.children.count {
                let child = node.children[index]
                if case .table = child.kind, index + 1 < node.children.count,
                   let (caption, label) = Self.caption(node.children[index + 1]) {
                    children.append(MarkdownNode(.captionedTable(label: label, number: nil), children: [child, caption], range: child.range))
                    index += 2
                } else {
                    children.append(child)
                    index += 1
                }
            }
            node.children = children
        }
    }

    private static func caption(_ paragraph: MarkdownNode) -> (MarkdownNode, String?)? {
        guard case .paragraph = paragraph.kind, var first = paragraph.children.first, case .text(let text) = first.kind else { return nil }
        var rest = Substring(text)
        if rest.hasPrefix("Table:") {
            rest = rest.dropFirst("Table:".count)
        } else if rest.hasPrefix(": ") {
            rest = rest.dropFirst(1)
        } else {
            return nil
        }
        var caption = paragraph
        first.kind = .text(String(rest.drop { $0 == " " }))
        caption.children[0] = first
        var label: String?
        if let last = caption.children.last, case .text(let tail) = last.kind, let found = LabelSyntax.trailingLabel(in: tail) {
            label = found.label
            caption.children[caption.children.count - 1].kind = .text(found.rest.trimmingTrailingWhitespace())
        }
        return (caption, label)
    }
}

/// `{#label}` at the end of a run of text.
enum LabelSyntax {
    static func trailingLabel(in text: String) -> (label: String, rest: String)? {
        let trimmed = text.trimmingTrailingWhitespace()
        guard trimmed.hasSuffix("}"), let open = trimmed.range(of: "{#", options: .backwards) else { return nil }
        let label = String(trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)])
        guard HeadingAnchors.isValidID(label) else { return nil }
        return (label, String(trimmed[..<open.lowerBound]))
    }
}
