/// An entry as written in a `.bib` file, before its fields are interpreted.
struct RawBibEntry {
    struct Field {
        var name: String
        var value: String
        var location: SourceLocation
    }

    var type: String
    var key: String
    var fields: [Field]
    var location: SourceLocation

    func value(_ name: String) -> String? { fields.first { $0.name == name }?.value }
}

/// Reads BibTeX by hand: entries, `@string` macros (and the month macros), `@comment`,
/// `@preamble`, `#` concatenation. A malformed entry is reported at its line and column and
/// skipped; the rest of the file is still read.
struct BibTeXParser {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private struct Failure: Error {
        var message: String
        var offset: Int
    }

    private let bytes: [UInt8]
    private let lines: LineTable
    private var pos = 0
    private var macros: [String: String] = [:]

    init(_ text: String, file: String) {
        bytes = Array(text.utf8)
        lines = LineTable(bytes: bytes, file: file)
        for (index, name) in Self.months.enumerated() { macros[name] = String(index + 1) }
    }

    mutating func parse(diagnostics: inout [Diagnostic]) -> [RawBibEntry] {
        var entries: [RawBibEntry] = []
        while let at = nextEntryStart() {
            pos = at + 1
            do {
                if let entry = try readEntry(at: at, diagnostics: &diagnostics) { entries.append(entry) }
            } catch let failure as Failure {
                diagnostics.append(.error("bibtex-syntax", failure.message, at: lines.location(failure.offset)))
                pos = max(failure.offset, at) + 1
                skipToNextLineStartingEntry()
            } catch {
                diagnostics.append(.error("bibtex-syntax", "\(error)", at: lines.location(at)))
            }
        }
        return entries
    }

    // MARK: Entries

