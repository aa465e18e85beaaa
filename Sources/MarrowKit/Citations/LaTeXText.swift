import Foundation

/// Turns the LaTeX of a BibTeX field into Unicode text, marking what `{braces}` protect.
/// `{\"u}` is a special character, not a protected group, as in BibTeX itself.
struct LaTeXText {
    private static let accents: [Character: String] = [
        "\"": "\u{308}", "'": "\u{301}", "`": "\u{300}", "^": "\u{302}", "~": "\u{303}", "=": "\u{304}",
        ".": "\u{307}", "c": "\u{327}", "v": "\u{30C}", "u": "\u{306}", "H": "\u{30B}", "k": "\u{328}",
        "r": "\u{30A}", "d": "\u{323}", "b": "\u{331}",
    ]
    private static let letters: [String: String] = [
        "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å", "ss": "ß",
        "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ",
        "textendash": "–", "textemdash": "—", "textquoteright": "’", "textquoteleft": "‘", "ldots": "…", "dots": "…",
        "textregistered": "®", "texttrademark": "™", "copyright": "©", "textdegree": "°", "S": "§", "P": "¶",
    ]
    /// Commands whose argument is kept and whose name is dropped.
    private static let wrappers: Set<String> = ["emph", "textit", "textbf", "textsc", "textrm", "textsf", "texttt", "textup",
                                                "mathrm", "mbox", "url", "textnormal", "em", "it", "bf", "sc", "mkbibemph",
                                                "mkbibitalic", "mkbibbold", "textsuperscript", "textsubscript", "mkbibsuperscript",
                                                "hyphenation", "foreignlanguage", "hbox", "enquote", "mkbibquote", "nocite"]
    /// With markup (titles), what some of them become in CSL-JSON's rich text, as pandoc writes it.
    private static let markupWrappers: [String: (open: String, close: String)] = [
        "emph": ("<i>", "</i>"), "textit": ("<i>", "</i>"), "mkbibemph": ("<i>", "</i>"), "mkbibitalic": ("<i>", "</i>"),
        "it": ("<i>", "</i>"), "em": ("<i>", "</i>"), "textbf": ("<b>", "</b>"), "mkbibbold": ("<b>", "</b>"), "bf": ("<b>", "</b>"),
        "textsc": ("<sc>", "</sc>"), "sc": ("<sc>", "</sc>"), "textsuperscript": ("<sup>", "</sup>"),
        "mkbibsuperscript": ("<sup>", "</sup>"), "textsubscript": ("<sub>", "</sub>"),
    ]
    /// Quotation commands: their argument between curly quotes, with or without markup.
    private static let quoting: Set<String> = ["mkbibquote", "enquote"]
    /// Commands that stand for a character or nothing: biblatex's `\hyphen` and friends.
    private static let symbols: [String: String] = ["TeX": "TeX", "LaTeX": "LaTeX", "BibTeX": "BibTeX", "LaTeXe": "LaTeX2ε",
                                                    "hyphen": "-", "slash": "/", "hyphenate": "", "space": " ", "nobreakspace": "\u{A0}",
                                                    "textellipsis": "…", "textasciitilde": "~", "textbackslash": "\\",
                                                    "textunderscore": "_", "textbar": "|", "textless": "<", "textgreater": ">",
                                                    "textquotedblleft": "“", "textquotedblright": "”", "textendash": "–"]

    private let chars: [Character]
    private var index = 0
    private var segments: [BibText.Segment] = []
    /// Whether emphasis and the like become CSL-JSON markup (`<i>`), as for titles.
    private let markup: Bool

    private init(_ text: String, markup: Bool) {
        chars = Array(text)
        self.markup = markup
    }

    /// `markup`: `\emph{x}` becomes `<i>x</i>` (titles); otherwise only its text is kept.
    static func convert(_ raw: String, markup: Bool = false) -> BibText {
        var reader = LaTeXText(raw, markup: markup)
        reader.read(protected: false, depth: 0)
        return BibText(reader.normalised())
    }

    /// Plain Unicode, protection dropped: for names, publishers and other fields.
    static func plain(_ raw: String) -> String { convert(raw).plain }

