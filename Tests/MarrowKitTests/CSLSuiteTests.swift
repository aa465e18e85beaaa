import Foundation
import Testing
@testable import MarrowKit

/// The CSL processor against the CSL test suite (`../shared/csl/test-suite/`, not part of this
/// repository; `make csl-suite`): each fixture's style, items and citations through
/// `CSLProcessor`, compared with its RESULT. Prints the pass count per category and, with
/// `MARROW_CSL_RESULTS=FILE`, writes them there. Fails if the pass count falls below the last
/// recorded floor.
@Suite struct CSLSuiteTests {
    static let suite = Repository.root.deletingLastPathComponent().appendingPathComponent("shared/csl/test-suite")
    static let localeFolders = [URL(fileURLWithPath: "/usr/share/citation-style-language/locales")]
    /// The pass count this session reached; a change that loses fixtures fails here.
    static let floor = 821

    struct Fixture {
        var name: String
        var sections: [String: String]
    }

    static func fixture(_ url: URL) throws -> Fixture {
        let text = try String(contentsOf: url, encoding: .utf8)
        var sections: [String: String] = [:]
        var current: String?
        var lines: [String] = []
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix(">>"), line.hasSuffix(">>"), let name = line.split(separator: " ").dropFirst().first {
                current = String(name)
                lines = []
            } else if line.hasPrefix("<<"), line.hasSuffix("<<"), let name = current {
                sections[name] = lines.joined(separator: "\n")
                current = nil
            } else if current != nil {
                lines.append(line)
            }
        }
        return Fixture(name: url.deletingPathExtension().lastPathComponent, sections: sections)
    }

    /// What Marrow's processor gives for a fixture, in the suite's output format; nil for a kind
    /// of fixture the runner does not drive (CITATIONS with note positions, BIBSECTION).
    static func run(_ fixture: Fixture) -> String? {
        guard let mode = fixture.sections["MODE"]?.trimmingCharacters(in: .whitespacesAndNewlines),
              let csl = fixture.sections["CSL"], let input = fixture.sections["INPUT"],
              fixture.sections["BIBSECTION"] == nil,
              let style = try? CSLStyle(xml: csl),
              let json = try? JSONSerialization.jsonObject(with: Data(input.utf8)) as? [[String: Any]] else { return nil }
        // An id given twice: the later item replaces the earlier, in its place.
        var items: [CSLItem] = []
        // An item without an id gets one from its place.
        let identified = json.enumerated().map { index, object in object["id"] == nil ? object.merging(["id": "ITEM-\(index + 1)"]) { a, _ in a } : object }
        for item in identified.compactMap(CSLItem.init(json:)) {
            if let index = items.firstIndex(where: { $0.id == item.id }) { items[index] = item } else { items.append(item) }
        }
        let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let processor = CSLProcessor(style: style, localeFolders: localeFolders)
        if let text = fixture.sections["CITATIONS"] {
            guard let steps = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[Any]] else { return nil }
            if mode == "bibliography" {
                // The bibliography of what the citations cite once all steps are taken.
                var final: [String: [String]] = [:]
                var order: [String] = []
                for step in steps {
                    guard let citation = step.first as? [String: Any], let id = citation["citationID"] as? String,
                          let list = citation["citationItems"] as? [[String: Any]] else { return nil }
                    final[id] = list.compactMap { $0["id"].flatMap(CSLItem.string) }
                    let before = (step.count > 1 ? step[1] as? [[Any]] : nil)?.compactMap { $0.first as? String } ?? []
                    let after = (step.count > 2 ? step[2] as? [[Any]] : nil)?.compactMap { $0.first as? String } ?? []
                    order = before + [id] + after
                }
                var cited: [CSLItem] = []
                for id in order.flatMap({ final[$0] ?? [] }) where !cited.contains(where: { $0.id == id }) {
                    if let item = byID[id] { cited.append(item) }
                }
                return bibliography(cited, processor: processor, style: style)
            }
            guard mode == "citation" else { return nil }
            return runCitations(steps, items: items, byID: byID, processor: processor, style: style,
                                tracks: ["citation-number", "first-reference-note-number"].filter { csl.contains($0) })
        }
        var clusters: [[CSLProcessor.Cite]] = []
        var given: [[String?]] = []  // Positions the fixture states (0 first, 1 subsequent, 2 ibid, 3 ibid-with-locator).
        if let text = fixture.sections["CITATION-ITEMS"],
           let list = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[[String: Any]]] {
            for cluster in list {
                let positions = ["first", "subsequent", "ibid", "ibid-with-locator"]
                given.append(cluster.filter { $0["id"].flatMap(CSLItem.string).flatMap { byID[$0] } != nil }.map { cite in
                    (cite["position"] as? NSNumber).map(\.intValue).flatMap { positions.indices.contains($0) ? positions[$0] : nil }
                })
                clusters.append(cluster.compactMap { cite($0, byID: byID) })
            }
        } else {
            // All items in one citation, in the bibliography's order (as citeproc-js registers them).
            let ordered = processor.bibliography(items, numbers: [:]).compactMap { entry in items.first { $0.id == entry.id } }
            let rest = items.filter { item in !ordered.contains { $0.id == item.id } }
            clusters = [(style.bibliography?.sort.isEmpty == false ? ordered + rest : items).map { CSLProcessor.Cite(item: $0) }]
        }
        // Citation numbers in order of first citation; positions from what was cited before.
        var numbers: [String: Int] = [:]
        var seen = Set<String>()
        var previous: [String] = []
        for index in clusters.indices {
            for c in clusters[index].indices {
                let id = clusters[index][c].item.id
                if numbers[id] == nil { numbers[id] = numbers.count + 1 }
                if let stated = given.indices.contains(index) ? given[index][c] : nil {
                    clusters[index][c].position = stated
                } else if seen.contains(id) {
                    clusters[index][c].position = previous == [id] ? (clusters[index][c].locator == nil ? "ibid" : "ibid-with-locator") : "subsequent"
                }
                seen.insert(id)
            }
            previous = clusters[index].map(\.item.id)
        }
        for item in items where numbers[item.id] == nil { numbers[item.id] = numbers.count + 1 }
        let (states, suffixes) = processor.disambiguate(items, numbers: numbers)
        switch mode {
        case "citation":
            return clusters.map { processor.citation($0, numbers: numbers, yearSuffixes: suffixes, disambiguation: states) }.joined(separator: "\n")
        case "bibliography":
            return bibliography(items, numbers: numbers, states: states, suffixes: suffixes, processor: processor, style: style)
        default:
            return nil
        }
    }

    /// The bibliography of items (numbered in their order) in the suite's HTML.
    static func bibliography(_ items: [CSLItem], processor: CSLProcessor, style: CSLStyle) -> String {
        let numbers = Dictionary(items.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { a, _ in a })
        let (states, suffixes) = processor.disambiguate(items, numbers: numbers)
        return bibliography(items, numbers: numbers, states: states, suffixes: suffixes, processor: processor, style: style)
    }

    static func bibliography(_ items: [CSLItem], numbers: [String: Int], states: [String: CSLDisambiguation], suffixes: [String: String],
                             processor: CSLProcessor, style: CSLStyle) -> String {
        // Numbers follow the bibliography's order when it sorts by something else.
        var numbering = numbers
        if let sort = style.bibliography?.sort, !sort.isEmpty, !sort.contains(where: { $0.variable == "citation-number" || ($0.macro.map { style.macros[$0]?.contains { $0["variable"] == "citation-number" } ?? false } ?? false) }) {
            let ordered = processor.bibliography(items, numbers: numbers).map(\.id)
            numbering = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0 + 1) })
        }
        let entries = processor.bibliography(items, numbers: numbering, yearSuffixes: suffixes, disambiguation: states)
        return "<div class=\"csl-bib-body\">\n" + entries.map { "  <div class=\"csl-entry\">\($0.html)</div>\n" }.joined() + "</div>"
    }

    static func cite(_ object: [String: Any], byID: [String: CSLItem]) -> CSLProcessor.Cite? {
        guard let id = object["id"].flatMap(CSLItem.string), let item = byID[id] else { return nil }
        return CSLProcessor.Cite(item: item, locator: object["locator"].flatMap(CSLItem.string), label: object["label"] as? String,
                                 prefix: object["prefix"] as? String, suffix: object["suffix"] as? String)
    }

    /// The suite's CITATIONS fixtures: citations inserted one by one between others (by their
    /// ids), each step rendering the whole document; lines changed by the last step are marked `>>`.
    /// `tracks`: the numbers the style prints (citation-number, first-reference-note-number); a
    /// citation whose items' numbers moved is marked too, whether its text changed or not.
    static func runCitations(_ steps: [[Any]], items: [CSLItem], byID: [String: CSLItem], processor: CSLProcessor, style: CSLStyle,
                             tracks: [String]) -> String? {
        var citations: [String: (cites: [CSLProcessor.Cite], note: Int)] = [:]
        var order: [String] = []
        var previous: [String: String] = [:]
        var current: [String: String] = [:]
        var inserted = ""
        var backrefs: [String: [Int?]] = [:], backrefsBefore: [String: [Int?]] = [:]
        for step in steps {
            guard let citation = step.first as? [String: Any], let id = citation["citationID"] as? String,
                  let list = citation["citationItems"] as? [[String: Any]] else { return nil }
            let note = ((citation["properties"] as? [String: Any])?["noteIndex"] as? NSNumber)?.intValue ?? 0
            citations[id] = (list.compactMap { cite($0, byID: byID) }, note)
            inserted = id
            let before = (step.count > 1 ? step[1] as? [[Any]] : nil)?.compactMap { $0.first as? String } ?? []
            let after = (step.count > 2 ? step[2] as? [[Any]] : nil)?.compactMap { $0.first as? String } ?? []
            order = before + [id] + after
            for other in before + after {
                if let pair = (step[before.contains(other) ? 1 : 2] as? [[Any]])?.first(where: { $0.first as? String == other }),
                   pair.count > 1, let n = (pair[1] as? NSNumber)?.intValue, let existing = citations[other] {
                    citations[other] = (existing.cites, n)
                }
            }
            previous = current
            backrefsBefore = backrefs
            (current, backrefs) = render(order: order, citations: citations, processor: processor, style: style, items: items, tracks: tracks)
        }
        return order.enumerated().map { index, id -> String in
            // The citation just inserted, and those whose text or tracked numbers changed, are marked.
            let changed = id == inserted || previous[id] != current[id] || backrefsBefore[id] != backrefs[id]
            return (changed ? ">>" : "..") + "[\(index)] " + (current[id] ?? "")
        }.joined(separator: "\n")
    }

    /// Every citation in document order, with positions and citation numbers in order of first
    /// citation. A note's first cite is ibid when the cites before it (the citation before in the
    /// same note, else all of the previous note's; in-text citations follow their own line) are all
    /// of its item; near-note counts notes back to the item's last cite.
    static func render(order: [String], citations: [String: (cites: [CSLProcessor.Cite], note: Int)], processor: CSLProcessor,
                       style: CSLStyle, items: [CSLItem], tracks: [String]) -> (texts: [String: String], numbers: [String: [Int?]]) {
        var numbers: [String: Int] = [:]
        var lastNote: [String: Int] = [:]
        var firstNote: [String: Int] = [:]
        var positioned: [String: [CSLProcessor.Cite]] = [:]
        /// The last citation's cites and note, for notes and for in-text citations apart.
        var before: [Bool: (cites: [CSLProcessor.Cite], note: Int)] = [:]
        let nearNote = Int(style.citation?.options["near-note-distance"] ?? "") ?? 5
        for id in order {
            guard var cites = citations[id]?.cites, let note = citations[id]?.note else { continue }
            let previous = before[note > 0]
            for index in cites.indices {
                let item = cites[index].item.id
                if numbers[item] == nil { numbers[item] = numbers.count + 1 }
                let prior: CSLProcessor.Cite? = index > 0 ? cites[index - 1]
                    : previous.flatMap { p in p.cites.allSatisfy { $0.item.id == item } ? p.cites.last : nil }
                if let seen = lastNote[item] {
                    if let prior, prior.item.id == item {
                        cites[index].position = cites[index].locator == nil ? (prior.locator == nil ? "ibid" : "subsequent")
                            : (cites[index].locator == prior.locator && cites[index].label == prior.label ? "ibid" : "ibid-with-locator")
                    } else {
                        cites[index].position = "subsequent"
                    }
                    cites[index].nearNote = note > 0 && note - seen <= nearNote
                }
                if firstNote[item] == nil, note > 0 { firstNote[item] = note }
                cites[index].firstReferenceNote = firstNote[item]
                lastNote[item] = note
            }
            // Citations in the same note read as one for the next note's ibid.
            if let previous, note > 0, previous.note == note {
                before[true] = (previous.cites + cites, note)
            } else {
                before[note > 0] = (cites, note)
            }
            positioned[id] = cites
        }
        // Only the items cited take part in disambiguation.
        let cited = items.filter { numbers[$0.id] != nil }
        let (states, suffixes) = processor.disambiguate(cited, numbers: numbers)
        return (positioned.mapValues { processor.citation($0, numbers: numbers, yearSuffixes: suffixes, disambiguation: states) },
                positioned.mapValues { cites in
                    cites.flatMap { [tracks.contains("citation-number") ? numbers[$0.item.id] : nil,
                                     tracks.contains("first-reference-note-number") ? $0.firstReferenceNote : nil] }
                })
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: suite.path))) func theCSLTestSuite() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.suite.path).filter { $0.hasSuffix(".txt") }.sorted()
        var byCategory: [String: (passed: Int, total: Int)] = [:]
        var passed = 0
        var failures: [String] = []
        var details: [String] = []
        for file in files {
            let fixture = try Self.fixture(Self.suite.appendingPathComponent(file))
            let category = String(fixture.name.prefix { $0 != "_" })
            let expected = (fixture.sections["RESULT"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let actual = Self.run(fixture)?.trimmingCharacters(in: .whitespacesAndNewlines)
            let ok = actual == expected
            byCategory[category, default: (0, 0)].total += 1
            if ok {
                passed += 1
                byCategory[category]!.passed += 1
            } else {
                failures.append("\(fixture.name)\n  want: \(expected.prefix(300))\n  got:  \((actual ?? "(not run)").prefix(300))")
                details.append("=== \(fixture.name)\n--- want\n\(expected)\n--- got\n\(actual ?? "(not run)")\n")
            }
        }
        var report = "# CSL test suite\n\n`make csl-suite`: \(passed) of \(files.count) fixtures pass (\(String(format: "%.1f", 100 * Double(passed) / Double(max(files.count, 1))))%).\n\n"
        report += "| category | passed | fixtures |\n|---|---|---|\n"
        for (category, counts) in byCategory.sorted(by: { $0.key < $1.key }) { report += "| \(category) | \(counts.passed) | \(counts.total) |\n" }
        // Each failure named under its category (the outputs stay out: the fixtures are not ours to copy).
        report += "\nFailing fixtures:\n\n"
        for name in failures.map({ String($0.prefix { $0 != "\n" }) }) { report += "- \(name)\n" }
        print(report)
        if let path = ProcessInfo.processInfo.environment["MARROW_CSL_RESULTS"] {
            try report.write(toFile: path, atomically: true, encoding: .utf8)
            try failures.joined(separator: "\n").write(toFile: path + ".failures", atomically: true, encoding: .utf8)
        }
        // MARROW_CSL_FAILURES=FILE: every failing fixture's whole expected and actual output.
        if let path = ProcessInfo.processInfo.environment["MARROW_CSL_FAILURES"] {
            try details.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(passed >= Self.floor, "\(passed) pass, below the floor of \(Self.floor)")
    }
}
