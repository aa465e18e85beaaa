/// Formats entries as the AMA CSL style (american-medical-association.csl, 11th edition)
/// does through pandoc's citeproc: the layout of its `<bibliography>`, branch by branch.
public struct AMAFormatter: Sendable {
    public init() {}

    public func format(_ entry: BibEntry) -> FormattedReference {
        typealias F = FormattedReference
        var out = F()
        var titleUsed = false
        if let authors = names(entry.authors) {
            out.append(authors)
        } else if let editors = editorNames(entry.editors) {
            out.append(editors)
        } else {
            if let title = title(entry) { out.append(title) }
            titleUsed = true
        }
        out.appendSuffix(".")
        if !titleUsed, let title = F.group([title(entry)], prefix: " ", suffix: ".") { out.append(title) }
        out.append(body(entry))
        if let access = access(entry) {
            out.append(" ")
            out.append(access)
        }
        return out
    }

    private func body(_ e: BibEntry) -> FormattedReference {
        typealias F = FormattedReference
        let year = e.issued.map { F(["\($0.year)"].map { .text($0) }) }
        switch e.type {
        case .book, .report:
            var out = F()
            if let g = F.group([volume(e), edition(e), editorNames(e.editors).map { F([.text("(")] + $0.pieces + [.text(")")]) }],
                               delimiter: " ", prefix: " ", suffix: ".") { out.append(g) }
            if let p = F.text(e.publisher, prefix: " ") { out.append(p) }
            if let g = F.group([year, F.text(e.pages.map(ReferenceText.expandedPages), prefix: ":")], prefix: "; ", suffix: ".") {
                out.append(g)
            }
            return out
        case .chapter, .paperConference:
            let dated = F.group([year, F.text(e.pages.map(ReferenceText.expandedPages), prefix: ":")], prefix: "; ", suffix: ".")
            let tail = F.group([F.text(e.publisher), dated], suffix: ".")
            let container = e.containerTitle.isEmpty ? nil : F.italic(ReferenceText.titleCase(e.containerTitle), suffix: ".")
            guard let g = F.group([F.text("In:"), editorNames(e.editors), container, volume(e), edition(e), tail],
                                  delimiter: " ", prefix: " ") else { return F() }
            return g
        case .thesis:
            let place = F.group([F.text(e.publisher), year], delimiter: "; ")
            return F.group([F.text(e.genre), place], delimiter: ". ", prefix: " ", suffix: ".") ?? F()
        case .webpage:
            return F.group([e.containerTitle.isEmpty ? nil : F.text(e.containerTitle.plain)], prefix: " ", suffix: ".") ?? F()
        case .articleJournal, .misc:
            var out = F()
            if let editors = editorNames(e.editors) {
                out.append(" ")
                out.append(editors)
                out.appendSuffix(".")
            }
            let journal = (e.containerTitleShort ?? (e.containerTitle.isEmpty ? nil : e.containerTitle.plain))
                .map { $0.replacingOccurrences(of: ".", with: "") }
            let date: F?
            if e.volume != nil || e.issue != nil {
                date = year
            } else {
                date = e.issued.map { F([.text("Published online " + ReferenceText.textDate($0))]) }
            }
            let numbers = F.group([F.text(e.volume), F.text(e.issue.map { "(\($0))" })])
            let details = F.group([date, numbers], delimiter: ";", prefix: " ")
            if let g = F.group([F.italic(journal, suffix: "."), details, F.text(e.pages.map(ReferenceText.expandedPages), prefix: ":")],
                               prefix: " ", suffix: ".") {
                out.append(g)
            }
            return out
        }
    }

    private func title(_ e: BibEntry) -> FormattedReference? {
        guard !e.title.isEmpty else { return nil }
        switch e.type {
        case .book, .report, .thesis: return .italic(ReferenceText.titleCase(e.title))
        default: return .text(ReferenceText.capitalisedAfterColons(e.title))
        }
    }

    private func volume(_ e: BibEntry) -> FormattedReference? {
        e.volume.map { FormattedReference([.text("Vol \($0).")]) }
    }

    private func edition(_ e: BibEntry) -> FormattedReference? {
        guard let edition = e.edition else { return nil }
        if let n = Int(edition) { return FormattedReference([.text("\(Self.ordinal(n)) ed.")]) }
        return .text(edition, suffix: ".")
    }

    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    /// AMA's names: all in sort order, up to six, else the first three and "et al.".
    func names(_ list: BibNameList) -> FormattedReference? {
        guard !list.isEmpty else { return nil }
        let truncated = list.names.count >= 7
        let shown = truncated ? Array(list.names.prefix(3)) : list.names
        var text = shown.map(ReferenceText.sortOrderName).joined(separator: ", ")
        if truncated || list.hasOthers { text += shown.count > 1 ? ", et al." : " et al." }
        return FormattedReference([.text(text)])
    }

    private func editorNames(_ list: BibNameList) -> FormattedReference? {
        guard var out = names(list) else { return nil }
        out.append(list.names.count > 1 || list.hasOthers ? ", eds." : ", ed.")
        return out
    }

    private func access(_ e: BibEntry) -> FormattedReference? {
        if let doi = e.doi {
            return FormattedReference([.text("doi:"), .link(text: doi, url: "https://doi.org/" + doi)])
        }
        guard let url = e.url else { return nil }
        let published = e.type == .webpage ? e.issued.map { FormattedReference([.text("Published " + ReferenceText.textDate($0))]) } : nil
        let accessed = e.accessed.map { FormattedReference([.text("Accessed " + ReferenceText.textDate($0))]) }
        return FormattedReference.group([published, accessed, FormattedReference([.link(text: url, url: url)])], delimiter: ". ")
    }
}
