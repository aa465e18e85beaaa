/// The small text rules citation styles share: names, initials, title case, dates, page ranges.
enum ReferenceText {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]
    private static let stopWords: Set<String> = ["a", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in",
                                                 "into", "nor", "of", "on", "onto", "or", "over", "so", "the", "till",
                                                 "to", "up", "via", "with", "yet"]

    /// "Joseph D." -> "JD"; "Jens-Christian" -> "JC".
    static func initials(_ given: String) -> String {
        given.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{A0}" })
            .compactMap { word in word.first(where: { $0.isLetter }).map(String.init) }
            .joined()
    }

    /// A name as AMA writes it: "Tobias JD", "Berg J van der", "Doe J Jr", "World Health Organization".
    static func sortOrderName(_ name: BibName) -> String {
        if let literal = name.literal { return literal }
        let family = [name.nonDroppingParticle, name.family].filter { !$0.isEmpty }.joined(separator: " ")
        return [family, initials(name.given), name.particle, name.suffix].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// CSL's `text-case="title"` for English: words capitalised except stop words in the middle;
    /// text in braces is left as it is.
    static func titleCase(_ text: BibText) -> String {
        var out = ""
        var atStart = true
        var afterColon = false
        for segment in text.segments {
            if segment.isProtected {
                out += segment.text
                atStart = false
                continue
            }
            var word = ""
            func flush() {
                guard !word.isEmpty else { return }
                let lower = word.lowercased()
                let keep = stopWords.contains(lower) && !atStart && !afterColon
                out += keep || word.first?.isLowercase == false ? word : word.prefix(1).uppercased() + word.dropFirst()
                atStart = false
                afterColon = false
                word = ""
            }
            for ch in segment.text {
                if ch == " " || ch == "-" || ch == "/" {
                    flush()
                    out.append(ch)
                } else {
                    word.append(ch)
                    if ch == ":" { flush(); afterColon = true }
                }
            }
            flush()
        }
        return out
    }

    /// Unprotected text after a colon starts with a capital, as pandoc's BibTeX reader makes it.
    static func capitalisedAfterColons(_ text: BibText) -> String {
        var out = ""
        var capitaliseNext = false
        for segment in text.segments {
            for ch in segment.text {
                if capitaliseNext, ch != " " {
                    out += segment.isProtected ? String(ch) : ch.uppercased()
                    capitaliseNext = false
                } else {
                    out.append(ch)
                }
                if ch == ":", !segment.isProtected { capitaliseNext = true }
            }
        }
        return out
    }

    /// CSL's date `form="text"`: "2021", "November 2023", "May 1, 2021".
    static func textDate(_ date: ReferenceDate) -> String {
        guard let month = date.month, (1...12).contains(month) else { return String(date.year) }
        let name = monthNames[month - 1]
        if let day = date.day { return "\(name) \(day), \(date.year)" }
        return "\(name) \(date.year)"
    }

    /// CSL's `page-range-format="expanded"` with AMA's "-" delimiter: "101--5" -> "101-105".
    static func expandedPages(_ pages: String) -> String {
        let ranges = pages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return ranges.map { range -> String in
            let parts = range.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" }).map(String.init)
            guard parts.count == 2 else { return range }
            let first: String
            var last: String
            (first, last) = (parts[0].trimmingCharacters(in: .whitespaces), parts[1].trimmingCharacters(in: .whitespaces))
            if let a = Int(first), Int(last) != nil, last.count < first.count, a >= 0 {
                last = String(first.prefix(first.count - last.count)) + last
            }
            return first + "-" + last
        }.joined(separator: ", ")
    }
}
