/// A formatted reference as a few kinds of piece, so that the same formatting gives plain
/// text (for tooltips and the pandoc comparison) and HTML (for the reference lists).
public struct FormattedReference: Sendable, Hashable {
    public enum Piece: Sendable, Hashable {
        case text(String)
        case italic(String)
        case link(text: String, url: String)
    }

    public var pieces: [Piece] = []

    public init(_ pieces: [Piece] = []) {
        self.pieces = pieces
    }

    public var plain: String {
        pieces.map { piece in
            switch piece {
            case .text(let s), .italic(let s): return s
            case .link(let text, _): return text
            }
        }.joined()
    }

    public var html: String {
        pieces.map { piece in
            switch piece {
            case .text(let s): return HTMLEscaping.escape(s)
            case .italic(let s): return "<em>" + HTMLEscaping.escape(s) + "</em>"
            case .link(let text, let url):
                return "<a href=\"\(HTMLEscaping.encodeURL(url))\">" + HTMLEscaping.escape(text) + "</a>"
            }
        }.joined()
    }

    public var isEmpty: Bool { plain.isEmpty }

    mutating func append(_ other: FormattedReference) { pieces += other.pieces }
    mutating func append(_ text: String) { if !text.isEmpty { pieces.append(.text(text)) } }

    /// Adds a CSL suffix, dropping a period that would follow a sentence's own end.
    mutating func appendSuffix(_ suffix: String) {
        guard !suffix.isEmpty else { return }
        if suffix.hasPrefix("."), let last = plain.last, ".?!".contains(last) {
            append(String(suffix.dropFirst()))
        } else {
            append(suffix)
        }
    }

    /// CSL's `<group>`: the non-empty parts joined by `delimiter`, with prefix and suffix; nothing when all are empty.
    static func group(_ parts: [FormattedReference?], delimiter: String = "", prefix: String = "", suffix: String = "") -> FormattedReference? {
        let present = parts.compactMap { $0 }.filter { !$0.isEmpty }
        guard !present.isEmpty else { return nil }
        var out = FormattedReference()
        out.append(prefix)
        for (index, part) in present.enumerated() {
            if index > 0 { out.append(delimiter) }
            out.append(part)
        }
        out.appendSuffix(suffix)
        return out
    }

    static func text(_ s: String?, prefix: String = "", suffix: String = "") -> FormattedReference? {
        guard let s, !s.isEmpty else { return nil }
        var out = FormattedReference([.text(prefix + s)])
        out.appendSuffix(suffix)
        return out
    }

    static func italic(_ s: String?, suffix: String = "") -> FormattedReference? {
        guard let s, !s.isEmpty else { return nil }
        var out = FormattedReference([.italic(s)])
        out.appendSuffix(suffix)
        return out
    }
}
