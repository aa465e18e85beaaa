/// Turns `MathScanner`'s markers back into formulas once cmark-gfm has parsed the chapter: a
/// marker in text becomes a `.math` node, a paragraph holding one displayed formula alone becomes
/// that formula as a block, and a marker cmark kept literally (in a code block, a code span, raw
/// HTML or a link's address) gets the formula's source back, as written.
struct MathNodes {
    let formulas: [Formula]

    func restore(_ document: inout MarkdownNode) {
        document.rewrite { node in
            switch node.kind {
            case .code(let text): node.kind = .code(restoredSource(text))
            case .codeBlock(let info, let literal): node.kind = .codeBlock(info: info, literal: restoredSource(literal))
            case .htmlInline(let html): node.kind = .htmlInline(restoredSource(html))
            case .htmlBlock(let html): node.kind = .htmlBlock(restoredSource(html))
            case .link(let destination, let title): node.kind = .link(destination: restoredSource(destination), title: restoredSource(title))
            case .image(let source, let title): node.kind = .image(source: restoredSource(source), title: restoredSource(title))
            default: break
            }
            guard node.children.contains(where: { if case .text(let t) = $0.kind { return Self.hasMarker(t) }; return false }) else { return }
            node.children = inlines(node.children)
            if case .paragraph = node.kind, let only = Self.lone(node.children), case .math(var formula) = only.kind, formula.display {
                formula.block = true
                node = MarkdownNode(.math(formula), range: node.range)
            }
        }
    }

    static func hasMarker(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == MathScanner.open || $0 == MathScanner.close || $0 == MathScanner.fill }
    }

    /// The one node of a paragraph that is not blank text or a line break.
    static func lone(_ children: [MarkdownNode]) -> MarkdownNode? {
        let kept = children.filter { child in
            switch child.kind {
            case .softBreak, .lineBreak: return false
            case .text(let t): return !t.allSatisfy(\.isWhitespace)
            default: return true
            }
        }
        return kept.count == 1 ? kept[0] : nil
    }

    /// Inline children with each marker, and the line breaks and fillers inside it, made one formula.
    private func inlines(_ children: [MarkdownNode]) -> [MarkdownNode] {
        var out: [MarkdownNode] = []
        var pending: Formula?
        func addText(_ text: Substring, like node: MarkdownNode) {
            guard !text.isEmpty else { return }
            if case .text(let previous) = out.last?.kind {
                out[out.count - 1].kind = .text(previous + text)
            } else {
                out.append(MarkdownNode(.text(String(text)), range: node.range))
            }
        }
        for child in children {
            guard case .text(let text) = child.kind else {
                if pending != nil, case .softBreak = child.kind { continue }
                if pending != nil, case .lineBreak = child.kind { continue }
                out.append(child)
                continue
            }
            var rest = Substring(text)
            while !rest.isEmpty {
                if pending != nil {
                    // Inside a formula: up to its closing marker.
                    guard let end = rest.unicodeScalars.firstIndex(of: MathScanner.close) else { rest = ""; break }
                    out.append(MarkdownNode(.math(pending!), range: pending!.range))
                    pending = nil
                    rest = rest[rest.unicodeScalars.index(after: end)...]
                    continue
                }
                guard let start = rest.unicodeScalars.firstIndex(of: MathScanner.open) else {
                    addText(rest, like: child)
                    break
                }
                addText(rest[..<start], like: child)
                var digits = rest[rest.unicodeScalars.index(after: start)...]
                let number = digits.prefix { $0.isASCII && $0.isNumber }
                digits = digits.dropFirst(number.count)
                if let index = Int(number), formulas.indices.contains(index) { pending = formulas[index] }
                rest = digits
            }
        }
        if let pending { out.append(MarkdownNode(.math(pending), range: pending.range)) }
        return out
    }

    /// Text with each marker replaced by the formula's source as written.
    func restoredSource(_ text: String) -> String {
        guard Self.hasMarker(text) else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.unicodeScalars.firstIndex(of: MathScanner.open) {
            out += rest[..<start]
            let afterOpen = rest[rest.unicodeScalars.index(after: start)...]
            let number = afterOpen.prefix { $0.isASCII && $0.isNumber }
            guard let end = afterOpen.unicodeScalars.firstIndex(of: MathScanner.close) else { rest = afterOpen; break }
            if let index = Int(number), formulas.indices.contains(index) { out += formulas[index].source }
            rest = afterOpen[afterOpen.unicodeScalars.index(after: end)...]
        }
        out += rest
        return out
    }
}
