import Foundation

/// The author-date style, APA-like (modelled on apa.csl as pandoc's citeproc prints it):
/// "Horton, J. C., & Dasgupta, A. (2008). Title. *Journal*, *12*(3), 101–105. https://doi.org/...",
/// cited as "(Horton & Dasgupta, 2008)".
public struct AuthorDateFormatter: Sendable {
    public init() {}

    /// The reference-list entry; `yearSuffix` is the "a" of "2008a" that tells apart works of the same authors and year.
    public func format(_ e: BibEntry, yearSuffix: String = "") -> FormattedReference {
        typealias F = FormattedReference
        var out = F()
        var titleUsed = false
        if let authors = names(e.authors) {
            out.append(authors)
        } else if var editors = names(e.editors) {
            editors.append(e.editors.names.count > 1 || e.editors.hasOthers ? " (Eds.)" : " (Ed.)")
            out.append(editors)
        } else if let title = title(e) {
            out.append(title)
            titleUsed = true
        }
        out.appendSuffix(".")
        out.append(" (" + date(e) + yearSuffix + ").")
        if !titleUsed, let title = title(e) {
            out.append(" ")
            out.append(title)
            if e.type == .book || e.type == .report, let edition = edition(e) { out.append(" (\(edition))") }
            if e.type == .thesis {
                let detail = [e.genre ?? "Thesis", e.publisher].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
                out.append(" [\(detail)]")
            }
            out.appendSuffix(".")
        }
        out.append(body(e))
        if let doi = e.doi {
            out.append(" ")
            out.pieces.append(.link(text: "https://doi.org/" + doi, url: "https://doi.org/" + doi))
        } else if let url = e.url {
            out.append(" ")
            out.pieces.append(.link(text: url, url: url))
        }
        return out
    }

    private func body(_ e: BibEntry) -> FormattedReference {
        typealias F = FormattedReference
        var out = F()
        switch e.type {
        case .articleJournal, .misc:
            let journal = e.containerTitle.isEmpty ? (e.containerTitleShort ?? "") : e.containerTitle.plain
            guard !journal.isEmpty else { return out }
            out.append(" ")
            out.pieces.append(.italic(journal))
            if let volume = e.volume {
                out.append(", ")
                out.pieces.append(.italic(volume))
            }
            if let issue = e.issue { out.append(e.volume == nil ? ", (\(issue))" : "(\(issue))") }
            if let pages = e.pages { out.append(", " + Self.pages(pages)) }
            out.appendSuffix(".")
        case .chapter, .paperConference:
            guard !e.containerTitle.isEmpty else { break }
            out.append(" In ")
            if let editors = givenFirstNames(e.editors) {
                out.append(editors + (e.editors.names.count > 1 || e.editors.hasOthers ? " (Eds.), " : " (Ed.), "))
            }
            out.pieces.append(.italic(e.containerTitle.plain))
            let details = [edition(e), e.pages.map { "pp. " + Self.pages($0) }].compactMap { $0 }
            if !details.isEmpty { out.append(" (" + details.joined(separator: ", ") + ")") }
            out.appendSuffix(".")
            if let publisher = e.publisher { out.append(" " + publisher + ".") }
        case .book, .report:
            if let publisher = e.publisher { out.append(" " + publisher + ".") }
        case .webpage:
            if !e.containerTitle.isEmpty { out.append(" " + e.containerTitle.plain + ".") }
        case .thesis:
            break
        }
        return out
    }

    private func title(_ e: BibEntry) -> FormattedReference? {
        guard !e.title.isEmpty else { return nil }
        let text = ReferenceText.capitalisedAfterColons(e.title)
        switch e.type {
        case .book, .report, .thesis, .webpage: return FormattedReference([.italic(text)])
        default: return FormattedReference([.text(text)])
        }
    }

    private func edition(_ e: BibEntry) -> String? {
        guard let edition = e.edition else { return nil }
        if let n = Int(edition) { return "\(AMAFormatter.ordinal(n)) ed." }
        return edition
    }

