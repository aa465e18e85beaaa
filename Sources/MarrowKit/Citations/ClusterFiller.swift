/// Fills the citations of one page with their numbers, marks, popover text and anchors.
struct ClusterFiller {
    let numbers: [String: Int]
    let references: [String: FormattedReference]
    let bibliography: Bibliography
    let page: String
    let target: String
    private(set) var citedKeys: [String] = []
    private(set) var citedAt: [String: [ReferenceList.CitedPlace]] = [:]
    private var count = 0

    init(numbers: [String: Int], references: [String: FormattedReference], bibliography: Bibliography, page: String, target: String) {
        self.numbers = numbers
        self.references = references
        self.bibliography = bibliography
        self.page = page
        self.target = target
    }

    mutating func fill(_ node: MarkdownNode) -> MarkdownNode {
        guard case .citation(var cluster) = node.kind else { return node }
        let known = cluster.items.filter { numbers[$0.key] != nil }
        guard !known.isEmpty else { return node }
        count += 1
        cluster.anchor = "cite-\(count)"
        cluster.targetPage = target
        cluster.prefix = known.map(\.prefix).filter { !$0.isEmpty }.joined(separator: "; ")
        let sorted = known.sorted { numbers[$0.key]! < numbers[$1.key]! }
        cluster.marks = CitationNumbers.marks(sorted.map { (numbers[$0.key]!, $0.key, $0.locator) })
        cluster.references = sorted.map { "\(numbers[$0.key]!). " + references[$0.key]!.plain }
        if cluster.isInText, let first = known.first, !first.suppressAuthor, let entry = bibliography.entries[first.key] {
            cluster.author = CitationNumbers.inTextAuthor(entry)
        }
        for item in known {
            if !citedKeys.contains(item.key) { citedKeys.append(item.key) }
            if citedAt[item.key]?.last?.anchor != cluster.anchor {
                citedAt[item.key, default: []].append(.init(page: page, anchor: cluster.anchor))
            }
        }
        var copy = node
        copy.kind = .citation(cluster)
        return copy
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
