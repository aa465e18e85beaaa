import Foundation

/// Finds formulas in a chapter's Markdown before cmark-gfm reads it, since cmark would take
/// `\,` and `\{` for escapes and `a_1 b_2` for emphasis. Each formula is replaced by a marker
/// that cmark leaves as text (private-use characters and its index), keeping every line break
/// and the line's container prefix (`> `) so blocks, line numbers and columns after it stay
/// where they were; `MathNodes` turns the markers back into formulas after parsing.
///
/// Math is Pandoc's `$...$` and `$$...$$` (an opening `$` has no space after it, a closing one no
/// space before it and no digit after it: "$5 and $10" is prose) and mdBook's `\\(...\\)` and
/// `\\[...\\]`; never in fenced code or code spans, never across a blank line.
struct MathScanner {
    static let open: Unicode.Scalar = "\u{E1A0}"
    static let fill: Unicode.Scalar = "\u{E1A1}"
    static let close: Unicode.Scalar = "\u{E1A2}"

    /// `$` delimiters (book.yml books; mdBook has only its own).
    var dollars = true

    /// The text with markers and the formulas in order, or nil when there is no formula (the text
    /// is then parsed as it is: books without math pay one byte search).
    func scan(_ text: String) -> (text: String, formulas: [Formula])? {
        var text = text
        return text.withUTF8 { bytes -> (String, [Formula])? in
            guard let base = bytes.baseAddress,
                  (dollars && memchr(base, Int32(UInt8(ascii: "$")), bytes.count) != nil) || Self.hasMdBookOpening(bytes)
            else { return nil }
            var scan = Pass(bytes: bytes, dollars: dollars)
            scan.run()
            guard !scan.formulas.isEmpty else { return nil }
            // Markers are private-use characters: a text that already holds them is left alone.
            if String(decoding: bytes, as: UTF8.self).unicodeScalars.contains(where: { $0 == Self.open || $0 == Self.close }) { return nil }
            return (String(decoding: scan.out, as: UTF8.self), scan.formulas)
        }
    }

    /// Whether `\\(` or `\\[` occurs: a backslash alone (an escape) is common in prose.
    static func hasMdBookOpening(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard var at = bytes.baseAddress else { return false }
        let end = at + bytes.count
        while at < end, let found = memchr(at, Int32(UInt8(ascii: "\\")), end - at) {
            let byte = found.assumingMemoryBound(to: UInt8.self)
            if byte + 2 < end, byte[1] == UInt8(ascii: "\\"), byte[2] == UInt8(ascii: "(") || byte[2] == UInt8(ascii: "[") { return true }
            at = UnsafePointer(byte + 1)
        }
        return false
    }

    private struct Pass {
        let bytes: UnsafeBufferPointer<UInt8>
        let dollars: Bool
        var out: [UInt8] = []
        var formulas: [Formula] = []
        var index = 0
        var line = 1
        var lineStart = 0
        var fence: (byte: UInt8, count: Int)?

        init(bytes: UnsafeBufferPointer<UInt8>, dollars: Bool) {
            self.bytes = bytes
            self.dollars = dollars
            out.reserveCapacity(bytes.count + 64)
        }

        mutating func run() {
            while index < bytes.count {
                if index == lineStart, handleFenceLine() { continue }
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\n"):
                    copy(1)  // Counts the line.
                case UInt8(ascii: "\\"):
                    if !mdBookMath() { copy(index + 1 < bytes.count ? 2 : 1) }
                case UInt8(ascii: "`"):
                    skipCodeSpan()
                case UInt8(ascii: "$") where dollars:
                    if !dollarMath() { copy(1) }
                default:
                    copy(1)
                }
            }
        }

