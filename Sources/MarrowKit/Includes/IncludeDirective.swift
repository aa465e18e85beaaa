/// One `{{#include ...}}`-style directive as mdBook writes it: `{{#name argument}}`.
struct IncludeDirective: Equatable {
    enum Kind: String {
        case include, rustdocInclude = "rustdoc_include", playground, title
    }

    /// Which part of a file to take: all of it, lines `first...last` (1-based, inclusive, either
    /// end open), or the lines between `ANCHOR: name` and `ANCHOR_END: name`.
    enum Selection: Equatable {
        case all
        case lines(first: Int?, last: Int?)
        case anchor(String)
    }

    var kind: Kind
    var argument: String

    /// `file`, `file:N`, `file:N:`, `file::M`, `file:N:M` or `file:anchor`. The path is what
    /// comes before the first colon (mdBook splits the same way, so paths have no colons).
    var pathAndSelection: (path: String, selection: Selection) {
        let parts = argument.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let path = parts[0]
        guard parts.count > 1 else { return (path, .all) }
        let first = parts[1]
        if parts.count == 2 {
            if let line = Int(first) { return (path, .lines(first: line, last: line)) }
            return (path, first.isEmpty ? .all : .anchor(first))
        }
        let last = parts[2]
        if !first.isEmpty, Int(first) == nil { return (path, .anchor(first)) }
        return (path, .lines(first: Int(first), last: Int(last)))
    }
}

/// Finds directives in a line of text: `{{#name arg}}`, `{{ #name arg }}`; `\{{#...}}` is an
/// escaped one, written without its backslash and not expanded.
enum DirectiveScanner {
    enum Piece: Equatable {
        case text(Substring)
        /// The directive, its column (1-based, in characters of the line) and its text.
        case directive(IncludeDirective, column: Int, source: Substring)
        /// An escaped directive, without the backslash.
        case escaped(Substring)
    }

    static func scan(_ line: Substring) -> [Piece] {
        var pieces: [Piece] = []
        var textStart = line.startIndex
        var i = line.startIndex
        while let open = line[i...].range(of: "{{") {
            let escaped = open.lowerBound > line.startIndex && line[line.index(before: open.lowerBound)] == "\\"
            guard let parsed = directive(in: line, from: open.upperBound) else {
                i = open.upperBound
                continue
            }
            if escaped {
                // mdBook's escape runs to the last `}}` of the line.
                let backslash = line.index(before: open.lowerBound)
                let end = line.range(of: "}}", options: .backwards).map(\.upperBound) ?? parsed.end
                if textStart < backslash { pieces.append(.text(line[textStart..<backslash])) }
                pieces.append(.escaped(line[open.lowerBound..<end]))
                textStart = end
                i = end
                continue
            }
            if textStart < open.lowerBound { pieces.append(.text(line[textStart..<open.lowerBound])) }
            let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
            pieces.append(.directive(parsed.directive, column: column, source: line[open.lowerBound..<parsed.end]))
            textStart = parsed.end
            i = parsed.end
        }
        if textStart < line.endIndex { pieces.append(.text(line[textStart...])) }
        return pieces
    }

    /// After `{{`: optional spaces, `#name`, spaces, an argument without `}`, then `}}`.
    private static func directive(in line: Substring, from start: Substring.Index) -> (directive: IncludeDirective, end: Substring.Index)? {
        var j = start
        while j < line.endIndex, line[j] == " " { j = line.index(after: j) }
        guard j < line.endIndex, line[j] == "#" else { return nil }
        j = line.index(after: j)
        let nameStart = j
        while j < line.endIndex, line[j].isASCII, line[j].isLetter || line[j].isNumber || line[j] == "_" { j = line.index(after: j) }
        guard let kind = IncludeDirective.Kind(rawValue: String(line[nameStart..<j])) else { return nil }
        guard j < line.endIndex, line[j] == " " || line[j] == "\t" else { return nil }
        guard let close = line[j...].range(of: "}}") else { return nil }
        let argument = line[j..<close.lowerBound].trimmingCharacters(in: .whitespaces)
        guard !argument.isEmpty, !argument.contains("}") else { return nil }
        return (IncludeDirective(kind: kind, argument: argument), close.upperBound)
    }
}
