import Foundation

/// An image alone in its paragraph becomes a figure; its alt text becomes the caption.
struct FigureRewriter {
    func rewrite(_ document: MarkdownNode) -> MarkdownNode {
        document.rewritten { node in
            guard case .paragraph = node.kind else { return node }
            let meaningful = node.children.filter {
                if case .text(let s) = $0.kind { return !s.trimmingCharacters(in: .whitespaces).isEmpty }
                return $0.kind != .softBreak
            }
            guard meaningful.count == 1, case .image = meaningful[0].kind, !meaningful[0].children.isEmpty else { return node }
            return MarkdownNode(.figure, children: [meaningful[0]], range: node.range)
        }
    }
}