    private mutating func readEntry(at start: Int, diagnostics: inout [Diagnostic]) throws -> RawBibEntry? {
        let type = readIdentifier().lowercased()
        guard !type.isEmpty else { throw Failure(message: "expected an entry type after '@'", offset: pos) }
        skipWhitespace()
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: "{") || bytes[pos] == UInt8(ascii: "(") else {
            throw Failure(message: "expected '{' after '@\(type)'", offset: pos)
        }
        let close = bytes[pos] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
        let open = pos
        pos += 1
        switch type {
        case "comment", "preamble":
            pos = open
            _ = try readBraced()
            return nil
        case "string":
            skipWhitespace()
            let nameOffset = pos
            let name = readIdentifier().lowercased()
            guard !name.isEmpty else { throw Failure(message: "expected a macro name in @string", offset: nameOffset) }
            try expect(UInt8(ascii: "="), "expected '=' after '\(name)' in @string")
            macros[name] = try readValue()
            try expect(close, "expected '\(Character(UnicodeScalar(close)))' to close @string")
            return nil
        default:
            skipWhitespace()
            let keyOffset = pos
            while pos < bytes.count, !isSpace(bytes[pos]), bytes[pos] != UInt8(ascii: ","), bytes[pos] != close { pos += 1 }
            let key = decode(keyOffset, pos)
            guard !key.isEmpty else { throw Failure(message: "@\(type) entry has no citation key", offset: keyOffset) }
            skipWhitespace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ",") || bytes[pos] == close else {
                throw Failure(message: "expected ',' after the key '\(key)'", offset: pos)
            }
            var entry = RawBibEntry(type: type, key: key, fields: [], location: lines.location(start))
            try readFields(into: &entry, close: close, diagnostics: &diagnostics)
            return entry
        }
    }

    private mutating func readFields(into entry: inout RawBibEntry, close: UInt8, diagnostics: inout [Diagnostic]) throws {
        while true {
            skipWhitespace()
            guard pos < bytes.count else { throw Failure(message: "entry '\(entry.key)' is never closed", offset: lines.offset(of: entry.location)) }
            if bytes[pos] == close { pos += 1; return }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            let nameOffset = pos
            let name = readIdentifier().lowercased()
            guard !name.isEmpty else {
                throw Failure(message: "expected a field name in '\(entry.key)', found '\(Character(UnicodeScalar(bytes[pos])))'", offset: pos)
            }
            try expect(UInt8(ascii: "="), "expected '=' after field '\(name)' in '\(entry.key)'")
            let value = try readValue()
            if entry.fields.contains(where: { $0.name == name }) {
                diagnostics.append(.warning("bibtex-duplicate-field", "field '\(name)' appears twice in '\(entry.key)'; the first is used",
                                            at: lines.location(nameOffset)))
            } else {
                entry.fields.append(.init(name: name, value: value, location: lines.location(nameOffset)))
            }
            skipWhitespace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ",") || bytes[pos] == close else {
                throw Failure(message: "expected ',' or the end of entry '\(entry.key)' after field '\(name)'", offset: pos)
            }
        }
    }

    // MARK: Values

    /// A value: pieces in braces, quotes, numbers or macro names, joined with `#`.
    private mutating func readValue() throws -> String {
        var value = ""
        while true {
            skipWhitespace()
            guard pos < bytes.count else { throw Failure(message: "expected a value", offset: pos) }
            let start = pos
            switch bytes[pos] {
            case UInt8(ascii: "{"):
                value += try readBraced()
            case UInt8(ascii: "\""):
                value += try readQuoted()
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                while pos < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[pos]) { pos += 1 }
                value += decode(start, pos)
            default:
                let name = readIdentifier().lowercased()
                guard !name.isEmpty else { throw Failure(message: "expected a value in braces, quotes, a number or a macro name", offset: start) }
                guard let expansion = macros[name] else {
                    var message = "undefined macro '\(name)'"
                    if let near = Suggestion.nearest(to: name, among: macros.keys) { message += "; did you mean '\(near)'?" }
                    throw Failure(message: message, offset: start)
                }
                value += expansion
            }
            skipWhitespace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "#") else { return value }
            pos += 1
        }
    }

    /// `{...}` (or `(...)` around a whole @comment) with nested pairs; returns the inside.
    /// As in BibTeX, a backslash does not escape a brace.
    private mutating func readBraced() throws -> String {
        let open = pos
        let opener = bytes[open], closer = opener == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "}")
        var depth = 0
        while pos < bytes.count {
            if bytes[pos] == opener {
                depth += 1
            } else if bytes[pos] == closer {
                depth -= 1
                if depth == 0 {
                    pos += 1
                    return decode(open + 1, pos - 1)
                }
            }
            pos += 1
        }
        throw Failure(message: "'\(Character(UnicodeScalar(opener)))' is never closed", offset: open)
    }

    private mutating func readQuoted() throws -> String {
        let open = pos
        pos += 1
        var depth = 0
        while pos < bytes.count {
            switch bytes[pos] {
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: "\"") where depth == 0:
                pos += 1
                return decode(open + 1, pos - 1)
            default: break
            }
            pos += 1
        }
        throw Failure(message: "'\"' is never closed", offset: open)
    }

    // MARK: Scanning

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    private mutating func skipWhitespace() {
        while pos < bytes.count, isSpace(bytes[pos]) { pos += 1 }
    }

    /// Names of types, fields and macros: anything BibTeX allows outside `"#%'(),={}` and spaces.
    private mutating func readIdentifier() -> String {
        let start = pos
        while pos < bytes.count, !isSpace(bytes[pos]), !"\"#%'(),={}@".utf8.contains(bytes[pos]) { pos += 1 }
        return decode(start, pos)
    }

    private mutating func expect(_ byte: UInt8, _ message: String) throws {
        skipWhitespace()
        guard pos < bytes.count, bytes[pos] == byte else { throw Failure(message: message, offset: pos) }
        pos += 1
    }

    private func decode(_ from: Int, _ to: Int) -> String {
        String(decoding: bytes[from..<max(from, to)], as: UTF8.self)
    }

    /// The next `@` outside entries; text between entries is a comment.
    private func nextEntryStart() -> Int? {
        var i = pos
        while i < bytes.count, bytes[i] != UInt8(ascii: "@") { i += 1 }
        return i < bytes.count ? i : nil
    }

    /// After an error, resumes at the next `@` that begins a line, so one bad entry costs only itself.
    private mutating func skipToNextLineStartingEntry() {
        var i = pos
        var atLineStart = false
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\n") { atLineStart = true } else if b == UInt8(ascii: "@") && atLineStart { break } else if !isSpace(b) { atLineStart = false }
            i += 1
        }
        pos = i
    }
}

/// Byte offsets to 1-based lines and byte columns.
struct LineTable {
    private let starts: [Int]
    let file: String

    init(bytes: [UInt8], file: String) {
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        self.starts = starts
        self.file = file
    }

    func location(_ offset: Int) -> SourceLocation {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(file: file, line: low + 1, column: offset - starts[low] + 1)
    }

    func offset(of location: SourceLocation) -> Int {
        starts[max(0, min(location.line - 1, starts.count - 1))] + location.column - 1
    }
}
