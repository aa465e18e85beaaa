import Foundation

/// What the citations of every page share: the style, each cited entry's number, its year suffix
/// and disambiguation, and its formatted reference, all made once for the book by the CSL processor.
struct CitationContext {
    let style: ReferenceStyle
    let bibliography: Bibliography
    /// The `citation-number` of each cited key: order of first citation, or the bibliography's
    /// order when a numeric style sorts its list.
    private(set) var citationNumbers: [String: Int] = [:]
    /// Each cited key's place in the style's bibliography (1 first).
    private(set) var listOrder: [String: Int] = [:]
    private(set) var yearSuffixes: [String: String] = [:]
    private(set) var disambiguation: [String: CSLDisambiguation] = [:]
    /// Each reference's HTML, made once for the book rather than for every list it appears in.
    private(set) var referenceHTML: [String: String] = [:]
    /// Formatted citations of one work by what they cite and how, shared by the pages filled in parallel.
    let formatted = SharedCache<FormattedKey, [CitationCluster.Mark]>()
    /// Each cite rendered once, for the citations that hold it.
    let citeCache = CSLCiteCache()

    init(style: ReferenceStyle, bibliography: Bibliography, firstCited: [String: Int]) {
        self.style = style
        self.bibliography = bibliography
        let items = firstCited.keys.sorted { firstCited[$0]! < firstCited[$1]! }.map { bibliography.entries[$0]!.item }
        let processor = style.processor
        (disambiguation, yearSuffixes) = processor.disambiguate(items, numbers: firstCited)
        var numbers = firstCited
        var list = processor.bibliography(items, numbers: numbers, yearSuffixes: yearSuffixes)
        listOrder = Dictionary(list.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        // A style without a bibliography (or one that leaves an item out) lists the rest in order of first citation.
        for item in items where listOrder[item.id] == nil { listOrder[item.id] = listOrder.count + 1 }
        if style.isNumeric, style.processor.style.bibliography?.sort.isEmpty == false, listOrder != numbers, listOrder.count == numbers.count {
            numbers = listOrder
            list = processor.bibliography(items, numbers: numbers, yearSuffixes: yearSuffixes)
        }
        citationNumbers = numbers
        for item in items { referenceHTML[item.id] = "" }
        for (key, html) in list {
            let entry = CSLMarkup.site(style.isNumeric ? Self.withoutNumber(html) : Self.trimmed(html))
            referenceHTML[key] = ReferenceLinks.linked(entry, item: bibliography.entries[key]!.item)
        }
    }

    /// The numbers reference lists show and order by: citation numbers for a numeric style,
    /// otherwise the bibliography's order.
    var listNumbers: [String: Int] { style.isNumeric ? citationNumbers : listOrder }

    /// A numbered entry without the number the style puts in its margin: the list numbers it
    /// (per chapter or book-wide).
    static func withoutNumber(_ html: String) -> String {
        guard let start = html.range(of: "<div class=\"csl-right-inline\">"), let end = html.range(of: "</div>", options: .backwards),
              start.upperBound <= end.lowerBound else { return trimmed(html) }
        return String(html[start.upperBound..<end.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func trimmed(_ html: String) -> String { html.trimmingCharacters(in: .whitespacesAndNewlines) }

    func entry(_ key: String, number: Int, places: [ReferenceList.CitedPlace]) -> ReferenceList.Entry {
        ReferenceList.Entry(number: number, key: key, html: referenceHTML[key]!, pmid: bibliography.entries[key]?.pmid, citedAt: places)
    }

    /// A citation's marks, from the style's citation layout: `numbers` are the page's citation
    /// numbers (the book's, or the chapter's own). `@key` in the sentence is the style's names,
    /// a space, then the citation without them ("Horton et al. (2008)"); a style whose citations
    /// name nobody gives the citation alone.
    func marks(_ items: [CitationItem], isInText: Bool, numbers: [String: Int]) -> [CitationCluster.Mark] {
        let processor = style.processor
        var cites = items.map { item -> CSLProcessor.Cite in
            let locator = CitationLocator.parse(item.locator)
            return CSLProcessor.Cite(item: bibliography.entries[item.key]!.item, locator: locator.locator, label: locator.label,
                                     prefix: item.prefix.isEmpty ? nil : item.prefix + " ", suffix: locator.suffix,
                                     suppressAuthor: item.suppressAuthor)
        }
        var html = ""
        if isInText, !cites[0].suppressAuthor,
           let author = processor.author(of: cites[0], numbers: numbers, disambiguation: disambiguation) {
            html = author + " "
            cites[0].suppressAuthor = true
        }
        let keys = items.map(\.key)
        html += processor.citation(cites, numbers: numbers, yearSuffixes: yearSuffixes, disambiguation: disambiguation, link: { id in
            keys.firstIndex(of: id).map { "#" + CitationHTML.keyPlaceholder + String($0) }
        }, cache: citeCache)
        return CitationHTML.marks(CSLMarkup.site(html), keys: keys)
    }
}

/// What a formatted citation depends on: its cites as written, with their numbers.
struct FormattedKey: Hashable, Sendable {
    struct Item: Hashable, Sendable {
        var key: String
        var number: Int
        var prefix: String
        var locator: String
        var suppressAuthor: Bool
    }

    var isInText: Bool
    var items: [Item]
}

/// Fills the citations of one page with their marks and anchors.
struct ClusterFiller {
    let context: CitationContext
    let numbers: [String: Int]
    let page: String
    let target: String
    let pageTitle: String
    private(set) var citedKeys: [String] = []
    private(set) var citedAt: [String: [ReferenceList.CitedPlace]] = [:]
    private var count = 0
    /// The heading the citations met now stand under (the tree is filled in reading order), and
    /// its text once a citation needed it.
    private var heading: MarkdownNode?
    private var section: String?

    init(context: CitationContext, numbers: [String: Int], page: String, target: String, pageTitle: String = "") {
        self.context = context
        self.numbers = numbers
        self.page = page
        self.target = target
        self.pageTitle = pageTitle
    }

    /// Where a citation stands, for backlinks that say where they lead: the page's title and the
    /// section's heading ("" before the first heading).
    private mutating func place(_ anchor: String) -> ReferenceList.CitedPlace {
        if section == nil { section = heading?.plainText ?? "" }
        return ReferenceList.CitedPlace(page: page, anchor: anchor, pageTitle: pageTitle, section: section!)
    }

    mutating func fill(_ node: inout MarkdownNode) {
        if case .heading = node.kind {
            heading = node
            section = nil
            return
        }
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
        // Citations written the same way, with the same numbers, are formatted once for the book.
        // A citation of one work is written the same way all over a book: formatted once. Longer
        // ones rarely repeat (their cites are cached one by one in the CSL processor).
        if known.count == 1, let item = known.first {
            let signature = FormattedKey(isInText: cluster.isInText, items: [
                FormattedKey.Item(key: item.key, number: numbers[item.key]!, prefix: item.prefix, locator: item.locator,
                                  suppressAuthor: item.suppressAuthor)])
            cluster.marks = context.formatted.value(for: signature) {
                context.marks(known, isInText: cluster.isInText, numbers: numbers)
            }
        } else {
            cluster.marks = context.marks(known, isInText: cluster.isInText, numbers: numbers)
        }
        for item in known {
            if !citedKeys.contains(item.key) { citedKeys.append(item.key) }
            if citedAt[item.key]?.last?.anchor != cluster.anchor {
                citedAt[item.key, default: []].append(place(cluster.anchor))
            }
        }
        node.kind = .citation(cluster)
    }
}
