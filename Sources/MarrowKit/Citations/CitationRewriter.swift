/// Recognises citations on a chapter's parsed tree: in runs of text and soft breaks, never in
/// code, links, images or headings. A paragraph that is only a Pandoc `::: {#refs}` div becomes
/// the place of the bibliography.
struct CitationRewriter {
    let source: ChapterSource
    /// A superscript number sits against the word it follows (AMA); "(Horton, 2008)" keeps its space.
    var attachesToWord = true
    private let scanner = CitationScanner()
    /// The body's bytes and where each line starts, found once per chapter: every run of text
    /// with a citation looks its columns up here.
    private let bodyBytes: [UInt8]
    private let lineStarts: [Int]

    init(source: ChapterSource, attachesToWord: Bool = true) {
        self.source = source
        self.attachesToWord = attachesToWord
        bodyBytes = Array(source.body.utf8)
        var starts = [0]
        for (index, byte) in bodyBytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        lineStarts = starts
    }

    /// Line `number` (from 1) of the body, without its line break; empty past the end.
    private func line(_ number: Int) -> ArraySlice<UInt8> {
        guard number >= 1, number <= lineStarts.count else { return [] }
        let end = number < lineStarts.count ? lineStarts[number] - 1 : bodyBytes.count
        return bodyBytes[lineStarts[number - 1]..<end]
    }

    func rewrite(_ document: inout MarkdownNode) {
        rewriteNode(&document)
    }

    static func isRefsMarker(_ node: MarkdownNode) -> Bool {
        guard case .paragraph = node.kind, let first = node.children.first, case .text(let text) = first.kind,
              text.utf8.starts(with: ":::".utf8) else { return false }
        let words = node.plainText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words == "::: {#refs} :::" || words == "::: {#refs}:::" || words == "::: refs :::"
    }

    /// Only a node whose own text holds an `@` gets new children; the rest are visited in place.
    private func rewriteNode(_ node: inout MarkdownNode) {
        switch node.kind {
        case .link, .siteLink, .image, .siteImage, .heading, .code, .codeBlock, .htmlBlock, .htmlInline:
            return
        default:
            break
        }
        if Self.isRefsMarker(node) {
            node = MarkdownNode(.bibliography(ReferenceList(heading: nil)), range: node.range)
            return
        }
        guard node.children.contains(where: Self.holdsAt) else {
            node.changeEachChild { rewriteNode(&$0) }
            return
        }
        Self.rejoinAutolinkedKeys(&node.children)
        let parentRange = node.range
        var children: [MarkdownNode] = []
        var run: [MarkdownNode] = []
        for var child in node.children {
            switch child.kind {
            case .text, .softBreak:
                run.append(child)
            default:
                children += citations(in: run, parentRange: parentRange)
                run = []
                rewriteNode(&child)
                children.append(child)
            }
        }
        children += citations(in: run, parentRange: parentRange)
        node.children = children
    }

    /// Pandoc's `@{https://...}` key: the autolinker took the URL for a link; put the text back.
    static func rejoinAutolinkedKeys(_ nodes: inout [MarkdownNode]) {
        var i = 0
        while i + 1 < nodes.count {
            // An open `@{` before the link ("@{", or "@{url:" before "http://..."), not closed yet.
            guard case .link(let destination, _) = nodes[i + 1].kind, case .text(let before) = nodes[i].kind,
                  Self.endsInOpenBracedKey(before) else { i += 1; continue }
            let linked = nodes[i + 1].plainText
            guard linked == destination || "http://" + linked == destination else { i += 1; continue }
            // The autolink may have taken the closing brace ("...xyz} says") or stopped before it.
            if linked.hasSuffix("}") {
                var merged = before + linked
                var end = i + 1
                if i + 2 < nodes.count, case .text(let after) = nodes[i + 2].kind { merged += after; end = i + 2 }
                nodes[i].kind = .text(merged)
                nodes.removeSubrange((i + 1)...end)
            } else if i + 2 < nodes.count, case .text(let after) = nodes[i + 2].kind, after.hasPrefix("}") {
                nodes[i].kind = .text(before + linked + after)
                nodes.removeSubrange((i + 1)...(i + 2))
            } else {
                i += 1
            }
        }
    }

    /// Whether `text` ends inside `@{...` (no `}` or space after the last `@{`).
    static func endsInOpenBracedKey(_ text: String) -> Bool {
        var sawBrace = false
        for byte in text.utf8.reversed() {
            if byte == UInt8(ascii: "}") || byte == UInt8(ascii: " ") { return false }
            if byte == UInt8(ascii: "@"), sawBrace { return true }
            sawBrace = byte == UInt8(ascii: "{")
        }
        return false
    }

    private static func holdsAt(_ node: MarkdownNode) -> Bool {
        if case .text(let s) = node.kind { return UTF8Bytes.contains(s, UInt8(ascii: "@")) }
        return false
    }