    private mutating func read(protected: Bool, depth: Int) {
        while index < chars.count {
            let ch = chars[index]
            switch ch {
            case "}":
                index += 1
                if depth > 0 { return }
            case "{":
                index += 1
                let special = depth == 0 && index < chars.count && chars[index] == "\\"
                read(protected: protected || !special, depth: depth + 1)
            case "\\":
                index += 1
                emit(command(protected: protected, depth: depth), protected: protected)
            case "~":
                index += 1
                emit("\u{A0}", protected: protected)
            case "-":
                var run = 0
                while index < chars.count, chars[index] == "-" { run += 1; index += 1 }
                emit(run == 2 ? "–" : run >= 3 ? "—" : String(repeating: "-", count: run), protected: protected)
            case "`" where next(is: "`"), "'" where next(is: "'"):
                index += 2
                emit(ch == "`" ? "“" : "”", protected: protected)
            case "'":
                index += 1  // A single quote in LaTeX is the typographic apostrophe, as pandoc reads it.
                emit("’", protected: protected)
            case "$":
                index += 1  // Inline math: keep its text, drop the delimiters.
            default:
                index += 1
                emit(ch.isWhitespace ? " " : String(ch), protected: protected)
            }
        }
    }

    private func next(is ch: Character) -> Bool { index + 1 < chars.count && chars[index + 1] == ch }

    /// Reads a command after its backslash and returns the text it stands for (a command with
    /// markup emits its own segments and returns nothing).
    private mutating func command(protected: Bool = false, depth: Int = 0) -> String {
        guard index < chars.count else { return "" }
        let first = chars[index]
        if !first.isLetter {
            index += 1
            if let mark = Self.accents[first] { return accented(mark) }
            return String(first)  // \& \% \$ \# \_ \{ \} and "\ ".
        }
        var name = ""
        while index < chars.count, chars[index].isLetter { name.append(chars[index]); index += 1 }
        if name.count == 1, let mark = Self.accents[Character(name)] {
            return accented(mark)
        }
        skipSpaces()
        if let letter = Self.letters[name] {
            if index + 1 < chars.count, chars[index] == "{", chars[index + 1] == "}" { index += 2 }
            return letter
        }
        if let symbol = Self.symbols[name] {
            if index + 1 < chars.count, chars[index] == "{", chars[index + 1] == "}" { index += 2 }
            return symbol
        }
        if Self.wrappers.contains(name), index < chars.count, chars[index] == "{" {
            let (open, close) = Self.quoting.contains(name) ? ("“", "”") : markup ? Self.markupWrappers[name] ?? ("", "") : ("", "")
            guard !open.isEmpty else { return argumentText() }
            // The argument is read in place, so that braces inside it still protect their case; a
            // quotation in a title keeps its own case, as pandoc leaves it.
            // In a title the quotation is one protected piece, its marks with it: its own element,
            // as pandoc's reader makes it (a period after it stays outside).
            let quotation = markup && Self.quoting.contains(name)
            emit(open, protected: protected || quotation)
            index += 1
            read(protected: protected || quotation, depth: depth + 1)
            emit(close, protected: protected || quotation)
            return ""
        }
        return name == "and" ? "&" : ""
    }

    private mutating func skipSpaces() {
        while index < chars.count, chars[index] == " " { index += 1 }
    }

    /// The base letter of an accent, braced or not, with the combining mark, composed.
    private mutating func accented(_ mark: String) -> String {
        skipSpaces()
        var base = ""
        if index < chars.count, chars[index] == "{" {
            base = argumentText()
        } else if index < chars.count, chars[index] == "\\" {
            index += 1
            base = command()
        } else if index < chars.count {
            base = String(chars[index])
            index += 1
        }
        return (base + mark).precomposedStringWithCanonicalMapping
    }

    /// The converted text of a `{...}` argument, without protection.
    private mutating func argumentText() -> String {
        var depth = 0
        var raw = ""
        while index < chars.count {
            let ch = chars[index]
            index += 1
            if ch == "{" { depth += 1; if depth == 1 { continue } }
            if ch == "}" { depth -= 1; if depth == 0 { break } }
            raw.append(ch)
        }
        return LaTeXText.plain(raw)
    }

    private mutating func emit(_ text: String, protected: Bool) {
        guard !text.isEmpty else { return }
        if let last = segments.last, last.isProtected == protected {
            segments[segments.count - 1].text += text
        } else {
            segments.append(BibText.Segment(text, isProtected: protected))
        }
    }

    /// Runs of spaces become one; the ends are trimmed.
    private func normalised() -> [BibText.Segment] {
        var out: [BibText.Segment] = []
        var lastWasSpace = true
        for segment in segments {
            var text = ""
            for ch in segment.text {
                if ch == " " {
                    if lastWasSpace { continue }
                    lastWasSpace = true
                } else {
                    lastWasSpace = false
                }
                text.append(ch)
            }
            if !text.isEmpty { out.append(BibText.Segment(text, isProtected: segment.isProtected)) }
        }
        while let last = out.last, last.text.hasSuffix(" ") {
            out[out.count - 1].text.removeLast()
            if out[out.count - 1].text.isEmpty { out.removeLast() }
        }
        return out
    }
}
