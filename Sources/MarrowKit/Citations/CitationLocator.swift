import Foundation

/// What follows the key in `[@key, pp. 12-15 and elsewhere]`, read the way pandoc reads it: a
/// label (English abbreviations and words, as CSL's locator terms), the locator itself (numbers,
/// ranges, lists, roman numerals), and the rest as the cite's suffix. No label before a number
/// means a page; `{...}` holds a locator written as it is.
struct CitationLocator: Equatable {
    var label: String?
    var locator: String?
    var suffix: String?

    static let labels: [String: String] = [
        "p": "page", "p.": "page", "pp.": "page", "pp": "page", "page": "page", "pages": "page",
        "chap.": "chapter", "chaps.": "chapter", "ch.": "chapter", "chapter": "chapter", "chapters": "chapter",
        "sec.": "section", "secs.": "section", "section": "section", "sections": "section", "§": "section", "§§": "section",
        "fig.": "figure", "figs.": "figure", "figure": "figure", "figures": "figure",
        "vol.": "volume", "vols.": "volume", "volume": "volume", "volumes": "volume",
        "para.": "paragraph", "paras.": "paragraph", "paragraph": "paragraph", "paragraphs": "paragraph", "¶": "paragraph", "¶¶": "paragraph",
        "l.": "line", "ll.": "line", "line": "line", "lines": "line", "n.": "note", "nn.": "note", "note": "note", "notes": "note",
        "no.": "number", "nos.": "number", "number": "number", "numbers": "number", "op.": "opus", "opp.": "opus", "opus": "opus",
        "col.": "column", "cols.": "column", "column": "column", "columns": "column", "bk.": "book", "bks.": "book", "book": "book",
        "books": "book", "pt.": "part", "pts.": "part", "part": "part", "parts": "part", "v.": "verse", "vv.": "verse",
        "verse": "verse", "verses": "verse", "s.v.": "sub-verbo", "s.vv.": "sub-verbo", "fol.": "folio", "fols.": "folio",
        "folio": "folio", "folios": "folio", "app.": "appendix", "apps.": "appendix", "appendix": "appendix",
        "art.": "article-locator", "arts.": "article-locator", "tit.": "title-locator", "supp.": "supplement",
        "supplement": "supplement", "elem.": "element", "eq.": "equation", "eqs.": "equation", "equation": "equation",
        "r.": "rule", "rr.": "rule", "rule": "rule", "sched.": "schedule", "tbl.": "table", "table": "table",
        "tables": "table", "timestamp": "timestamp", "loc.": "location", "pg.": "page",
    ]

    /// `text` is what the scanner kept after the key's comma (trimmed, without the comma).
    static func parse(_ text: String) -> CitationLocator {
        guard !text.isEmpty else { return CitationLocator() }
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var label: String?
        if let first = words.first, let known = labels[first.lowercased()] {
            label = known
            words.removeFirst()
        } else if let first = words.first, first.count > 1, let dot = first.firstIndex(of: "."),
                  let known = labels[String(first[...dot]).lowercased()], first[first.index(after: dot)...].first?.isNumber == true {
            label = known  // "p.33"
            words[0] = String(first[first.index(after: dot)...])
        }
        let rest = words.joined(separator: " ")
        if rest.hasPrefix("{"), let close = rest.firstIndex(of: "}") {
            let locator = String(rest[rest.index(after: rest.startIndex)..<close])
            return CitationLocator(label: label ?? "page", locator: locator, suffix: suffix(String(rest[rest.index(after: close)...])))
        }
        let end = locatorEnd(rest)
        guard end > 0 else {
            // No locator: the text is the suffix, with the comma pandoc keeps.
            return CitationLocator(label: nil, locator: nil, suffix: ", " + text)
        }
        let locator = String(rest.prefix(end)).trimmingCharacters(in: .whitespaces)
        return CitationLocator(label: label ?? "page", locator: locator, suffix: suffix(String(rest.dropFirst(end))))
    }

    private static func suffix(_ text: String) -> String? {
        text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text
    }

    /// How many characters of `text` are a locator: words holding a digit or a roman numeral,
    /// joined by ranges and lists ("12-15", "3, 5", "iv", "33a", "12 ff.").
    private static func locatorEnd(_ text: String) -> Int {
        let chars = Array(text)
        var end = 0
        var index = 0
        var sawWord = false
        while index < chars.count {
            var wordEnd = index
            while wordEnd < chars.count, !" ,;".contains(chars[wordEnd]) { wordEnd += 1 }
            let word = String(chars[index..<wordEnd])
            guard isLocatorWord(word) || (sawWord && ["ff.", "f."].contains(word)) else { break }
            sawWord = true
            end = wordEnd
            // A separator and another locator word may follow.
            var next = wordEnd
            while next < chars.count, chars[next] == " " || chars[next] == "," { next += 1 }
            guard next > wordEnd else { break }
            index = next
        }
        return end
    }

    private static func isLocatorWord(_ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        if word.contains(where: \.isNumber) {
            return word.allSatisfy { $0.isNumber || $0.isLetter || "-–—:.()[]/".contains($0) } && word.count < 20
        }
        let roman = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "-–"))
        return !roman.isEmpty && roman.count <= 8 && roman.allSatisfy { "ivxlcdm-–".contains($0) }
    }
}
