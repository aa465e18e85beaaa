import Foundation
import Testing
@testable import MarrowKit

/// BibTeX to CSL as pandoc maps it: every item of `Bibliographies/types.bib` (one entry of each
/// common type and field) and of the course's `references.bib` through `BibTeXToCSL`, compared
/// with `pandoc -f bibtex -t csljson` variable by variable (protected-case spans aside).
@Suite struct BibTeXToCSLTests {
    static let pandoc: String? = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let compared = ["type", "title", "title-short", "container-title", "collection-title", "volume", "issue", "number", "page",
                           "edition", "publisher", "publisher-place", "genre", "DOI", "URL", "PMID", "note"]

    static func pandocItems(_ url: URL) throws -> [[String: Any]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pandoc!)
        process.arguments = ["-f", "bibtex", "-t", "csljson", url.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
    }

    /// The differences between Marrow's items and pandoc's, as "key: variable: marrow | pandoc".
    static func differences(_ url: URL) throws -> (count: Int, differences: [String]) {
        var diagnostics: [Diagnostic] = []
        let mine = BibTeXToCSL.items(from: try String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent, diagnostics: &diagnostics)
        let theirs = try pandocItems(url)
        var out: [String] = []
        for object in theirs {
            guard let id = object["id"] as? String, let item = mine.first(where: { $0.id == id }) else {
                out.append("\(object["id"] ?? "?"): missing")
                continue
            }
            for variable in compared {
                let want = (object[variable] as? String).flatMap { $0.isEmpty ? nil : $0 }
                var got = variable == "type" ? item.type : item.strings[variable]
                got = got?.replacingOccurrences(of: "<span class=\"nocase\">", with: "").replacingOccurrences(of: "</span>", with: "")
                if variable == "type", want == nil, got == "document" { continue }  // pandoc writes "" for @misc.
                if got != want { out.append("\(id): \(variable): \(got ?? "-") | \(want ?? "-")") }
            }
            for variable in ["author", "editor", "translator"] {
                let want = (object[variable] as? [[String: Any]])?.map { n in
                    [n["family"], n["given"], n["dropping-particle"], n["non-dropping-particle"], n["suffix"], n["literal"]].map { ($0 as? String) ?? "" }.joined(separator: "|")
                } ?? []
                let got = (item.names[variable] ?? []).map { n in
                    [n.family, n.given, n.droppingParticle, n.nonDroppingParticle, n.suffix, n.literal].map { $0 ?? "" }.joined(separator: "|")
                }
                if got != want { out.append("\(id): \(variable): \(got) | \(want)") }
            }
            let wantDate = ((object["issued"] as? [String: Any])?["date-parts"] as? [[Any]])?.map { $0.compactMap { ($0 as? NSNumber)?.intValue } }
            if let wantDate, item.dates["issued"]?.parts != wantDate { out.append("\(id): issued: \(item.dates["issued"]?.parts ?? []) | \(wantDate)") }
        }
        return (theirs.count, out)
    }

    @Test(.enabled(if: pandoc != nil)) func typesAndFieldsMapAsPandocMapsThem() throws {
        let (count, differences) = try Self.differences(Repository.root.appendingPathComponent("Tests/MarrowKitTests/Bibliographies/types.bib"))
        #expect(count == 9)
        #expect(differences == [], "\(differences.joined(separator: "\n"))")
    }

    /// Differences kept on purpose, each with its reason.
    static let knownDivergences: [String: String] = [
        // pandoc reads an unescaped % as the start of a LaTeX comment and drops the rest of the
        // field; the record means the percentage, so Marrow keeps it.
        "rosetti1985intraosseous: note": "pandoc cuts the field at an unescaped %",
    ]

    @Test(.enabled(if: pandoc != nil)) func theCoursesBibliographyMapsAsPandocMapsIt() throws {
        let (count, differences) = try Self.differences(Repository.root.appendingPathComponent("content/references.bib"))
        #expect(count >= 25)
        let unexplained = differences.filter { difference in !Self.knownDivergences.keys.contains { difference.hasPrefix($0 + ":") } }
        #expect(unexplained == [], "\(unexplained.joined(separator: "\n"))")
        #expect(differences.count == Self.knownDivergences.count, "a known divergence no longer occurs: \(differences)")
    }

    @Test func crossrefAndEDTFDates() {
        var diagnostics: [Diagnostic] = []
        let items = BibTeXToCSL.items(from: """
        @incollection{child, author = {Doe, J.}, title = {Part}, crossref = {parent}, pages = {3--4}}
        @collection{parent, editor = {Roe, R.}, title = {The Whole}, publisher = {P}, date = {1990?}}
        @book{range, title = {T}, date = {2001-05/2002-07}}
        """, file: "x.bib", diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        let child = items[0]
        #expect(child.strings["container-title"] == "The whole")
        #expect(child.strings["publisher"] == "P")
        #expect(child.names["editor"]?.first?.family == "Roe")
        #expect(child.dates["issued"]?.parts == [[1990]] && child.dates["issued"]?.circa == true)
        #expect(items[2].dates["issued"]?.parts == [[2001, 5], [2002, 7]])
    }

    /// Fields pandoc maps that biblatex-examples.bib uses: origyear, volumes, numbered and keyed
    /// series, patent request types, a volume's short title, a quotation in a title.
    @Test func biblatexFieldsAsPandocMapsThem() {
        var diagnostics: [Diagnostic] = []
        let items = BibTeXToCSL.items(from: #"""
        @book{reprint, title = {T}, year = 1997, origyear = 1959, volumes = 3, series = {newseries}}
        @article{third, title = {T}, journal = {J}, series = 3, date = 1958}
        @patent{req, title = {T}, type = {patreqfr}, number = 9500261, date = 1995}
        @book{volume, title = {{\TeX}: The Program}, maintitle = {Computers \& Typesetting}, shorttitle = {\TeX}, volume = {B}, date = 1986}
        @book{quoted, title = {Aristotle's \mkbibquote{De Motu Animalium}}, langid = {english}, date = 1978}
        """#, file: "x.bib", diagnostics: &diagnostics)
        #expect(items[0].dates["original-date"]?.parts == [[1959]])
        #expect(items[0].strings["number-of-volumes"] == "3")
        #expect(items[0].strings["collection-title"] == "New series")
        #expect(items[1].strings["collection-title"] == "3rd series")
        #expect(items[2].strings["genre"] == "French patent request")
        #expect(items[3].strings["title"] == "Computers & typesetting")
        #expect(items[3].strings["title-short"] == "TeX")
        #expect(items[4].strings["title"] == "Aristotle’s <span class=\"nocase\">“De Motu Animalium”</span>")
    }
}
