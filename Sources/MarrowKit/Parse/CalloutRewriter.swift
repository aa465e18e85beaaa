import Foundation

/// GitHub alerts: a block quote opening with `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]` or
/// `[!CAUTION]` becomes a callout node.
struct CalloutRewriter {
    func rewrite(_ document: MarkdownNode) -> MarkdownNode {
        document.rewritten { node in
            guard case .blockQuote = node.kind, let (kind, rest) = Self.callout(in: node) else { return node }
            return MarkdownNode(.callout(kind), children: rest, range: node.range)
        }
    }

    private static func callout(in quote: MarkdownNode) -> (MarkdownNode.CalloutKind, [MarkdownNode])? {
        guard let first = quote.children.first, case .paragraph = first.kind,
              let marker = first.children.first, case .text(let text) = marker.kind else { return nil }
        let trimmed = text.trimmingTrailingWhitespace()
        guard trimmed.hasPrefix("[!"), trimmed.hasSuffix("]") else { return nil }
        let name = trimmed.dropFirst(2).dropLast().lowercased()
        guard let kind = MarkdownNode.CalloutKind(rawValue: name) else { return nil }
        var paragraph = first
        paragraph.children.removeFirst()
        if let next = paragraph.children.first {
            // The marker must stand alone on its line.
            guard next.kind == .softBreak || next.kind == .lineBreak else { return nil }
            paragraph.children.removeFirst()
        }
        var rest = Array(quote.children.dropFirst())
        if !paragraph.children.isEmpty { rest.insert(paragraph, at: 0) }
        return (kind, rest)
    }
}