    /// A run of text and soft breaks, with its citations turned into nodes.
    private func citations(in run: [MarkdownNode], parentRange: SourceRange) -> [MarkdownNode] {
        guard run.contains(where: Self.holdsAt) else {
            return run
        }
        var joined = ""
        var starts: [(offset: Int, range: SourceRange, text: String)] = []
        for node in run {
            switch node.kind {
            case .text(let s):
                starts.append((joined.utf8.count, node.range, s))
                joined += s
            default:
                joined += "\n"
            }
        }
        guard let firstRange = run.first?.range else { return run }
        var out: [MarkdownNode] = []
        for token in scanner.scan(joined) {
            switch token {
            case .text(let text):
                // Its lines as text nodes, with a soft break wherever one was joined in.
                var text = text
                text.withUTF8 { bytes in
                    var start = 0
                    for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "\n") {
                        if start > 0 { out.append(MarkdownNode(.softBreak, range: firstRange)) }
                        if end > start {
                            out.append(MarkdownNode(.text(UTF8Bytes.string(bytes, start..<end)), range: firstRange))
                        }
                        start = end + 1
                    }
                }
            case .citation(var cluster, let offsets):
                // `\@name` was written to be an `@`, never a citation.
                if cluster.isInText, let first = offsets.first, isEscaped(offset: first, starts: starts) {
                    if let last = out.last, case .text(let text) = last.kind {
                        out[out.count - 1].kind = .text(text + cluster.source)
                    } else {
                        out.append(MarkdownNode(.text(cluster.source), range: firstRange))
                    }
                    continue
                }
                for index in cluster.items.indices where index < offsets.count {
                    cluster.items[index].location = location(ofOffset: offsets[index], starts: starts)
                        ?? locate(["@" + cluster.items[index].key, "@{" + cluster.items[index].key + "}"], within: parentRange)
                }
                // A superscript number sits against the word it follows, `@key` in the sentence too (as pandoc sets it).
                // A line break before it ("...crest\n[@a]") is white space too.
                if attachesToWord {
                    while let last = out.last, last.kind == .softBreak { out.removeLast() }
                    if let last = out.last, case .text(var text) = last.kind, text.utf8.last == UInt8(ascii: " ") {
                        cluster.tookSpaceBefore = true
                        out[out.count - 1].kind = .text(text.withUTF8 { bytes in
                            var end = bytes.count
                            while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
                            return UTF8Bytes.string(bytes, ..<end)
                        })
                    }
                }
                out.append(MarkdownNode(.citation(cluster), range: firstRange))
            }
        }
        return out
    }

    /// Where `text` first stands in the lines of `range`: for text that cmark-gfm gave no position
    /// (the runs its autolinker leaves around a link); the start of `range` if it is not found.
    private func locate(_ forms: [String], within range: SourceRange) -> SourceLocation? {
        guard range.startLine > 0 else { return nil }
        for number in range.startLine...max(range.startLine, range.endLine) {
          for form in forms {
            let needle = Array(form.utf8)
            let bytes = Array(line(number))
            guard bytes.count >= needle.count else { continue }
            for start in 0...(bytes.count - needle.count) where bytes[start..<(start + needle.count)].elementsEqual(needle) {
                var place = range
                place.startLine = number
                place.startColumn = start + 1
                return source.location(of: place)
            }
          }
        }
        return source.location(of: range)
    }

    /// Whether the source has a backslash just before the `@` at `offset` of the joined run.
    private func isEscaped(offset: Int, starts: [(offset: Int, range: SourceRange, text: String)]) -> Bool {
        guard let start = starts.last(where: { $0.offset <= offset }), start.range.startLine > 0 else { return false }
        let line = line(start.range.startLine)
        let column = start.range.startColumn - 1 + Self.sourceWidth(of: start.text, upTo: offset - start.offset, in: line, from: start.range.startColumn - 1)
        let at = line.startIndex + column
        return at > line.startIndex && at - 1 < line.endIndex && line[at - 1] == UInt8(ascii: "\\")
    }

    private func location(ofOffset offset: Int, starts: [(offset: Int, range: SourceRange, text: String)]) -> SourceLocation? {
        guard let start = starts.last(where: { $0.offset <= offset }), start.range.startLine > 0 else { return nil }
        var range = start.range
        let line = line(start.range.startLine)
        range.startColumn += Self.sourceWidth(of: start.text, upTo: offset - start.offset, in: line, from: start.range.startColumn - 1)
        return source.location(of: range)
    }

    /// How many bytes of the source line the first `count` bytes of a text node take: more than
    /// `count` when the text had backslash escapes (`\*`) or entities (`&amp;`) before the citation.
    static func sourceWidth(of text: String, upTo count: Int, in src: ArraySlice<UInt8>, from column: Int) -> Int {
        let start = src.startIndex + column
        // Without a backslash or an entity before the citation, the text is the source itself.
        let plainEnd = min(src.endIndex, start + count)
        if start <= plainEnd, !src[start..<plainEnd].contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "&") }) {
            return count
        }
        var position = start
        var consumed = 0
        for scalar in text.unicodeScalars {
            guard consumed < count, position < src.endIndex else { break }
            let width = UTF8.width(scalar)
            if src[position] == UInt8(ascii: "\\"), position + 1 < src.endIndex, Self.isEscapable(scalar),
               src[position + 1] == UInt8(scalar.value) {
                position += 2
            } else if src[position] == UInt8(ascii: "&"), scalar != "&" || Self.isEntity(src, at: position),
                      let semicolon = src[position...].prefix(40).firstIndex(of: UInt8(ascii: ";")) {
                position = semicolon + 1
            } else {
                position += width
            }
            consumed += width
        }
        return position - start + max(0, count - consumed)
    }

    /// ASCII punctuation, which a backslash escapes in Markdown.
    private static func isEscapable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x21 && value <= 0x2F) || (value >= 0x3A && value <= 0x40) || (value >= 0x5B && value <= 0x60)
            || (value >= 0x7B && value <= 0x7E)
    }

    private static func isEntity(_ src: ArraySlice<UInt8>, at position: Int) -> Bool {
        let rest = src[(position + 1)...].prefix(40)
        guard let semicolon = rest.firstIndex(of: UInt8(ascii: ";")), semicolon > position + 1 else { return false }
        return src[(position + 1)..<semicolon].allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 122) || $0 == 35 }
    }
}
