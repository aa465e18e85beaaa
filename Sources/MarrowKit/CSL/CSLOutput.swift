import Foundation

/// The last steps of a citation's or entry's HTML: nested formatting flipped (CSLFlipFlop),
/// superscript characters as `<sup>`, and, where the locale puts it there (American English),
/// punctuation inside closing quotes.
extension CSLProcessor {
    /// The author's own text is marked in the HTML (`protectedStart` to `protectedEnd`) until
    /// the citation is finished: punctuation there stays where it was written.
    static let protectedStart: Character = "\u{E000}", protectedEnd: Character = "\u{E001}"

    /// The finished HTML, the author's-text marks gone.
    func finish(_ html: String) -> String {
        // Most output is ASCII: then there is no superscript letter or protected mark, and no
        // typographic quote to move punctuation into (a book formats tens of thousands of cites).
        var quoteMarks = false, inTag = false
        let ascii = html.utf8.allSatisfy { byte in
            if byte == UInt8(ascii: "<") { inTag = true } else if byte == UInt8(ascii: ">") { inTag = false }
            if !inTag, byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { quoteMarks = true }
            return byte < 0x80
        }
        if ascii, !quoteMarks { return Self.hasStyleTags(html) ? CSLFlipFlop.resolve(html) : html }
        let close = CSLFormatting.escape(locale.term("close-quote") ?? "”")
        let innerClose = CSLFormatting.escape(locale.term("close-inner-quote") ?? "’")
        if ascii {
            let out = Self.hasStyleTags(html) ? CSLFlipFlop.resolve(html) : html
            let asciiQuotes = (close + innerClose).utf8.allSatisfy { $0 < 0x80 }
            return locale.punctuationInQuote && asciiQuotes ? Self.punctuationIntoQuotes(out, close: close, innerClose: innerClose) : out
        }
        var html = CSLFlipFlop.resolve(CSLSuperscripts.expand(html))
        if locale.punctuationInQuote {
            html = Self.punctuationIntoQuotes(html, close: close, innerClose: innerClose)
        }
        return html.filter { $0 != Self.protectedStart && $0 != Self.protectedEnd }
    }

    /// Whether `html` holds a tag flip-flop rules act on (`<i>`, `<b>`, a styling `<span>`).
    static func hasStyleTags(_ html: String) -> Bool {
        // The last three bytes seen: "<i>", "<b>" and "<spa" are what matter.
        var a: UInt8 = 0, b: UInt8 = 0, c: UInt8 = 0
        for byte in html.utf8 {
            if a == UInt8(ascii: "<"), (b == UInt8(ascii: "i") || b == UInt8(ascii: "b")), c == UInt8(ascii: ">") { return true }
            if a == UInt8(ascii: "<"), b == UInt8(ascii: "s"), c == UInt8(ascii: "p"), byte == UInt8(ascii: "a") { return true }
            (a, b, c) = (b, c, byte)
        }
        return a == UInt8(ascii: "<") && (b == UInt8(ascii: "i") || b == UInt8(ascii: "b")) && c == UInt8(ascii: ">")
    }

    /// Periods, commas, question and exclamation marks after a closing quote (and the tags
    /// closing there) go inside it, merging with the mark the quotation ends with.
    static func punctuationIntoQuotes(_ html: String, close: String, innerClose: String) -> String {
        guard html.contains(close) else { return html }
        var out = ""
        var rest = Substring(html)
        var protected = 0  // Inside the author's own text (cite affixes) nothing moves.
        while let range = rest.range(of: close) {
            out += rest[..<range.lowerBound]
            protected += rest[..<range.lowerBound].reduce(0) { $0 + ($1 == protectedStart ? 1 : $1 == protectedEnd ? -1 : 0) }
            guard protected == 0 else {
                out += close
                rest = rest[range.upperBound...]
                continue
            }
            var after = rest[range.upperBound...]
            var tags = ""
            while after.hasPrefix("</"), let end = after.firstIndex(of: ">") {
                tags += after[...end]
                after = after[after.index(after: end)...]
            }
            // Marks opening the author's text after a quotation of the style's move in too.
            var marks = "", opened = ""
            while let mark = after.first, ".,!?".contains(mark) || (mark == protectedStart && opened.isEmpty) {
                if mark == protectedStart { opened.append(mark) } else { marks.append(mark) }
                after = after.dropFirst()
            }
            tags += opened
            protected += opened.count
            // The marks go inside an inner quotation closing there too: “This is ‘The One.’”
            var inner = ""
            while !marks.isEmpty, out.hasSuffix(innerClose) {
                inner = innerClose + inner
                out.removeLast(innerClose.count)
            }
            for mark in marks {
                guard let last = out.last else { out.append(mark); continue }
                switch CSLFormatting.merge(last, mark) {
                case .dropNew: break
                case .dropOld: out.removeLast(); out.append(mark)
                case .keep: out.append(mark)
                }
            }
            out += inner + close + tags
            rest = after
        }
        return out + rest
    }
}
