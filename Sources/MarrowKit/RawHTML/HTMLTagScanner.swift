/// Splits raw HTML into CommonMark's raw-HTML pieces: open and closing tags (with their
/// attributes), comments, declarations and processing instructions, and the text between.
/// Written by hand because a Markdown element's open and close tags arrive in different nodes:
/// a tree-building HTML parser would close each one early. What is not a well-formed tag is text.
struct HTMLTagScanner {
    enum Piece: Equatable {
        case text(Substring)
        case startTag(name: String, attributes: [(name: String, value: Substring?)], selfClosing: Bool, source: Substring)
        case endTag(name: String, source: Substring)
        /// Comments, `<!DOCTYPE>`, `<?...?>` and CDATA: never shown.
        case ignored(Substring)

        static func == (a: Piece, b: Piece) -> Bool {
            switch (a, b) {
            case let (.text(x), .text(y)), let (.ignored(x), .ignored(y)): return x == y
            case let (.endTag(x, _), .endTag(y, _)): return x == y
            case let (.startTag(n1, a1, s1, _), .startTag(n2, a2, s2, _)):
                return n1 == n2 && s1 == s2 && a1.map(\.name) == a2.map(\.name) && a1.map(\.value) == a2.map(\.value)
            default: return false
            }
        }
    }

    static func scan(_ html: String) -> [Piece] {
        var pieces: [Piece] = []
        let s = Substring(html)
        var textStart = s.startIndex
        var i = s.startIndex
        while let lt = s[i...].firstIndex(of: "<") {
            if let (piece, end) = tag(in: s, at: lt) {
                if textStart < lt { pieces.append(.text(s[textStart..<lt])) }
                pieces.append(piece)
                i = end
                textStart = end
            } else {
                i = s.index(after: lt)
            }
        }
        if textStart < s.endIndex { pieces.append(.text(s[textStart...])) }
        return pieces
    }

    /// The piece starting at `lt` and the index after it, or nil when `<` starts no tag.
    private static func tag(in s: Substring, at lt: Substring.Index) -> (Piece, Substring.Index)? {
        let rest = s[s.index(after: lt)...]
        if rest.hasPrefix("!--") {
            let body = rest.dropFirst(3)
            if body.hasPrefix(">") { return (.ignored(s[lt...body.startIndex]), body.index(after: body.startIndex)) }
            if body.hasPrefix("->") { let end = body.index(body.startIndex, offsetBy: 2); return (.ignored(s[lt..<end]), end) }
            guard let close = body.range(of: "-->") else { return nil }
            return (.ignored(s[lt..<close.upperBound]), close.upperBound)
        }
        if rest.hasPrefix("![CDATA[") {
            guard let close = rest.range(of: "]]>") else { return nil }
            return (.ignored(s[lt..<close.upperBound]), close.upperBound)
        }
        if rest.hasPrefix("?") {
            guard let close = rest.range(of: "?>") else { return nil }
            return (.ignored(s[lt..<close.upperBound]), close.upperBound)
        }
        if rest.hasPrefix("!"), let letter = rest.dropFirst().first, letter.isASCII, letter.isLetter {
            guard let close = rest.firstIndex(of: ">") else { return nil }
            return (.ignored(s[lt...close]), s.index(after: close))
        }
        if rest.hasPrefix("/") {
            var j = rest.index(after: rest.startIndex)
            let name = tagName(in: s, from: &j)
            guard !name.isEmpty else { return nil }
            skipSpaces(in: s, from: &j)
            guard j < s.endIndex, s[j] == ">" else { return nil }
            return (.endTag(name: name.lowercased(), source: s[lt...j]), s.index(after: j))
        }
        var j = rest.startIndex
        let name = tagName(in: s, from: &j)
        guard !name.isEmpty else { return nil }
        var attributes: [(name: String, value: Substring?)] = []
        while true {
            let beforeSpace = j
            skipSpaces(in: s, from: &j)
            guard j < s.endIndex else { return nil }
            if s[j] == ">" { return (.startTag(name: name.lowercased(), attributes: attributes, selfClosing: false, source: s[lt...j]), s.index(after: j)) }
            if s[j] == "/" {
                let k = s.index(after: j)
                guard k < s.endIndex, s[k] == ">" else { return nil }
                return (.startTag(name: name.lowercased(), attributes: attributes, selfClosing: true, source: s[lt...k]), s.index(after: k))
            }
            guard j > beforeSpace, let attribute = attribute(in: s, from: &j) else { return nil }
            attributes.append(attribute)
        }
    }

    private static func tagName(in s: Substring, from j: inout Substring.Index) -> String {
        let start = j
        guard j < s.endIndex, s[j].isASCII, s[j].isLetter else { return "" }
        while j < s.endIndex, s[j].isASCII, s[j].isLetter || s[j].isNumber || s[j] == "-" { j = s.index(after: j) }
        return String(s[start..<j])
    }

    private static func skipSpaces(in s: Substring, from j: inout Substring.Index) {
        while j < s.endIndex, s[j].isASCII, s[j].isWhitespace { j = s.index(after: j) }
    }

    /// `name`, `name=value`, `name='value'` or `name="value"`, as CommonMark defines them.
    private static func attribute(in s: Substring, from j: inout Substring.Index) -> (name: String, value: Substring?)? {
        let start = j
        guard j < s.endIndex, s[j].isASCII, s[j].isLetter || s[j] == "_" || s[j] == ":" else { return nil }
        while j < s.endIndex, s[j].isASCII, s[j].isLetter || s[j].isNumber || "_.:-".contains(s[j]) { j = s.index(after: j) }
        let name = String(s[start..<j]).lowercased()
        var k = j
        skipSpaces(in: s, from: &k)
        guard k < s.endIndex, s[k] == "=" else { return (name, nil) }
        k = s.index(after: k)
        skipSpaces(in: s, from: &k)
        guard k < s.endIndex else { return nil }
        if s[k] == "\"" || s[k] == "'" {
            let quote = s[k]
            let valueStart = s.index(after: k)
            guard let close = s[valueStart...].firstIndex(of: quote) else { return nil }
            j = s.index(after: close)
            return (name, s[valueStart..<close])
        }
        let valueStart = k
        while k < s.endIndex, !(s[k].isASCII && s[k].isWhitespace), !"\"'=<>`".contains(s[k]) { k = s.index(after: k) }
        guard k > valueStart else { return nil }
        j = k
        return (name, s[valueStart..<k])
    }
}
