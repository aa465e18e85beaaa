/// Book-wide table of labels: `{#fig-...}` figures and `{#tbl-...}` tables (numbered per chapter,
/// 2.1, 2.2, ...), `{#sec-...}` headings, and section numbers for every heading of numbered chapters.
struct LabelTable {
    enum Kind: String, Hashable {
        case figure = "Figure", table = "Table", section = "Section", equation = "Equation"
    }

    struct Target: Hashable {
        let kind: Kind
        let number: String?
        let page: String
        let anchor: String
        let title: String
        let location: SourceLocation
        /// "Figure 2.1", or the title when there is no number.
        var text: String { number.map { "\(kind.rawValue) \($0)" } ?? "\(kind.rawValue) “\(title)”" }
    }

    private(set) var targets: [String: Target] = [:]

    /// Numbers figures, tables and sections in `pages` (rewriting their trees) and collects labels.
    init(pages: inout [ResolvedPage], diagnostics: inout [Diagnostic]) {
        self.init(labelsByPage: pages.indices.map { Self.number(&pages[$0]) }, diagnostics: &diagnostics)
    }

    /// The table from each page's labels, in reading order; a label defined twice is an error.
    init(labelsByPage: [[(String, Target)]], diagnostics: inout [Diagnostic]) {
        for found in labelsByPage {
            for (label, target) in found { add(label, target, diagnostics: &diagnostics) }
        }
    }

    /// Numbers one page's figures, tables and sections (rewriting its tree); returns its labels.
    static func number(_ page: inout ResolvedPage) -> [(String, Target)] {
        numberSections(&page)
        var found: [(String, Target)] = []
        numberFloats(in: &page, found: &found)
        for heading in page.chapter.headings where heading.anchor.hasPrefix("sec-") {
            found.append((heading.anchor, Target(kind: .section, number: heading.number, page: page.outputPath,
                                                 anchor: heading.anchor, title: heading.text, location: heading.location)))
        }
        return found
    }

    private static func numberFloats(in page: inout ResolvedPage, found: inout [(String, Target)]) {
        var counts: [Kind: Int] = [:]
        var collected: [(String, Target)] = []
        let (chapterNumber, path, source) = (page.number, page.outputPath, page.chapter.source)
        page.chapter.document.rewrite { node in
            let kind: Kind, label: String, caption: MarkdownNode?
            switch node.kind {
            case .figure(let name?, _): (kind, label, caption) = (.figure, name, node.children.first)
            case .captionedTable(let name?, _): (kind, label, caption) = (.table, name, node.children.last)
            case .math(var formula) where formula.block && formula.label != nil:
                counts[.equation, default: 0] += 1
                let number = Self.number(chapterNumber, counts[.equation]!)
                collected.append((formula.label!, Target(kind: .equation, number: number, page: path, anchor: formula.label!,
                                                         title: formula.tex, location: source.location(of: node.range))))
                formula.number = number
                node.kind = .math(formula)
                return
            default: return
            }
            counts[kind, default: 0] += 1
            let number = Self.number(chapterNumber, counts[kind]!)
            collected.append((label, Target(kind: kind, number: number, page: path, anchor: label,
                                            title: caption?.plainText ?? "", location: source.location(of: node.range))))
            node.kind = kind == .figure ? .figure(label: label, number: number) : .captionedTable(label: label, number: number)
        }
        found += collected
    }

    subscript(label: String) -> Target? { targets[label] }

    var labels: Dictionary<String, Target>.Keys { targets.keys }

    private mutating func add(_ label: String, _ target: Target, diagnostics: inout [Diagnostic]) {
        if let first = targets[label] {
            diagnostics.append(.error("label-duplicate", "label '\(label)' is already defined at \(first.location.file):\(first.location.line)",
                                      at: target.location))
            return
        }
        targets[label] = target
    }

    private static func number(_ chapter: String?, _ counter: Int) -> String {
        chapter.map { "\($0).\(counter)" } ?? String(counter)
    }

    /// 2.1, 2.1.1 ... for the second- and third-level headings of chapter 2.
    private static func numberSections(_ page: inout ResolvedPage) {
        guard let chapter = page.number else { return }
        var h2 = 0, h3 = 0
        for index in page.chapter.headings.indices {
            switch page.chapter.headings[index].level {
            case 2:
                h2 += 1
                h3 = 0
                page.chapter.headings[index].number = "\(chapter).\(h2)"
            case 3 where h2 > 0:
                h3 += 1
                page.chapter.headings[index].number = "\(chapter).\(h2).\(h3)"
            default:
                continue
            }
        }
    }
}
