import Foundation

/// BibTeX and biblatex entries as CSL items, mapped the way pandoc's citeproc maps them: entry
/// types, fields (biblatex's and BibTeX's names for the same thing), names, dates and LaTeX,
/// with `crossref` inheritance. One public entry point: `BibTeXToCSL.items(from:file:)`.
public enum BibTeXToCSL {
    /// The CSL items of a `.bib` file's text, in file order.
    public static func items(from text: String, file: String, diagnostics: inout [Diagnostic]) -> [CSLItem] {
        var parser = BibTeXParser(text, file: file)
        let raw = parser.parse(diagnostics: &diagnostics)
        let byKey = Dictionary(raw.map { ($0.key.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        return raw.map { item(from: inherit($0, from: byKey)) }
    }

    static let types: [String: String] = [
        "article": "article-journal", "book": "book", "mvbook": "book", "booklet": "pamphlet", "inbook": "chapter",
        "incollection": "chapter", "inproceedings": "paper-conference", "conference": "paper-conference",
        "proceedings": "book", "mvproceedings": "book", "collection": "book", "mvcollection": "book",
        "manual": "book", "report": "report", "techreport": "report", "thesis": "thesis", "phdthesis": "thesis",
        "mastersthesis": "thesis", "misc": "document", "unpublished": "manuscript", "online": "webpage",
        "electronic": "webpage", "www": "webpage", "patent": "patent", "periodical": "article-journal",
        "suppperiodical": "article", "dataset": "dataset", "software": "software", "set": "document",
        "reference": "book", "mvreference": "book", "inreference": "entry-encyclopedia", "bookinbook": "chapter",
        "suppbook": "chapter", "suppcollection": "chapter", "movie": "motion_picture", "video": "motion_picture",
        "audio": "song", "music": "song", "artwork": "graphic", "image": "graphic", "letter": "personal_communication",
        "legislation": "legislation", "jurisdiction": "legal_case", "standard": "standard", "review": "review",
    ]

    /// `crossref`: fields of the parent that the child does not have (biblatex's default
    /// inheritance: a parent's title becomes the child's container title).
    static func inherit(_ entry: RawBibEntry, from byKey: [String: RawBibEntry]) -> RawBibEntry {
        guard let parentKey = entry.value("crossref")?.lowercased() ?? entry.value("xdata")?.lowercased(), let parent = byKey[parentKey] else { return entry }
        var merged = entry
        let have = Set(entry.fields.map(\.name))
        for field in parent.fields where field.name != "crossref" && field.name != "ids" {
            var name = field.name
            if name == "title", ["incollection", "inproceedings", "inbook", "inreference", "bookinbook"].contains(entry.type) { name = "booktitle" }
            if name == "subtitle", ["incollection", "inproceedings", "inbook"].contains(entry.type) { name = "booksubtitle" }
            if !have.contains(name) { merged.fields.append(.init(name: name, value: field.value, location: field.location)) }
        }
        return merged
    }

    static func item(from raw: RawBibEntry) -> CSLItem {
        var item = CSLItem(id: raw.key, type: types[raw.type] ?? "document")
        func text(_ name: String) -> String? {
            raw.value(name).map(LaTeXText.plain).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        // English titles in sentence case, as pandoc writes them; {protected} words kept as written.
        let english = (raw.value("langid") ?? raw.value("language") ?? "english").lowercased().hasPrefix("en")
            || (raw.value("langid") ?? raw.value("language") ?? "").lowercased().contains("english")
        func title(_ name: String, sentence: Bool = true) -> String? {
            guard let value = raw.value(name) else { return nil }
            let converted = LaTeXText.convert(value, markup: true)
            let out = english && sentence ? sentenceCase(converted) : converted.segments.map { $0.isProtected ? nocase($0.text) : $0.text }.joined()
            let trimmed = out.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        func titled(_ main: String, _ sub: String?, sentence: Bool = true) -> String? {
            guard let main = title(main, sentence: sentence) else { return nil }
            guard let sub, let subtitle = title(sub, sentence: sentence) else { return main }
            return main + (main.hasSuffix("?") || main.hasSuffix("!") ? " " : ": ") + capitalizeFirst(subtitle)
        }
        func list(_ name: String) -> String? {
            guard let value = raw.value(name) else { return nil }
            // biblatex's localisation keys (a patent's "countryde") name no place pandoc prints.
            let items = BibNameParser.splitOnAnd(value).map { LaTeXText.plain($0).trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty && !($0.hasPrefix("country") && $0.count <= 9 && $0.allSatisfy(\.isLowercase)) }
            return items.isEmpty ? nil : items.joined(separator: "; ")
        }
        func set(_ variable: String, _ value: String?) {
            if let value, !value.isEmpty { item.strings[variable] = value }
        }
        // Titles: a chapter's container is the book (or the multi-volume work holding it); an
        // article's the journal; a volume of a multi-volume work takes that work's title, its own
        // becoming the volume title; a periodical's issue title is the title. As pandoc maps them.
        let ownTitle = titled("title", "subtitle").map { t in title("titleaddon").map { t + ". " + $0 } ?? t }
        let workTitle = titled("maintitle", "mainsubtitle").map { t in title("maintitleaddon").map { t + ". " + $0 } ?? t }
        let bookTitle = titled("booktitle", "booksubtitle").map { t in title("booktitleaddon").map { t + ". " + $0 } ?? t }
        var volumeOfWork = false  // A volume titled by its multi-volume work.
        switch raw.type {
        case "periodical":
            // A journal (or one issue of it): pandoc writes it as an article of that journal.
            set("title", titled("issuetitle", "issuesubtitle") ?? ownTitle)
            set("container-title", titled("title", "subtitle", sentence: false))
        case "article", "suppperiodical", "review":
            set("title", ownTitle)
            // A journal's name is written as the source has it (pandoc changes the case of titles only).
            set("container-title", titled("journaltitle", "journalsubtitle", sentence: false) ?? title("journal", sentence: false))
            set("volume-title", titled("issuetitle", "issuesubtitle"))
        case "incollection", "inproceedings", "inbook", "inreference", "bookinbook", "suppbook", "suppcollection", "conference":
            set("title", ownTitle)
            set("container-title", workTitle ?? bookTitle)
            if workTitle != nil { set("volume-title", bookTitle) }
        default:
            set("title", workTitle ?? ownTitle)
            if workTitle != nil { set("volume-title", ownTitle) }
            volumeOfWork = workTitle != nil
            set("container-title", text("journal"))
        }
        // A short title: `shorttitle`, else the main title before its subtitle or colon. A volume
        // of a multi-volume work has only its own title's part before a colon (the short title
        // names the volume, not the work the title now is), as pandoc maps it.
        if volumeOfWork {
            set("title-short", title("title").flatMap(mainTitle))
        } else {
            set("title-short", title("shorttitle") ?? (raw.value("subtitle") != nil ? title("title") : item.strings["title"].flatMap(mainTitle)))
        }
        set("container-title-short", text("shortjournal"))
        // A series may be biblatex's key ("newseries") or a number ("3": "3rd series"), as pandoc words them.
        set("collection-title", text("series").flatMap(Self.seriesName) ?? title("series"))
        set("volume", text("volume").map { volume in text("part").map { volume + "." + $0 } ?? volume })
        // `number` is an article's issue, a report's or patent's number, a book's number in its series.
        switch raw.type {
        case "article", "periodical", "suppperiodical", "review": set("issue", text("number") ?? text("issue"))
        case "report", "techreport", "patent", "standard", "manual", "legislation": set("number", text("number"))
        default: set("collection-number", text("number")); set("issue", text("issue"))
        }
        // BibTeX's `--` is a range: CSL-JSON writes it with a hyphen (the style chooses the dash).
        set("page", raw.value("pages").map { $0.replacingOccurrences(of: "--", with: "-").replacingOccurrences(of: "–", with: "-") }
            .map(LaTeXText.plain).map { $0.replacingOccurrences(of: "–", with: "-") })
        set("number-of-pages", text("pagetotal"))
        set("number-of-volumes", text("volumes"))
        set("edition", text("edition"))
        // biblatex's lists ("Durham and London") are joined by "; ", as pandoc joins them.
        set("publisher", list("publisher") ?? list("institution") ?? list("school") ?? list("organization") ?? text("howpublished"))
        set("publisher-place", list("location") ?? text("address"))
        set("original-publisher", list("origpublisher"))
        set("original-publisher-place", list("origlocation"))
        set("original-title", title("origtitle"))
        set("genre", text("type").map { Self.typeNames[$0.lowercased()] ?? $0 }
            ?? (raw.type == "phdthesis" ? "PhD thesis" : raw.type == "mastersthesis" ? "Master’s thesis" : nil))
        set("note", text("note"))
        set("annote", text("annotation") ?? text("annote"))
        set("abstract", text("abstract"))
        set("ISBN", text("isbn"))
        set("ISSN", text("issn"))
        set("PMID", text("pmid"))
        set("PMCID", text("pmcid"))
        set("DOI", text("doi").map(ReferenceLinks.bareDOI))
        set("URL", raw.value("url").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        set("language", text("langid") ?? text("language"))
        set("version", text("version"))
        set("event-title", text("eventtitle"))
        set("event-place", text("venue"))
        // An eprint as the address its service gives it, as pandoc does (arXiv, JSTOR, Google Books, handles).
        if let eprint = text("eprint"), let service = (text("eprinttype") ?? text("archiveprefix"))?.lowercased(),
           let base = Self.eprintAddresses[service] {
            set("URL", item.strings["URL"] ?? base + eprint)
        }
        // Names.
        for (field, variable) in [("author", "author"), ("editor", "editor"), ("translator", "translator"), ("bookauthor", "container-author"),
                                  ("director", "director"), ("holder", "author")] {
            guard let value = raw.value(field), item.names[variable] == nil else { continue }
            let list = BibNameParser.parse(value)
            // "and others" stays in the list as pandoc keeps it; the processor writes it as "et al.".
            // biblatex's `useprefix=true` keeps "van" before the family name, even in sort order.
            let usePrefix = raw.value("options")?.replacingOccurrences(of: " ", with: "").lowercased()
                .split(separator: ",").contains { $0 == "useprefix=true" || $0 == "useprefix" } ?? false
            item.names[variable] = list.names.map { name in
                var csl = cslName(name)
                if usePrefix, let particle = csl.droppingParticle { csl.nonDroppingParticle = particle; csl.droppingParticle = nil }
                return csl
            } + (list.hasOthers ? [CSLName(literal: "others")] : [])
        }
        /// A date from `year`, `month` and `day` (or `origyear`, `origmonth`, `origday`).
        func yearDate(prefix: String) -> CSLDate? {
            guard let year = text(prefix + "year") else { return nil }
            var parts: [Int] = []
            if let y = Int(year.prefix { $0.isNumber || $0 == "-" }) { parts.append(y) }
            if let month = text(prefix + "month"), let m = Int(month) ?? monthNumber(month) { parts.append(m) }
            if parts.count == 2, let day = text(prefix + "day").flatMap({ Int($0) }) { parts.append(day) }
            return parts.isEmpty ? CSLDate(literal: year) : CSLDate(parts: [parts])
        }
        // Dates: biblatex's ISO/EDTF `date` (ranges, uncertain), else year, month and day.
        if let date = raw.value("date").flatMap(edtf) {
            item.dates["issued"] = date
        } else if let date = yearDate(prefix: "") {
            item.dates["issued"] = date
        }
        if let accessed = raw.value("urldate").flatMap(edtf) { item.dates["accessed"] = accessed }
        if let original = raw.value("origdate").flatMap(edtf) ?? yearDate(prefix: "orig") { item.dates["original-date"] = original }
        if let event = raw.value("eventdate").flatMap(edtf) { item.dates["event-date"] = event }
        return item
    }

    static let eprintAddresses: [String: String] = [
        "arxiv": "https://arxiv.org/abs/", "jstor": "https://www.jstor.org/stable/", "googlebooks": "https://books.google.com?id=",
        "hdl": "https://hdl.handle.net/",
    ]

    /// biblatex's localisation keys in `type` ("phdthesis"), in the words pandoc prints for them.
    static let typeNames: [String: String] = [
        "phdthesis": "PhD thesis", "mathesis": "Master’s thesis", "candthesis": "Candidate thesis", "techreport": "technical report",
        "resreport": "research report", "software": "computer software", "datacd": "CD-ROM", "audiocd": "audio CD",
        "patent": "patent", "patentde": "German patent", "patenteu": "European patent", "patentfr": "French patent",
        "patentuk": "British patent", "patentus": "U.S. patent", "patreq": "patent request",
        "patreqde": "German patent request", "patreqeu": "European patent request", "patreqfr": "French patent request",
        "patrequk": "British patent request", "patrequs": "U.S. patent request",
    ]

    /// biblatex's series keys and numbered series in pandoc's (English) words; nil for a series' name.
    static func seriesName(_ series: String) -> String? {
        switch series.lowercased() {
        case "newseries": return "New series"
        case "oldseries": return "Old series"
        default:
            guard let n = Int(series), n > 0 else { return nil }
            let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
            return "\(n)\(suffix) series"
        }
    }

    static func nocase(_ text: String) -> String { "<span class=\"nocase\">\(text)</span>" }

    /// The title before its first ": " that stands outside protected text, as pandoc shortens it.
    static func mainTitle(_ title: String) -> String? {
        var depth = 0
        var index = title.startIndex
        while index < title.endIndex {
            let rest = title[index...]
            if rest.hasPrefix("<span class=\"nocase\">") { depth += 1; index = title.index(index, offsetBy: 21); continue }
            if rest.hasPrefix("</span>") { depth -= 1; index = title.index(index, offsetBy: 7); continue }
            if depth == 0, rest.hasPrefix(": ") { return String(title[..<index]) }
            index = title.index(after: index)
        }
        return nil
    }

    static func capitalizeFirst(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// pandoc's sentence case for English titles: a word written Capitalised (a capital, then
    /// lower case) is lowered unless it opens the title or follows a colon; words with other
    /// capitals (DNA, iPhone) and `{protected}` text stay; protected text is marked `nocase`.
    static func sentenceCase(_ text: BibText) -> String {
        var out = ""
        var atStart = true
        for segment in text.segments {
            if segment.isProtected {
                out += nocase(segment.text)
                if segment.text.contains(where: { !$0.isWhitespace }) { atStart = false }
                continue
            }
            var word = ""
            func flush() {
                guard !word.isEmpty else { return }
                let letters = word.filter(\.isLetter)
                let capitalised = letters.first?.isUppercase == true && letters.dropFirst().allSatisfy(\.isLowercase)
                if atStart {
                    out += capitalizeFirst(word)
                } else {
                    out += capitalised ? word.lowercased() : word
                }
                atStart = word.hasSuffix(":") || word.hasSuffix("?") || word.hasSuffix("!")
                word = ""
            }
            for ch in segment.text {
                if ch == " " || ch == "-" || ch == "\u{A0}" {
                    flush()
                    out.append(ch)
                } else {
                    word.append(ch)
                }
            }
            flush()
        }
        return out
    }

    static func cslName(_ name: BibName) -> CSLName {
        if let literal = name.literal { return CSLName(literal: literal) }
        var out = CSLName(family: name.family.isEmpty ? nil : name.family, given: name.given.isEmpty ? nil : name.given)
        if !name.particle.isEmpty { out.droppingParticle = name.particle }  // BibTeX's von part, as pandoc maps it
        // "de Lucas, Nieves": lower-case words starting the family name are its particle.
        if out.nonDroppingParticle == nil, let family = out.family {
            let words = family.split(separator: " ")
            if words.count > 1, let last = words.lastIndex(where: { $0.first?.isLowercase == true }), last < words.count - 1,
               words[...last].allSatisfy({ $0.first?.isLowercase == true }) {
                out.nonDroppingParticle = words[...last].joined(separator: " ")
                out.family = words[(last + 1)...].joined(separator: " ")
            }
        }
        // "Gennep, Arnold van": lower-case words ending the given name are a dropping particle.
        if let given = out.given {
            let words = given.split(separator: " ")
            if words.count > 1, let first = words.firstIndex(where: { $0.first?.isLowercase == true }), first > 0,
               words[first...].allSatisfy({ $0.first?.isLowercase == true }) {
                out.droppingParticle = words[first...].joined(separator: " ")
                out.given = words[..<first].joined(separator: " ")
            }
        }
        if !name.nonDroppingParticle.isEmpty { out.nonDroppingParticle = name.nonDroppingParticle }
        if !name.suffix.isEmpty { out.suffix = name.suffix }
        return out
    }

    static func monthNumber(_ month: String) -> Int? {
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return names.firstIndex { month.lowercased().hasPrefix($0) }.map { $0 + 1 }
    }

    /// `2021`, `2021-05-01`, `2021/2022`, `2021-05/2021-07`, `1990?`, `1990~` (uncertain: circa).
    static func edtf(_ value: String) -> CSLDate? {
        var text = value.trimmingCharacters(in: .whitespaces)
        let uncertain = text.hasSuffix("?") || text.hasSuffix("~") || text.hasSuffix("%")
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: "?~%"))
        var ranges: [[Int]] = []
        for piece in text.split(separator: "/", omittingEmptySubsequences: false) {
            let numbers = piece.split(separator: "-").compactMap { Int($0) }
            if numbers.isEmpty { if piece.isEmpty { continue } else { return nil } }
            ranges.append(numbers)
        }
        guard !ranges.isEmpty else { return nil }
        var date = CSLDate(parts: ranges)
        date.circa = uncertain
        return date
    }
}

extension CSLDate {
    init(parts: [[Int]]) {
        self.parts = parts
    }

    init(literal: String) {
        self.parts = []
        self.literal = literal
    }
}