    /// "(2008", "(2021, May 1", "(n.d.": the year, and for web pages the month and day.
    private func date(_ e: BibEntry) -> String {
        guard let issued = e.issued else { return "n.d." }
        guard e.type == .webpage, let month = issued.month, (1...12).contains(month) else { return String(issued.year) }
        return "\(issued.year), \(ReferenceText.monthNames[month - 1])" + (issued.day.map { " \($0)" } ?? "")
    }

    /// APA's names: "Horton, J. C., & Dasgupta, A."; up to 20, else the first 19, ". . ." and the last.
    func names(_ list: BibNameList) -> FormattedReference? {
        guard !list.isEmpty else { return nil }
        let all = list.names.map(Self.invertedName)
        let text: String
        if list.hasOthers {
            text = all.joined(separator: ", ") + ", et al."
        } else if all.count == 1 {
            text = all[0]
        } else if all.count > 20 {
            text = all.prefix(19).joined(separator: ", ") + ", . . . " + all[all.count - 1]
        } else {
            text = all.dropLast().joined(separator: ", ") + ", & " + all[all.count - 1]
        }
        return FormattedReference([.text(text)])
    }

    /// Editors in a chapter entry: "P. Cameron & G. Browne".
    private func givenFirstNames(_ list: BibNameList) -> String? {
        guard !list.isEmpty else { return nil }
        let all = list.names.map { name -> String in
            if let literal = name.literal { return literal }
            return [Self.initials(name.given), name.particle, name.nonDroppingParticle, name.family]
                .filter { !$0.isEmpty }.joined(separator: " ")
        }
        if list.hasOthers { return all.joined(separator: ", ") + ", et al." }
        if all.count <= 2 { return all.joined(separator: " & ") }
        return all.dropLast().joined(separator: ", ") + ", & " + all[all.count - 1]
    }

    /// "Horton, J. C.", "Berg, J. van der", "Doe, J., Jr.".
    static func invertedName(_ name: BibName) -> String {
        if let literal = name.literal { return literal }
        let family = [name.nonDroppingParticle, name.family].filter { !$0.isEmpty }.joined(separator: " ")
        var given = [initials(name.given), name.particle].filter { !$0.isEmpty }.joined(separator: " ")
        if !name.suffix.isEmpty { given += ", " + name.suffix + (name.suffix.hasSuffix(".") ? "" : ".") }
        return given.isEmpty ? family : family + ", " + given
    }

    /// "John C." -> "J. C."; "Jens-Christian" -> "J.-C.".
    static func initials(_ given: String) -> String {
        given.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map { word in
            word.split(separator: "-").compactMap { part in part.first(where: \.isLetter).map { "\($0)." } }.joined(separator: "-")
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// "101--5" -> "101–105".
    static func pages(_ pages: String) -> String {
        ReferenceText.expandedPages(pages).replacingOccurrences(of: "-", with: "–")
    }

    // MARK: Citations in the text

    /// "Horton", "Horton & Dasgupta", "Horton et al."; the title when there is no author.
    func citationAuthor(_ e: BibEntry) -> String {
        let list = e.authors.isEmpty ? e.editors : e.authors
        let names = list.names.map { $0.literal ?? [$0.nonDroppingParticle, $0.family].filter { !$0.isEmpty }.joined(separator: " ") }
        switch names.count {
        case 0: return e.title.plain
        case 1: return names[0] + (list.hasOthers ? " et al." : "")
        case 2 where !list.hasOthers: return "\(names[0]) & \(names[1])"
        default: return "\(names[0]) et al."
        }
    }

    func year(_ e: BibEntry) -> String {
        e.issued.map { String($0.year) } ?? "n.d."
    }

    /// The order of the reference list: authors' family then given names, then year, then title.
    func sortKey(_ e: BibEntry) -> String {
        let list = e.authors.isEmpty ? e.editors : e.authors
        let authors = list.isEmpty ? e.title.plain
            : list.names.map { $0.literal ?? "\($0.family) \($0.given)" }.joined(separator: "\u{1}")
        let folded = authors.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded + "\u{2}" + year(e) + "\u{2}" + e.title.plain.lowercased()
    }
}
