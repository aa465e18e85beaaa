import Foundation

/// Text as CSL-JSON writes it, rendered: its markup (`<i>`, `<b>`, `<sup>`, `<sub>`, `<sc>`,
/// small-caps and `nocase` spans) kept, straight quotes and apostrophes made typographic, and a
/// `text-case` applied word by word across the markup (never inside `nocase`).
enum CSLRichText {
    private static let tags: [(open: String, close: String, html: String, htmlClose: String, nocase: Bool)] = [
        ("<i>", "</i>", "<i>", "</i>", false), ("<b>", "</b>", "<b>", "</b>", false),
        ("<sup>", "</sup>", "<sup>", "</sup>", true), ("<sub>", "</sub>", "<sub>", "</sub>", true),
        ("<sc>", "</sc>", "<span style=\"font-variant:small-caps;\">", "</span>", true),
        ("<span style=\"font-variant:small-caps;\">", "</span>", "<span style=\"font-variant:small-caps;\">", "</span>", true),
        ("<span class=\"nocase\">", "</span>", "", "", true),
        ("<span class=\"nodecor\">", "</span>", "<span class=\"nodecor\">", "</span>", true),
        ("<span style=\"font-style:normal;\">", "</span>", "<span style=\"font-style:normal;\">", "</span>", false),
    ]

    static func render(_ text: String, textCase: String? = nil, language: String? = nil, locale: CSLLocale? = nil) -> CSLRendered {
        var caser = TextCaser(mode: textCase, language: language)
        var html = "", plain = ""
        var rest = Substring(text)
        var open: [(close: String, nocase: Bool)] = []
        var run = ""
        var quotes: [Character] = []  // The quote characters open, outermost first.
        func flush() {
            guard !run.isEmpty else { return }
            caser.moreFollows = rest.contains(where: \.isLetter)
            let cased = open.contains(where: \.nocase) ? caser.skip(run) : caser.apply(run)
            html += CSLFormatting.escape(cased)
            plain += cased
            run = ""
        }
        while let ch = rest.first {
            if ch == "<" {
                if let tag = tags.first(where: { rest.hasPrefix($0.open) }) {
                    flush()
                    html += tag.html
                    open.append((tag.htmlClose, tag.nocase))
                    rest = rest.dropFirst(tag.open.count)
                    continue
                }
                if !open.isEmpty, rest.hasPrefix("</"), let end = rest.firstIndex(of: ">") {
                    flush()
                    html += open.removeLast().close
                    rest = rest[rest.index(after: end)...]
                    continue
                }
            }
            rest = rest.dropFirst()
            // Straight quotes, single or double, open and close by position; the outermost pair is
            // the locale's quotation marks, the next the inner ones, whatever the writer typed.
            if ch == "\"" || ch == "'" {
                let previous = (run.last ?? plain.last).map { $0.isLetter || $0.isNumber } ?? false
                let next = rest.first.map { !$0.isWhitespace && !",.;:".contains($0) } ?? false
                let closes = quotes.last == ch && (!next || previous)
                // Between letters ("You're") or before a year ("'09") it is an apostrophe.
                let betweenLetters = previous && rest.first?.isLetter == true
                let beforeNumber = !previous && rest.first?.isNumber == true
                if ch == "'", (previous && !closes) || betweenLetters || beforeNumber {
                    run.append("’")  // An apostrophe: Insha'Allah, don't.
                    continue
                }
                flush()
                let mark: String
                if closes {
                    quotes.removeLast()
                    mark = quotes.count % 2 == 0 ? (locale?.term("close-quote") ?? "”") : (locale?.term("close-inner-quote") ?? "’")
                } else if next {
                    mark = quotes.count % 2 == 0 ? (locale?.term("open-quote") ?? "“") : (locale?.term("open-inner-quote") ?? "‘")
                    quotes.append(ch)
                } else {
                    mark = ch == "'" ? "’" : String(ch)  // An orphan quote stays as written.
                }
                html += CSLFormatting.escape(mark)
                plain += mark
                continue
            }
            run.append(ch)
        }
        flush()
        while let tag = open.popLast() { html += tag.close }
        // French guillemets hold their text with narrow no-break spaces.
        if plain.contains("«") || plain.contains("»") {
            for (space, mark) in [("« ", "«\u{202F}"), (" »", "\u{202F}»")] {
                html = html.replacingOccurrences(of: space, with: mark)
                plain = plain.replacingOccurrences(of: space, with: mark)
            }
        }
        return CSLRendered(html: html, plain: plain)
    }
}

/// `text-case` over a text given in pieces (the runs between markup), keeping where it is in
/// the sentence from one piece to the next.
struct TextCaser {
    let mode: String?
    let language: String?
    private var wordIndex = 0
    private var sentenceStart = true
    /// More text follows the piece being cased (its last word is not the text's last).
    var moreFollows = false

