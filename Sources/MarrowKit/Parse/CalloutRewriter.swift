import Foundation

/// GitHub alerts: a block quote opening with `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]` or
/// `[!CAUTION]` becomes a callout node.
struct CalloutRewriter {
    func rewrite(_ document: inout MarkdownNode) {
        document.rewrite { node in
            guard case .blockQuote = node.kind, let callout = Self.callout(in: node) else { return }
            node = MarkdownNode(.callout(callout.kind, title: callout.title, fold: callout.fold), children: callout.body, range: node.range)
        }
    }

    private struct Found {
        var kind: MarkdownNode.CalloutKind
        var title: String?
        var fold: MarkdownNode.CalloutFold?
        var body: [MarkdownNode]
    }

    /// `[!KIND]`, then optionally `-` (folded) or `+` (open), then optionally a title, on the first line.
    private static func callout(in quote: MarkdownNode) -> Found? {
        guard let first = quote.children.first, case .paragraph = first.kind,
              let marker = first.children.first, case .text(let text) = marker.kind,
              text.hasPrefix("[!"), let close = text.firstIndex(of: "]") else { return nil }
        let name = text[text.index(text.startIndex, offsetBy: 2)..<close].lowercased()
        guard let kind = MarkdownNode.CalloutKind(rawValue: name) else { return nil }
        var rest = text[text.index(after: close)...]
        var fold: MarkdownNode.CalloutFold?
        if rest.hasPrefix("-") { fold = .folded } else if rest.hasPrefix("+") { fold = .open }
        if fold != nil { rest = rest.dropFirst() }
        let title = rest.trimmingCharacters(in: .whitespaces)
        // Without a fold marker, GitHub's rule: the marker stands alone on its line.
        if fold == nil && !title.isEmpty { return nil }
        var paragraph = first
        paragraph.children.removeFirst()
        if let next = paragraph.children.first {
            guard next.kind == .softBreak || next.kind == .lineBreak else { return nil }
            paragraph.children.removeFirst()
        }
        var body = Array(quote.children.dropFirst())
        if !paragraph.children.isEmpty { body.insert(paragraph, at: 0) }
        return Found(kind: kind, title: title.isEmpty ? nil : title, fold: fold, body: body)
    }
}
