import Foundation
import Testing
@testable import MarrowKit

/// Marrow's CSL processor against pandoc's citeproc on the same bibliographies and Debian's CSL
/// styles: each reference of the course's `references.bib` and of `Bibliographies/types.bib`,
/// rendered by both, compared as plain text (white space aside). Prints the agreement per style
/// and fails if it falls below what this session reached.
@Suite struct CSLPandocTests {
    static let styles = "/usr/share/citation-style-language/styles"
    static let locales = [URL(fileURLWithPath: "/usr/share/citation-style-language/locales")]
    /// Style file, and the references (of 45) it must match at least. APA's other two are
    /// entries whose BibTeX authors end "and others": pandoc 2.17 prints "Eich, C.others" and
    /// "Ummenhoferothers" there; Marrow prints "et al.", as the style means.
    static let floors: [(style: String, floor: Int)] = [
        ("american-medical-association.csl", 45), ("apa.csl", 43), ("vancouver.csl", 45), ("chicago-author-date.csl", 45),
        ("harvard-cite-them-right.csl", 45),
    ]

    static func plain(_ html: String) -> String {
        let text = html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        return CitationPandocTests.normalised(HTMLEntities.decode(text))
            .replacingOccurrences(of: #"^\[?\d+\]?\.?\s*"#, with: "", options: .regularExpression)
    }

    /// The one known divergence that is data, not processing: pandoc 3 bundles CSL locales newer
    /// than Debian's `locales-en-US.xml` (2023), which Marrow uses, and whose short months are
    /// "Jun", "Jul" and "Sep" where pandoc 3.9's are "June", "July" and "Sept" (Vancouver's dates).
    static func withDebianLocaleData(_ reference: String) -> String {
        reference.replacingOccurrences(of: #"(\d{4}) June\b"#, with: "$1 Jun", options: .regularExpression)
            .replacingOccurrences(of: #"(\d{4}) July\b"#, with: "$1 Jul", options: .regularExpression)
            .replacingOccurrences(of: #"(\d{4}) Sept\b"#, with: "$1 Sep", options: .regularExpression)
    }

    static func marrowReferences(bib: URL, style: String) throws -> [String] {
        var diagnostics: [Diagnostic] = []
        let items = BibTeXToCSL.items(from: try String(contentsOf: bib, encoding: .utf8), file: bib.lastPathComponent, diagnostics: &diagnostics)
        let csl = try CSLStyle(xml: try String(contentsOfFile: "\(styles)/\(style)", encoding: .utf8))
        let processor = CSLProcessor(style: csl, localeFolders: locales)
        let numbers = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1.id, $0 + 1) })
        let (states, suffixes) = processor.disambiguate(items, numbers: numbers)
        _ = states
        return processor.bibliography(items, numbers: numbers, yearSuffixes: suffixes).map { plain($0.html) }
    }

    @Test(.enabled(if: CitationPandocTests.pandoc != nil && FileManager.default.fileExists(atPath: "\(styles)/apa.csl")
                      && FileManager.default.fileExists(atPath: "/usr/share/citation-style-language/locales/locales-en-US.xml")))
    func referencesMatchPandocsCiteproc() throws {
        // MARROW_CSL_BIBS (paths separated by ':') measures other bibliographies instead, such as
        // biblatex's examples; the floors below hold for the default two only.
        let extra = ProcessInfo.processInfo.environment["MARROW_CSL_BIBS"].map { $0.split(separator: ":").map { URL(fileURLWithPath: String($0)) } }
        let bibs = extra ?? [Repository.root.appendingPathComponent("content/references.bib"),
                             Repository.root.appendingPathComponent("Tests/MarrowKitTests/Bibliographies/types.bib")]
        var report: [String] = []
        for (style, floor) in Self.floors {
            var matched = 0, total = 0
            var differences: [String] = []
            for bib in bibs {
                let theirs = try CitationPandocTests.pandocReferences(bib: bib, style: "\(Self.styles)/\(style)")
                    .map { Self.withDebianLocaleData($0.replacingOccurrences(of: #"^\[?\d+\]?\.?\s+"#, with: "", options: .regularExpression)) }
                let mine = try Self.marrowReferences(bib: bib, style: style)
                total += theirs.count
                var remaining = theirs
                for reference in mine {
                    if let index = remaining.firstIndex(of: reference) {
                        remaining.remove(at: index)
                        matched += 1
                    } else {
                        differences.append("  marrow: \(reference)")
                    }
                }
                differences += remaining.map { "  pandoc: \($0)" }
            }
            report.append("\(style): \(matched) of \(total) identical")
            print("CSL against pandoc, \(style): \(matched) of \(total)\n" + differences.prefix(16).map { String($0.suffix(160)) }.joined(separator: "\n"))
            if extra == nil { #expect(matched >= floor, "\(style): \(matched) of \(total), below \(floor)") }
        }
        print(report.joined(separator: "\n"))
    }
}