        mutating func copy(_ count: Int) {
            let end = min(index + count, bytes.count)
            // Line breaks copied inside a run (a code span) still count.
            for i in index..<end where bytes[i] == UInt8(ascii: "\n") {
                line += 1
                lineStart = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
            index = end
        }

        /// A fenced code line (opening, inside or closing) is copied whole: true when it was.
        mutating func handleFenceLine() -> Bool {
            var i = index
            while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") || bytes[i] == UInt8(ascii: ">") { i += 1 }
            var run = 0
            let mark = i < bytes.count ? bytes[i] : 0
            if mark == UInt8(ascii: "`") || mark == UInt8(ascii: "~") {
                while i + run < bytes.count, bytes[i + run] == mark { run += 1 }
            }
            if let open = fence {
                if mark == open.byte, run >= open.count { fence = nil }
            } else if run >= 3 {
                fence = (mark, run)
            } else {
                return false
            }
            var end = index
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            copy(end - index + (end < bytes.count ? 1 : 0))
            return true
        }

        /// The index of the blank line's start after `from`, or the end: formulas stop there.
        func paragraphEnd(from: Int) -> Int {
            var i = from
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "\n") {
                    var j = i + 1
                    while j < bytes.count, bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "\t") || bytes[j] == UInt8(ascii: "\r") { j += 1 }
                    if j >= bytes.count || bytes[j] == UInt8(ascii: "\n") { return i }
                    if bytes[j] == UInt8(ascii: ">") {
                        // A blank line inside a quote ("> " alone) ends it too.
                        var k = j
                        while k < bytes.count, bytes[k] == UInt8(ascii: ">") || bytes[k] == UInt8(ascii: " ") || bytes[k] == UInt8(ascii: "\t") { k += 1 }
                        if k >= bytes.count || bytes[k] == UInt8(ascii: "\n") { return i }
                    }
                }
                i += 1
            }
            return bytes.count
        }

        /// A code span is copied as it is; a run of backticks with no closing run is text.
        mutating func skipCodeSpan() {
            var run = 0
            while index + run < bytes.count, bytes[index + run] == UInt8(ascii: "`") { run += 1 }
            let limit = paragraphEnd(from: index)
            var i = index + run
            while i < limit {
                if bytes[i] == UInt8(ascii: "`") {
                    var other = 0
                    while i + other < bytes.count, bytes[i + other] == UInt8(ascii: "`") { other += 1 }
                    if other == run {
                        copy(i + other - index)
                        return
                    }
                    i += other
                } else {
                    i += 1
                }
            }
            copy(run)
        }

        func isSpace(_ at: Int) -> Bool {
            at < 0 || at >= bytes.count || bytes[at] == UInt8(ascii: " ") || bytes[at] == UInt8(ascii: "\t")
                || bytes[at] == UInt8(ascii: "\n") || bytes[at] == UInt8(ascii: "\r")
        }

        mutating func dollarMath() -> Bool {
            let limit = paragraphEnd(from: index)
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "$") {
                // Display: up to the next `$$`.
                var i = index + 2
                while i + 1 < limit {
                    if bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
                    if bytes[i] == UInt8(ascii: "$"), bytes[i + 1] == UInt8(ascii: "$") {
                        let tex = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 2)..<i]), as: UTF8.self)
                        guard !tex.allSatisfy(\.isWhitespace) else { return false }
                        emit(texStart: index + 2, texEnd: i, end: i + 2, display: true)
                        return true
                    }
                    i += 1
                }
                return false
            }
            // Inline: no space after the opening `$`, none before the closing one, no digit after it.
            guard !isSpace(index + 1) else { return false }
            var i = index + 1
            while i < limit {
                if bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
                if bytes[i] == UInt8(ascii: "$") {
                    if !isSpace(i - 1), !(i + 1 < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i + 1])) {
                        emit(texStart: index + 1, texEnd: i, end: i + 1, display: false)
                        return true
                    }
                    return false
                }
                i += 1
            }
            return false
        }

        /// `\\(...\\)` and `\\[...\\]`, as mdBook books write MathJax's delimiters.
        mutating func mdBookMath() -> Bool {
            guard index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\"),
                  bytes[index + 2] == UInt8(ascii: "(") || bytes[index + 2] == UInt8(ascii: "[") else { return false }
            let closing = bytes[index + 2] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
            let limit = paragraphEnd(from: index)
            var i = index + 3
            while i + 2 < bytes.count, i < limit {
                if bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "\\"), bytes[i + 2] == closing {
                    emit(texStart: index + 3, texEnd: i, end: i + 3, display: closing == UInt8(ascii: "]"), unescape: true)
                    return true
                }
                i += 1
            }
            return false
        }

        /// Replaces the formula from `index` to `end` by its marker; `tex` is the text between
        /// the delimiters, without the container prefix (`> `) of its later lines.
        mutating func emit(texStart: Int, texEnd: Int, end: Int, display: Bool, unescape: Bool = false) {
            let startLine = line, startColumn = index - lineStart + 1
            let source = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
            var tex = ""
            var marker = [UInt8]()
            marker.append(contentsOf: String(Self.scalarString(MathScanner.open) + String(formulas.count)).utf8)
            var i = texStart
            var lineText: [UInt8] = []
            while i < texEnd {
                let byte = bytes[i]
                if byte == UInt8(ascii: "\n") {
                    tex += String(decoding: lineText, as: UTF8.self) + "\n"
                    lineText = []
                    // The next line's container prefix stays in the text for cmark.
                    var j = i + 1
                    while j < texEnd, bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "\t") || bytes[j] == UInt8(ascii: ">") { j += 1 }
                    marker.append(UInt8(ascii: "\n"))
                    marker.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<j]))
                    marker.append(contentsOf: Self.scalarString(MathScanner.fill).utf8)
                    i = j
                    continue
                }
                lineText.append(byte)
                i += 1
            }
            tex += String(decoding: lineText, as: UTF8.self)
            var after = end
            var label: String?
            if display, let found = Self.label(in: bytes, from: end) {
                label = found.label
                after = found.end
            }
            marker.append(contentsOf: Self.scalarString(MathScanner.close).utf8)
            if unescape { tex = Self.unescaped(tex) }
            var formula = Formula(tex: tex.trimmingCharacters(in: .whitespacesAndNewlines), display: display, source: source,
                                  range: SourceRange(startLine: startLine, startColumn: startColumn, endLine: startLine, endColumn: startColumn))
            formula.label = label
            formulas.append(formula)
            out.append(contentsOf: marker)
            // Line bookkeeping for what was consumed.
            for k in index..<after where bytes[k] == UInt8(ascii: "\n") {
                line += 1
                lineStart = k + 1
            }
            index = after
        }

        static func scalarString(_ scalar: Unicode.Scalar) -> String { String(Character(scalar)) }

        /// ` {#eq-name}` right after a displayed formula, on its line.
        static func label(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (label: String, end: Int)? {
            var i = from
            while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
            let prefix = Array("{#eq-".utf8)
            guard i + prefix.count < bytes.count, Array(bytes[i..<(i + prefix.count)]) == prefix else { return nil }
            var j = i + 2
            while j < bytes.count, bytes[j] != UInt8(ascii: "}"), bytes[j] != UInt8(ascii: "\n"), bytes[j] != UInt8(ascii: " ") { j += 1 }
            guard j < bytes.count, bytes[j] == UInt8(ascii: "}"), j > i + prefix.count else { return nil }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 2)..<j]), as: UTF8.self), j + 1)
        }

        /// CommonMark's backslash escapes undone, as MathJax sees mdBook's math after Markdown.
        static func unescaped(_ text: String) -> String {
            var out = ""
            var escaping = false
            for character in text {
                if escaping {
                    if !(character.isASCII && character.isPunctuation || character.isASCII && character.isSymbol) { out.append("\\") }
                    out.append(character)
                    escaping = false
                } else if character == "\\" {
                    escaping = true
                } else {
                    out.append(character)
                }
            }
            if escaping { out.append("\\") }
            return out
        }
    }
}
