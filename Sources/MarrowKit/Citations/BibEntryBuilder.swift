/// Interprets a raw BibTeX entry's fields as a `BibEntry`, the way pandoc maps BibTeX to CSL.
struct BibEntryBuilder {
    private static let types: [String: ReferenceType] = [
        "article": .articleJournal, "book": .book, "inbook": .chapter, "incollection": .chapter,
        "inproceedings": .paperConference, "conference": .paperConference, "proceedings": .book,
        "report": .report, "techreport": .report, "thesis": .thesis, "phdthesis": .thesis,
        "mastersthesis": .thesis, "misc": .misc, "online": .webpage, "electronic": .webpage, "www": .webpage,
        "unpublished": .misc, "manual": .book, "booklet": .book,
    ]
    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"]

    func build(_ raw: RawBibEntry, diagnostics: inout [Diagnostic]) -> BibEntry {
        var type = Self.types[raw.type]
        if type == nil {
            diagnostics.append(.warning("bibtex-unknown-type", "unknown entry type '@\(raw.type)' for '\(raw.key)'; formatted as @misc",
                                        at: raw.location))
            type = .misc
        }
        var entry = BibEntry(key: raw.key, type: type ?? .misc, location: raw.location)
        func plain(_ name: String) -> String? {
            raw.value(name).map(LaTeXText.plain).flatMap { $0.isEmpty ? nil : $0 }
        }
        entry.authors = raw.value("author").map(BibNameParser.parse) ?? BibNameList()
        entry.editors = raw.value("editor").map(BibNameParser.parse) ?? BibNameList()
        entry.title = raw.value("title").map(LaTeXText.convert) ?? BibText()
        let container = entry.type == .chapter || entry.type == .paperConference ? raw.value("booktitle") : raw.value("journal") ?? raw.value("journaltitle")
        entry.containerTitle = container.map(LaTeXText.convert) ?? BibText()
        entry.containerTitleShort = plain("shortjournal")
        entry.publisher = plain("publisher") ?? plain("institution") ?? plain("school") ?? plain("organization")
        entry.genre = plain("type") ?? genre(for: raw.type)
        entry.volume = plain("volume")
        if entry.type != .report { entry.issue = plain("number") ?? plain("issue") }
        entry.pages = plain("pages")
        entry.edition = plain("edition")
        entry.issued = date(raw, "date") ?? year(raw)
        entry.accessed = date(raw, "urldate")
        entry.doi = plain("doi").map(Self.bareDOI)
        entry.pmid = plain("pmid")
        entry.url = raw.value("url").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return entry
    }

    private func genre(for type: String) -> String? {
        switch type {
        case "phdthesis": return "PhD thesis"
        case "mastersthesis": return "Master’s thesis"
        default: return nil
        }
    }

    private func year(_ raw: RawBibEntry) -> ReferenceDate? {
        guard let year = raw.value("year").flatMap({ Int(LaTeXText.plain($0)) }) else { return nil }
        var date = ReferenceDate(year: year)
        if let month = raw.value("month")?.trimmingCharacters(in: .whitespaces).lowercased() {
            date.month = Int(month) ?? Self.monthNames.firstIndex { $0.hasPrefix(month.prefix(3)) && month.count >= 3 }.map { $0 + 1 }
        }
        date.day = raw.value("day").flatMap { Int($0) }
        return date
    }

    /// biblatex's ISO dates: `2021`, `2021-05`, `2021-05-01`.
    private func date(_ raw: RawBibEntry, _ field: String) -> ReferenceDate? {
        guard let value = raw.value(field) else { return nil }
        let parts = value.trimmingCharacters(in: .whitespaces).split(separator: "-").prefix(3).map { Int($0) }
        guard let first = parts.first, let year = first else { return nil }
        return ReferenceDate(year: year, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
    }

    static func bareDOI(_ doi: String) -> String {
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where doi.lowercased().hasPrefix(prefix) {
            return String(doi.dropFirst(prefix.count))
        }
        return doi
    }
}
