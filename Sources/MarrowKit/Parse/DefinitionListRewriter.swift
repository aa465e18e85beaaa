/// Pandoc's definition lists, which cmark-gfm reads as paragraphs: a term on one line, then one
/// or more definitions each opening with `: `, right below it or after a blank line:
///
///     Bolus {#bolus}
///     : A volume given over a short time.
///
/// Consecutive terms make one list. A term may end with `{#id}`, the anchor links and search
/// results go to.
struct DefinitionListRewriter {
    func rewrite(_ document: inout MarkdownNode) {
        visit(&document)
    }

    /// The `{#id}` of every term: anchors links may go to.
    static func anchors(in document: MarkdownNode) -> [String] {
        var found: [String] = []
        document.forEach { node in
            if case .definitionTerm(let id?) = node.pointee.kind { found.append(id) }
        }
        return found
    }

    private func visit(_ node: inout MarkdownNode) {
        switch node.kind {
        case .document, .blockQuote, .item, .callout, .footnoteDefinition:
            if node.children.contains(where: Self.opensWithColon) || node.children.contains(where: Self.holdsDefinitionLine) {
                node.children = regroup(node.children)
            }
            node.changeEachChild { visit(&$0) }
        default:
            return
        }
    }

    /// A paragraph whose text opens with `: ` (a definition after a blank line).
    static func opensWithColon(_ node: MarkdownNode) -> Bool {
        guard case .paragraph = node.kind, case .text(let text)? = node.children.first?.kind else { return false }
        return text.hasPrefix(": ") || text.hasPrefix(":\t") || text == ":"
    }

    /// A paragraph with a line after its first that opens with `: ` (a term and its definitions).
    static func holdsDefinitionLine(_ node: MarkdownNode) -> Bool {
        guard case .paragraph = node.kind else { return false }
        // Every paragraph of a book is asked: the first line break is looked for without cutting lines.
        let children = node.children
        guard let lineBreak = children.firstIndex(where: { if case .softBreak = $0.kind { return true } else { return false } }),
              lineBreak > 0, lineBreak + 1 < children.count else { return false }
        return !startsWithColon([children[0]]) && startsWithColon([children[lineBreak + 1]])
    }

    static func startsWithColon(_ line: [MarkdownNode]) -> Bool {
        guard case .text(let text)? = line.first?.kind else { return false }
        return text.hasPrefix(": ") || text.hasPrefix(":\t")
    }

    /// Inline children cut at soft line breaks.
    static func lines(_ inlines: [MarkdownNode]) -> [[MarkdownNode]] {
        var lines: [[MarkdownNode]] = [[]]
        for inline in inlines {
            if case .softBreak = inline.kind { lines.append([]) } else { lines[lines.count - 1].append(inline) }
        }
        return lines
    }

    /// The line without its `: `.
    static func droppingColon(_ line: [MarkdownNode]) -> [MarkdownNode] {
        guard case .text(let text)? = line.first?.kind else { return line }
        var rest = Substring(text.dropFirst())
        while rest.first == " " || rest.first == "\t" { rest = rest.dropFirst() }
        var out = line
        if rest.isEmpty { out.removeFirst() } else { out[0].kind = .text(String(rest)) }
        return out
    }

    /// A term line with its optional `{#id}` taken off.
    static func term(_ line: [MarkdownNode], range: SourceRange) -> MarkdownNode {
        var inlines = line
        var id: String?
        if case .text(let text)? = inlines.last?.kind, text.hasSuffix("}"), let open = text.range(of: " {#", options: .backwards) {
            let candidate = String(text[open.upperBound..<text.index(before: text.endIndex)])
            if !candidate.isEmpty, candidate.allSatisfy({ $0.isLetter || $0.isNumber || "-_:.".contains($0) }) {
                id = candidate
                inlines[inlines.count - 1].kind = .text(String(text[..<open.lowerBound]))
            }
        }
        return MarkdownNode(.definitionTerm(id: id), children: inlines, range: range)
    }

    static func joined(_ lines: [[MarkdownNode]]) -> [MarkdownNode] {
        var out: [MarkdownNode] = []
        for (index, line) in lines.enumerated() {
            if index > 0 { out.append(MarkdownNode(.softBreak)) }
            out += line
        }
        return out
    }

    private func regroup(_ children: [MarkdownNode]) -> [MarkdownNode] {
        var out: [MarkdownNode] = []
        var index = 0
        func appendToList(_ items: [MarkdownNode], range: SourceRange) {
            if case .definitionList? = out.last?.kind {
                out[out.count - 1].children += items
            } else {
                out.append(MarkdownNode(.definitionList, children: items, range: range))
            }
        }
        while index < children.count {
            let child = children[index]
            if Self.holdsDefinitionLine(child) {
                // Term and definitions in one paragraph.
                let lines = Self.lines(child.children)
                var items = [Self.term(lines[0], range: child.range)]
                var current: [[MarkdownNode]] = []
                for line in lines.dropFirst() {
                    if Self.startsWithColon(line) {
                        if !current.isEmpty { items.append(Self.details([MarkdownNode(.paragraph, children: Self.joined(current), range: child.range)], child.range)) }
                        current = [Self.droppingColon(line)]
                    } else {
                        current.append(line)
                    }
                }
                if !current.isEmpty { items.append(Self.details([MarkdownNode(.paragraph, children: Self.joined(current), range: child.range)], child.range)) }
                appendToList(items, range: child.range)
                index += 1
                // Loose definitions that follow it.
                while index < children.count, Self.opensWithColon(children[index]) {
                    appendToList([Self.details([Self.withoutColon(children[index])], children[index].range)], range: child.range)
                    index += 1
                }
                continue
            }
            if case .paragraph = child.kind, Self.lines(child.children).count == 1, !Self.opensWithColon(child),
               index + 1 < children.count, Self.opensWithColon(children[index + 1]) {
                // A term, a blank line, then its definitions.
                var items = [Self.term(child.children, range: child.range)]
                index += 1
                while index < children.count, Self.opensWithColon(children[index]) {
                    items.append(Self.details([Self.withoutColon(children[index])], children[index].range))
                    index += 1
                }
                appendToList(items, range: child.range)
                continue
            }
            out.append(child)
            index += 1
        }
        return out
    }

    static func withoutColon(_ paragraph: MarkdownNode) -> MarkdownNode {
        var out = paragraph
        out.children = droppingColon(paragraph.children)
        return out
    }

    static func details(_ blocks: [MarkdownNode], _ range: SourceRange) -> MarkdownNode {
        MarkdownNode(.definitionDetails, children: blocks, range: range)
    }
}
