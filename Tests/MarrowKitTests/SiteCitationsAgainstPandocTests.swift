import Foundation
import Testing
@testable import MarrowKit

/// Whole sites against pandoc 3's citeproc (`make test` points `MARROW_PANDOC` at the
/// pypandoc-binary wheel's; the test does not run with an older pandoc): a fixture book cites every entry of a bibliography in
/// seven citation forms and is built by Marrow and by pandoc with the same CSL style (AMA,
/// Vancouver, APA); every citation and every reference is compared as text, white space aside.
/// The bibliographies are the course's, `types.bib` (each entry type) and, where Debian's
/// `texlive-bibtex-extra` is installed (`make test-deps`), biblatex's own `biblatex-examples.bib`,
/// which nobody here wrote. Each (bibliography, style) must keep at least the agreement recorded
/// below; a difference of a known kind is counted apart with its reason, every other one is
/// printed with both texts.
@Suite(.serialized) struct SiteCitationsAgainstPandocTests {
    /// biblatex's example file as Debian's `texlive-bibtex-extra` installs it (gzipped).
    static let biblatexExamples = URL(fileURLWithPath: "/usr/share/doc/texlive-doc/latex/biblatex/examples/biblatex-examples.bib.gz")
    /// Each bibliography, and the file name it has in the fixture book (`.json` for CSL-JSON).
    static let bibliographies: [(name: String, url: URL, file: String)] = [
        ("course", Repository.root.appendingPathComponent("content/references.bib"), "refs.bib"),
        ("types", Repository.root.appendingPathComponent("Tests/MarrowKitTests/Bibliographies/types.bib"), "refs.bib"),
        ("biblatex-examples", biblatexExamples, "refs.bib"),
        // The same entries as CSL-JSON (what pandoc writes for them, markup and all), read by both.
        ("biblatex-examples-json", biblatexExamples, "refs.json"),
    ]
    static let styles = [("ama", "american-medical-association"), ("vancouver", "vancouver"), ("apa", "apa")]

    /// Identical citations and references (together) each pair must keep, of its total. The
    /// known divergences are printed by the test; their kinds are in the README.
    static let floors: [String: Double] = [
        "course/ama": 1, "course/vancouver": 1, "course/apa": 1,
        "types/ama": 1, "types/vancouver": 1, "types/apa": 1,
        "biblatex-examples/ama": 0.99, "biblatex-examples/vancouver": 0.99, "biblatex-examples/apa": 1,
        "biblatex-examples-json/ama": 0.99, "biblatex-examples-json/vancouver": 0.99, "biblatex-examples-json/apa": 1,
    ]

    /// The chapter: each key in seven forms, one paragraph per key.
    static func chapter(keys: [String]) -> String {
        var text = "# Citing\n\n"
        // A key with more than letters, digits and inner `_-:.` is written in braces, as pandoc asks.
        func cite(_ key: String) -> String {
            key.allSatisfy({ $0.isLetter || $0.isNumber || "_-:.".contains($0) }) && key.last?.isLetter != false ? key : "{\(key)}"
        }
        for (index, rawKey) in keys.enumerated() {
            let key = cite(rawKey), next = cite(keys[(index + 1) % keys.count])
            text += "One [@\(key)]. Two @\(key) says. Three [-@\(key)]. Four [see @\(key), p. 12]. Five [@\(key), chap. 3]."
            text += " Six [@\(key); @\(next)]. Seven [@\(key), pp. 33-35 and elsewhere].\n\n"
        }
        return text
    }

