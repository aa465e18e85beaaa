/// What the citations of every page share: the style, the formatted references and, for
/// author-date, the reference-list order and the "Horton et al." and "2008a" of each entry.
struct CitationContext {
    let style: BookConfig.CitationStyle
    let bibliography: Bibliography
    private(set) var references: [String: FormattedReference] = [:]
    /// Author-date: position of each cited key in the reference list.
    private(set) var listOrder: [String: Int] = [:]
    private(set) var authors: [String: String] = [:]
    private(set) var years: [String: String] = [:]
    /// Each reference's HTML, made once for the book rather than for every list it appears in.
    private(set) var referenceHTML: [String: String] = [:]

    init<Keys: Sequence<String>>(style: BookConfig.CitationStyle, bibliography: Bibliography, cited: Keys) {
        self.style = style
        self.bibliography = bibliography
        let keys = Array(cited)
        defer { referenceHTML = references.mapValues(\.html) }
        guard style == .authorDate else {
            for key in keys { references[key] = AMAFormatter().format(bibliography.entries[key]!) }
            return
        }
        let formatter = AuthorDateFormatter()
        let sorted = keys.sorted {
            let (a, b) = (formatter.sortKey(bibliography.entries[$0]!), formatter.sortKey(bibliography.entries[$1]!))
            return a == b ? $0 < $1 : a < b
        }
        var sameAuthorYear: [String: [String]] = [:]
        for (index, key) in sorted.enumerated() {
            let entry = bibliography.entries[key]!
            listOrder[key] = index + 1
            authors[key] = formatter.citationAuthor(entry)
            sameAuthorYear[authors[key]! + "\u{1}" + formatter.year(entry), default: []].append(key)
        }
        for group in sameAuthorYear.values {
            for (index, key) in group.enumerated() {
                let suffix = group.count > 1 ? String(UnicodeScalar(UInt8(97 + index % 26))) : ""
                years[key] = formatter.year(bibliography.entries[key]!) + suffix
                references[key] = formatter.format(bibliography.entries[key]!, yearSuffix: suffix)
            }
        }
    }

    func entry(_ key: String, number: Int, places: [ReferenceList.CitedPlace]) -> ReferenceList.Entry {
        ReferenceList.Entry(number: number, key: key, html: referenceHTML[key]!, pmid: bibliography.entries[key]?.pmid, citedAt: places)
    }
}

/// Fills the citations of one page with their marks and anchors.
struct ClusterFiller {
    let context: CitationContext
    let numbers: [String: Int]
    let page: String
    let target: String
    private(set) var citedKeys: [String] = []
    private(set) var citedAt: [String: [ReferenceList.CitedPlace]] = [:]
    private var count = 0

    init(context: CitationContext, numbers: [String: Int], page: String, target: String) {
        self.context = context
        self.numbers = numbers
        self.page = page
        self.target = target
    }

    mutating func fill(_ node: inout MarkdownNode) {
        guard case .citation(var cluster) = node.kind else { return }
        let known = cluster.items.filter { numbers[$0.key] != nil }
        guard !known.isEmpty else {
            // Nothing it names is cited: prose such as `@someone`, shown as written.
            node.kind = .text((cluster.tookSpaceBefore ? " " : "") + cluster.source)
            return
        }
        count += 1
        cluster.anchor = "cite-\(count)"
        cluster.targetPage = target
        let sorted = known.sorted { numbers[$0.key]! < numbers[$1.key]! }
        if context.style == .authorDate {
            cluster.isSuperscript = false
            (cluster.author, cluster.marks) = AuthorDateMarks.marks(sorted, isInText: cluster.isInText, context: context)
        } else {
            cluster.prefix = known.map(\.prefix).filter { !$0.isEmpty }.joined(separator: "; ")
            cluster.marks = CitationNumbers.marks(sorted.map { (numbers[$0.key]!, $0.key, $0.locator) })
            if cluster.isInText, let first = known.first, !first.suppressAuthor, let entry = context.bibliography.entries[first.key] {
                cluster.author = CitationNumbers.inTextAuthor(entry)
            }
        }
        for item in known {
            if !citedKeys.contains(item.key) { citedKeys.append(item.key) }
            if citedAt[item.key]?.last?.anchor != cluster.anchor {
                citedAt[item.key, default: []].append(.init(page: page, anchor: cluster.anchor))
            }
        }
        node.kind = .citation(cluster)
    }
}

