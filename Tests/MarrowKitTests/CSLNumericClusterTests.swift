import Foundation
import Testing
@testable import MarrowKit

/// The shortcut for bare numeric citations (`CSLNumericCluster`) writes what the general path
/// writes, byte for byte, in numeric styles with different wrappers (superscripts, brackets,
/// parentheses, collapsing or not); styles it cannot serve do not take it.
@Suite struct CSLNumericClusterTests {
    static let numeric = ["ama", "vancouver", "nature", "ieee", "american-chemical-society", "vancouver-superscript", "the-lancet", "bmj", "cell"]

    static func items(_ count: Int) -> [CSLItem] {
        (1...count).map { n in
            var item = CSLItem(id: "k\(n)", type: n % 3 == 0 ? "book" : "article-journal")
            item.strings["title"] = "Title number \(n)"
            item.strings["container-title"] = "Journal \(n % 4)"
            item.names["author"] = [CSLName(family: "Family\(n)", given: "Given")]
            item.dates["issued"] = CSLDate(json: ["date-parts": [[2000 + n % 20]]])
            return item
        }
    }

    @Test(arguments: numeric)
    func shortcutWritesWhatTheGeneralPathWrites(_ name: String) throws {
        let style = try TestStyles.style(name)
        var fast = style.processor
        #expect(fast.numericCluster != nil, "the shortcut should serve \(name)")
        var slow = fast
        slow.usesNumericShortcut = false
        fast.usesNumericShortcut = true
        let items = Self.items(40)
        let numbers = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1.id, $0 + 1) })
        var generator = SystemRandomNumberGenerator()
        var clusters: [[CSLProcessor.Cite]] = [
            items[0..<5].map { CSLProcessor.Cite(item: $0) },                       // one range
            [items[3], items[1], items[2], items[9]].map { CSLProcessor.Cite(item: $0) },  // unsorted, range of three
            [items[0], items[1]].map { CSLProcessor.Cite(item: $0) },               // two stay a list
            [CSLProcessor.Cite(item: items[4], locator: "12", label: "page"), CSLProcessor.Cite(item: items[5])],
            [CSLProcessor.Cite(item: items[6], prefix: "see "), CSLProcessor.Cite(item: items[7])],
        ]
        for _ in 0..<200 {
            let count = Int.random(in: 1...8, using: &generator)
            clusters.append(items.shuffled(using: &generator).prefix(count).map { CSLProcessor.Cite(item: $0) })
        }
        for cites in clusters {
            let ids = cites.map(\.item.id)
            let link: (String) -> String? = { id in ids.firstIndex(of: id).map { "#ref-\($0)" } }
            let expected = slow.citation(cites, numbers: numbers, link: link)
            let got = fast.citation(cites, numbers: numbers, link: link)
            #expect(got == expected, "\(name): \(ids)")
        }
    }

    @Test func stylesThatNameAuthorsDoNotTakeIt() throws {
        for name in ["apa", "chicago-author-date", "harvard"] {
            #expect(try TestStyles.style(name).processor.numericCluster == nil, "\(name)")
        }
    }
}
