/// Finds `@fig-x`, `@tbl-x`, `@sec-x` and `@eq-x` in text (alone or as `[@fig-x]`) and makes them
/// cross-reference nodes. Code, links and e-mail addresses are left alone.
struct CrossReferenceRewriter {
    static let prefixes = ["fig-", "tbl-", "sec-", "eq-"]

    func rewrite(_ document: inout MarkdownNode) {
        visit(&document, place: document.range)
    }

    /// `place` is the nearest known position: cmark gives text nodes none of their own. Only a
    /// node with a reference in its own text gets new children; the rest are visited in place.
    private func visit(_ node: inout MarkdownNode, place: SourceRange) {
        let place = node.range.startLine > 0 ? node.range : place
        switch node.kind {
        case .link, .siteLink, .codeBlock, .code, .htmlBlock, .htmlInline:
            return
        default:
            break
        }
        guard !node.children.isEmpty else { return }
        let splits = node.children.contains { child in
            if case .text(let text) = child.kind { return Self.mayHoldReference(text) }
            return false
        }
        guard splits else {
            node.changeEachChild { visit(&$0, place: place) }
            return
        }
        node.children = node.children.flatMap { child -> [MarkdownNode] in
            if case .text(let text) = child.kind, Self.mayHoldReference(text) {
                var located = child
                if located.range.startLine == 0 { located.range = place }
                return split(located, text: text)
            }
            var child = child
            visit(&child, place: place)
            return [child]
        }
    }

    /// Whether `@fig-`, `@tbl-` or `@sec-` occurs in the text: `split` finds nothing otherwise.
    private static func mayHoldReference(_ text: String) -> Bool {
        guard UTF8Bytes.contains(text, UInt8(ascii: "@")) else { return false }
        var text = text
        return text.withUTF8 { bytes in
            bytes.indices.contains { index in
                bytes[index] == UInt8(ascii: "@") && prefixes.contains { matches($0, bytes, at: index + 1) }
            }
        }
    }

    /// Splits one text node around its references; columns advance by UTF-8 bytes on one line.
    private func split(_ node: MarkdownNode, text: String) -> [MarkdownNode] {
        let bytes = Array(text.utf8)
        var out: [MarkdownNode] = []
        var plainStart = 0
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "@"), i == 0 || !Self.isWordByte(bytes[i - 1]),
                  let prefix = Self.prefixes.first(where: { Self.matches($0, bytes, at: i + 1) }) else {
                i += 1
                continue
            }
            var end = i + 1 + prefix.utf8.count
            while end < bytes.count, Self.isLabelByte(bytes[end]) { end += 1 }
            // A label does not end with punctuation: "see @fig-a." ends the sentence.
            while end > i + 1 + prefix.utf8.count, [UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "-")].contains(bytes[end - 1]) { end -= 1 }
            guard end > i + 1 + prefix.utf8.count else {
                i += 1
                continue
            }
            var start = i
            var stop = end
            if start > 0, bytes[start - 1] == UInt8(ascii: "["), stop < bytes.count, bytes[stop] == UInt8(ascii: "]") {
                start -= 1
                stop += 1
            }
            if start > plainStart { out.append(piece(node, bytes, plainStart, start)) }
            let label = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
            var range = node.range
            range.startColumn += i
            out.append(MarkdownNode(.crossReference(label: label), range: range))
            plainStart = stop
            i = stop
        }
        guard !out.isEmpty else { return [node] }
        if plainStart < bytes.count { out.append(piece(node, bytes, plainStart, bytes.count)) }
        return out
    }

    private func piece(_ node: MarkdownNode, _ bytes: [UInt8], _ from: Int, _ to: Int) -> MarkdownNode {
        var range = node.range
        range.startColumn += from
        return MarkdownNode(.text(String(decoding: bytes[from..<to], as: UTF8.self)), range: range)
    }

    private static func matches<Bytes: RandomAccessCollection<UInt8>>(_ prefix: String, _ bytes: Bytes, at index: Int) -> Bool
        where Bytes.Index == Int {
        let count = prefix.utf8.count
        return index + count <= bytes.endIndex && prefix.utf8.elementsEqual(bytes[index..<(index + count)])
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b >= 0x80
    }

    private static func isLabelByte(_ b: UInt8) -> Bool {
        isWordByte(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".")
    }
}