    init(mode: String?, language: String?) {
        self.mode = mode
        self.language = language
    }

    /// Words title case leaves in lower case: articles, conjunctions, prepositions and a few particles.
    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "for", "as", "at", "by", "down", "from", "in", "into", "of",
        "off", "on", "onto", "out", "over", "per", "to", "till", "up", "upon", "via", "with", "within", "without", "about",
        "above", "across", "after", "against", "along", "among", "around", "before", "behind", "below", "beneath", "beside",
        "between", "beyond", "during", "except", "inside", "like", "near", "past", "since", "than", "through", "toward",
        "towards", "under", "until", "unto", "versus", "vs.", "vs", "v.", "v", "de", "d’", "von", "van", "amid", "despite", "circa",
    ]

    /// A protected piece: nothing changes, but it counts as words.
    mutating func skip(_ text: String) -> String {
        _ = transform(text) { word, _, _, _ in word }
        return text
    }

    mutating func apply(_ text: String) -> String {
        guard let mode else { return text }
        switch mode {
        case "lowercase": return text.lowercased(with: caseLocale)
        case "uppercase": return text.uppercased(with: caseLocale)
        case "capitalize-first":
            return transform(text) { word, index, _, _ in index == 0 ? Self.capitalize(word) : word }
        case "capitalize-all":
            return transform(text) { word, _, _, _ in Self.capitalize(word) }
        case "sentence":
            return transform(text) { word, index, _, _ in
                if index == 0 { return Self.capitalize(Self.isAllCaps(word) ? word : word.lowercased()) }
                return Self.isAllCaps(word) || Self.hasInnerCapital(word) ? word : word.lowercased()
            }
        case "title":
            if let language, !language.lowercased().hasPrefix("en") { return text }
            return transform(text) { word, index, newSentence, last in
                if Self.hasInnerCapital(word) || Self.isAllCaps(word) { return word }
                let lower = word.lowercased()
                // Stop words stay lower case, but not first, after a colon or last.
                if index > 0, !newSentence, !last, Self.stopWords.contains(lower) { return word.first?.isUppercase == true && word.dropFirst().contains(where: \.isUppercase) ? word : lower }
                // Only words written all in lower case are capitalised.
                return word == lower ? Self.capitalize(word) : word
            }
        default: return text
        }
    }

    /// The locale whose case rules apply (Turkish dotted and dotless i), from the language's
    /// primary tag; none for a tag that is not one.
    var caseLocale: Locale? {
        guard let primary = language?.split(separator: "-").first, (2...3).contains(primary.count), primary.allSatisfy(\.isLetter) else { return nil }
        return Locale(identifier: String(primary))
    }

    /// Applies `body` to each word with its index in the whole text, whether it opens a sentence
    /// or follows a colon, and whether it is the text's last word (when no text follows this
    /// piece). A part after a hyphen following a number ("07-x") is left as it is.
    private mutating func transform(_ text: String, _ body: (String, Int, Bool, Bool) -> String) -> String {
        let lastLetter = moreFollows ? nil : text.lastIndex(where: \.isLetter)
        var out = ""
        var word = ""
        var start = text.startIndex
        var keep = false
        func flush(at index: String.Index) {
            guard !word.isEmpty else { return }
            let last = lastLetter.map { $0 >= start && $0 < index } ?? false
            out += keep ? word : body(word, wordIndex, sentenceStart, last)
            wordIndex += 1
            sentenceStart = word.hasSuffix(":") || word.hasSuffix(".") || word.hasSuffix("?") || word.hasSuffix("!")
            word = ""
        }
        for index in text.indices {
            let ch = text[index]
            if ch == " " || ch == "\u{A0}" {
                flush(at: index)
                keep = false
                out.append(ch)
            } else if ch == "-" || ch == "/" || ch == "–" || ch == "—" {
                let number = word.first?.isNumber == true
                flush(at: index)
                keep = ch == "-" && number
                out.append(ch)
                sentenceStart = false
            } else {
                if word.isEmpty { start = index }
                word.append(ch)
            }
        }
        flush(at: text.endIndex)
        return out
    }

    static func capitalize(_ word: String) -> String {
        guard let index = word.firstIndex(where: \.isLetter) else { return word }
        // A word that starts with a digit ("07-x", "2nd") keeps its letters, and so does one in
        // a script without Latin capitals here (β).
        if word[..<index].contains(where: \.isNumber) { return word }
        if let scalar = word[index].unicodeScalars.first, scalar.value >= 0x370, scalar.value < 0x400 { return word }
        return word.replacingCharacters(in: index...index, with: String(word[index]).uppercased())
    }

    static func isAllCaps(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count > 1 && letters.allSatisfy(\.isUppercase)
    }

    /// "iPhone", "McDonald": a capital after the first letter.
    static func hasInnerCapital(_ word: String) -> Bool {
        word.dropFirst().contains(where: \.isUppercase) && !isAllCaps(word)
    }
}