    /// Differences whose cause is known and is not Marrow's to change, with the reason.
    static let knownDivergences: [(reason: String, applies: (_ marrow: String, _ pandoc: String) -> Bool)] = [
        ("pandoc prints BibTeX's 'and others' as a name ('Ummenhoferothers'); Marrow writes the style's et al.",
         { marrow, pandoc in pandoc.contains("others") && !marrow.contains("others") && marrow.contains("et al") }),
        ("biblatex's @set has no CSL type: neither prints a reference (pandoc's entry holds only its number)",
         { marrow, pandoc in marrow.isEmpty && pandoc.range(of: #"^\d+\.$"#, options: .regularExpression) != nil }),
    ]

    static func known(_ marrow: String, _ pandoc: String) -> String? {
        knownDivergences.first { $0.applies(marrow, pandoc) }?.reason
    }

    /// A bibliography's text, gunzipped when it is compressed.
    static func text(of url: URL) throws -> String {
        guard url.pathExtension == "gz" else { return try String(contentsOf: url, encoding: .utf8) }
        return try CitationPandocTests.output(of: "/bin/gzip", ["-dc", url.path])
    }

    static func keys(of bib: String, file: String) -> [String] {
        var diagnostics: [Diagnostic] = []
        return Bibliography(files: [BibliographyFile(path: file, displayPath: file, text: bib)], diagnostics: &diagnostics).keys
    }

    /// biblatex as CSL-JSON, converted by pandoc 3.
    static func cslJSON(_ bib: String) throws -> String {
        let folder = try FixtureSite.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.bib")
        try bib.write(to: input, atomically: true, encoding: .utf8)
        return try CitationPandocTests.output(of: try #require(CitationPandocTests.pandoc3), [input.path, "-f", "biblatex", "-t", "csljson"])
    }

    /// The inner HTML of each element opened by `start` (a `<span` or `<div` with its class), nesting respected.
    static func elements(_ html: String, opening start: String, tag: String) -> [(attributes: String, inner: String)] {
        var out: [(String, String)] = []
        var rest = html[...]
        while let open = rest.range(of: start) {
            guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let attributes = String(rest[open.lowerBound..<tagEnd])
            var depth = 1
            var cursor = rest.index(after: tagEnd)
            var innerEnd = cursor
            while depth > 0, let next = rest[cursor...].firstMatch(of: try! Regex("</?\(tag)[ >]")) {
                depth += rest[next.range].hasPrefix("</") ? -1 : 1
                innerEnd = next.range.lowerBound
                cursor = next.range.upperBound
            }
            out.append((attributes, String(rest[rest.index(after: tagEnd)..<innerEnd])))
            rest = rest[cursor...]
        }
        return out
    }

    static func pandocHTML(markdown: URL, bib: URL, style: String) throws -> String {
        try CitationPandocTests.output(of: try #require(CitationPandocTests.pandoc3), [markdown.path, "--citeproc", "--bibliography", bib.path,
                                       "--csl", "/usr/share/citation-style-language/styles/\(style).csl", "-t", "html", "--wrap=none"])
    }

    static func plain(_ html: String) -> String { CSLPandocTests.withDebianLocaleData(TestStyles.plain(html)) }

    @Test(.enabled(if: CitationPandocTests.pandoc3 != nil && FileManager.default.fileExists(atPath: "/usr/share/citation-style-language/styles/apa.csl")))
    func citationsAndReferencesMatchPandoc() throws {
        var report: [String] = []
        // MARROW_SITE_BIBS (paths separated by ':') measures other bibliographies instead, such as a
        // project's Zotero export; no floor applies to them.
        let extra = ProcessInfo.processInfo.environment["MARROW_SITE_BIBS"].map {
            $0.split(separator: ":").map { path -> (name: String, url: URL, file: String) in
                let url = URL(fileURLWithPath: String(path))
                return (url.deletingPathExtension().lastPathComponent, url, url.pathExtension == "json" ? "refs.json" : "refs.bib")
            }
        }
        for (name, url, file) in extra ?? Self.bibliographies where FileManager.default.fileExists(atPath: url.path) {
            // A BibTeX source read as CSL-JSON is converted by pandoc first.
            let converts = file.hasSuffix(".json") && url.pathExtension != "json"
            let bib = converts ? try Self.cslJSON(try Self.text(of: url)) : try Self.text(of: url)
            let keys = Self.keys(of: bib, file: file)
            let markdown = Self.chapter(keys: keys)
            for (styleName, styleFile) in Self.styles {
                var files = MinimalBook.files(summary: "- [Citing](one.md)\n- [References](bibliography.md)\n",
                                              chapters: ["one.md": markdown, "bibliography.md": "# References\n\n::: {#refs}\n:::\n"],
                                              book: "title: T\nbibliography: \(file)\ncitation_style: \(styleName)\nwarn_uncited: false\n")
                files["content/" + file] = bib
                let site = try FixtureSite(files: files)
                defer { site.remove() }
                _ = try site.build()
                let mine = try site.page("one.html"), mineList = try site.page("bibliography.html")
                let input = site.root.appendingPathComponent("in.md")
                try markdown.write(to: input, atomically: true, encoding: .utf8)
                let theirs = try Self.pandocHTML(markdown: input, bib: site.root.appendingPathComponent("content/" + file), style: styleFile)

                let myCitations = Self.elements(mine, opening: "<span class=\"citation\" id=", tag: "span").map { Self.plain($0.inner) }
                let theirCitations = Self.elements(theirs, opening: "<span class=\"citation\"", tag: "span").map { Self.plain($0.inner) }
                var identical = 0, differences: [String] = [], knownCount: [String: Int] = [:]
                func compare(_ label: String, _ my: String, _ their: String) {
                    if my == their {
                        identical += 1
                    } else if let reason = Self.known(my, their) {
                        knownCount[reason, default: 0] += 1
                    } else {
                        differences.append("  \(label): marrow «\(my)» pandoc «\(their)»")
                    }
                }
                for (index, their) in theirCitations.enumerated() {
                    compare("cite \(index + 1)", index < myCitations.count ? myCitations[index] : "(none)", their)
                }
                var myEntries: [String: String] = [:]
                for (attributes, inner) in Self.elements(mineList, opening: "<li id=\"ref-", tag: "li") {
                    guard let key = attributes.firstMatch(of: #/id="ref-([^"]+)"/#).map({ String($0.1) }) else { continue }
                    let entry = inner.components(separatedBy: " <span class=\"reference-pmid\">")[0].components(separatedBy: " <span class=\"reference-backlinks\">")[0]
                    myEntries[HTMLEntities.decode(key)] = Self.plain(entry)
                }
                let theirEntries = Self.elements(theirs, opening: "<div id=\"ref-", tag: "div")
                for (attributes, inner) in theirEntries {
                    guard let key = attributes.firstMatch(of: #/id="ref-([^"]+)"/#).map({ HTMLEntities.decode(String($0.1)) }) else { continue }
                    let body = Self.elements(inner, opening: "<div class=\"csl-right-inline\"", tag: "div").first?.inner ?? inner
                    compare("ref \(key)", myEntries[key] ?? "(none)", Self.plain(body))
                }
                let total = theirCitations.count + theirEntries.count
                let share = total == 0 ? 0 : Double(identical) / Double(total)
                let line = "\(name)/\(styleName): \(identical) of \(total) identical (\(Double(Int((share * 1000).rounded())) / 10)%)"
                    + knownCount.map { "; \($0.value) known: \($0.key)" }.sorted().joined()
                report.append(line)
                print(line + "\n" + differences.prefix(40).joined(separator: "\n"))
                #expect(theirCitations.count == 7 * keys.count, "\(name)/\(styleName): pandoc's citations")
                if extra == nil { #expect(share >= Self.floors["\(name)/\(styleName)"] ?? 1, "\(line)") }
            }
        }
        print("Sites against pandoc:\n" + report.joined(separator: "\n"))
    }
}