/// Author-date citations: "(see Horton & Dasgupta, 2008, p. 33; Frascone et al., 2009)", "(2008)"
/// for `[-@key]`, and "Horton et al. (2008)" for `@key` in the sentence; the "author, year" part links to the entry.
enum AuthorDateMarks {
    static func marks(_ items: [CitationItem], isInText: Bool, context: CitationContext) -> (String?, [CitationCluster.Mark]) {
        if isInText, let item = items.first {
            var marks: [CitationCluster.Mark] = [.separator(" ("), .number(context.years[item.key]!, key: item.key)]
            if !item.locator.isEmpty { marks.append(.separator(", " + item.locator)) }
            marks.append(.separator(")"))
            return (context.authors[item.key], marks)
        }
        var marks: [CitationCluster.Mark] = [.separator("(")]
        for (index, item) in items.enumerated() {
            if index > 0 { marks.append(.separator("; ")) }
            if !item.prefix.isEmpty { marks.append(.separator(item.prefix + " ")) }
            let year = context.years[item.key]!
            marks.append(.number(item.suppressAuthor ? year : context.authors[item.key]! + ", " + year, key: item.key))
            if !item.locator.isEmpty { marks.append(.separator(", " + item.locator)) }
        }
        marks.append(.separator(")"))
        return (nil, marks)
    }
}

/// The superscript of a citation: numbers in order, runs of three or more collapsed ("6–8"),
/// pairs kept ("1,2"), locators kept ("3(p33)").
enum CitationNumbers {
    static func marks(_ cited: [(number: Int, key: String, locator: String)]) -> [CitationCluster.Mark] {
        var marks: [CitationCluster.Mark] = []
        var index = 0
        while index < cited.count {
            var end = index
            while end + 1 < cited.count, cited[end].locator.isEmpty, cited[end + 1].locator.isEmpty,
                  cited[end + 1].number == cited[end].number + 1 { end += 1 }
            if !marks.isEmpty { marks.append(.separator(",")) }
            if end - index >= 2 {
                marks.append(.number(String(cited[index].number), key: cited[index].key))
                marks.append(.separator("–"))
                marks.append(.number(String(cited[end].number), key: cited[end].key))
                index = end + 1
            } else {
                let item = cited[index]
                marks.append(.number(String(item.number) + locator(item.locator), key: item.key))
                index += 1
            }
        }
        return marks
    }

    /// AMA's locator: "p. 33" -> "(p33)", "pp. 3-5" -> "(pp3-5)".
    static func locator(_ raw: String) -> String {
        guard !raw.isEmpty else { return "" }
        let labels = ["pp.": "pp", "p.": "p", "pages": "pp", "page": "p", "chap.": "chap", "chapter": "chap",
                      "sec.": "sec", "section": "sec", "fig.": "fig", "figure": "fig", "vol.": "vol", "para.": "para"]
        let words = raw.split(separator: " ", maxSplits: 1).map(String.init)
        if words.count == 2, let label = labels[words[0].lowercased()] { return "(\(label)\(words[1]))" }
        return "(\(raw))"
    }

    /// "Tobias", "Tobias and Ross", "Tobias et al." for `@key` written in the sentence.
    static func inTextAuthor(_ entry: BibEntry) -> String? {
        let list = entry.authors.isEmpty ? entry.editors : entry.authors
        let names = list.names.map { $0.literal ?? [$0.nonDroppingParticle, $0.family].filter { !$0.isEmpty }.joined(separator: " ") }
        switch names.count {
        case 0: return nil
        case 1: return names[0] + (list.hasOthers ? " et al." : "")
        case 2 where !list.hasOthers: return "\(names[0]) and \(names[1])"
        default: return "\(names[0]) et al."
        }
    }
}
