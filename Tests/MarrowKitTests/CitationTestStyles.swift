import Foundation
import Testing
@testable import MarrowKit

/// Shipped styles and the citation stage's own formatting, for tests that look at one reference
/// or one citation without building a site.
enum TestStyles {
    static func style(_ name: String) throws -> ReferenceStyle {
        let xml = try #require(StyleCatalog.styleText(name), "style '\(name)' is not built in")
        return ReferenceStyle(name: name, style: try CSLStyle(xml: xml), xml: xml, language: "en")
    }

    /// The site's context for `entries`, cited in their order.
    static func context(_ entries: [BibEntry], style: String) throws -> CitationContext {
        var diagnostics: [Diagnostic] = []
        var bibliography = Bibliography()
        for entry in entries { bibliography.add(entry, diagnostics: &diagnostics) }
        let numbers = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.key, $0 + 1) })
        return CitationContext(style: try Self.style(style), bibliography: bibliography, firstCited: numbers)
    }

    /// Each entry's reference as the site shows it, in plain text.
    static func references(_ entries: [BibEntry], style: String = "ama") throws -> [String] {
        let context = try context(entries, style: style)
        return entries.map { plain(context.referenceHTML[$0.key] ?? "") }
    }

    static func plain(_ html: String) -> String {
        CitationPandocTests.normalised(HTMLEntities.decode(html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)))
    }
}
