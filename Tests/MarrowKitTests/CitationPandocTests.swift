import Foundation
import Testing
@testable import MarrowKit

/// Marrow's AMA references (the shipped style, through the citation stage's formatting) against
/// what pandoc's citeproc prints with Debian's AMA CSL style.
@Suite struct CitationPandocTests {
    static let style = "/usr/share/citation-style-language/styles/american-medical-association.csl"

    /// pandoc 3 (`MARROW_PANDOC`, which `make test` sets to the pypandoc-binary wheel's), else the system's.
    static var pandoc: String? {
        let chosen = ProcessInfo.processInfo.environment["MARROW_PANDOC"].flatMap { $0.isEmpty ? nil : $0 }
        return ([chosen].compactMap { $0 } + ["/usr/bin/pandoc", "/usr/local/bin/pandoc"]).first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// What `executable` writes to standard output for `arguments` (standard error dropped).
    static func output(of executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// pandoc 3 or later (the citation oracle the site comparison needs), or nil.
    static let pandoc3: String? = {
        guard let path = pandoc, let text = try? output(of: path, ["--version"]) else { return nil }
        let first = text.split(separator: "\n").first ?? ""
        guard let version = first.split(separator: " ").last, let major = Int(version.split(separator: ".").first ?? "") else { return nil }
        return major >= 3 ? path : nil
    }()

    /// pandoc's plain-text bibliography of every entry, one reference per item, numbers removed.
    static func pandocReferences(bib: URL, style: String = style) throws -> [String] {
        let folder = try FixtureSite.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.md")
        try "---\nnocite: \"@*\"\n---\n".write(to: input, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(pandoc))
        process.arguments = [input.path, "--citeproc", "--bibliography", bib.path, "--csl", style, "-t", "plain", "--wrap=none"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).components(separatedBy: "\n\n")
            .map { $0.replacingOccurrences(of: #"^\d+\.\s+"#, with: "", options: .regularExpression) }
            .map(normalised).filter { !$0.isEmpty }
    }

    /// Whitespace aside: runs of spaces (and no-break spaces) count as one.
    static func normalised(_ s: String) -> String {
        s.replacingOccurrences(of: "\u{A0}", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func marrowReferences(bib: URL) throws -> [String] {
        let text = try String(contentsOf: bib, encoding: .utf8)
        var diagnostics: [Diagnostic] = []
        let entries = Bibliography.read(BibliographyFile(path: bib.lastPathComponent, displayPath: bib.lastPathComponent, text: text),
                                        diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try TestStyles.references(entries, style: "ama")
    }

    func compare(_ bib: URL) throws {
        let expected = try Self.pandocReferences(bib: bib)
        let actual = try Self.marrowReferences(bib: bib)
        #expect(expected.count >= 8)
        #expect(expected.count == actual.count)
        for (want, got) in zip(expected, actual) { #expect(got == want) }
    }

    @Test(.enabled(if: pandoc != nil && FileManager.default.fileExists(atPath: style)))
    func courseBibliographyMatchesPandoc() throws {
        try compare(Repository.root.appendingPathComponent("content/references.bib"))
    }

    @Test(.enabled(if: pandoc != nil && FileManager.default.fileExists(atPath: style)))
    func everyEntryTypeMatchesPandoc() throws {
        let folder = try FixtureSite.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bib = folder.appendingPathComponent("entry-types.bib")
        try Self.entryTypes.write(to: bib, atomically: true, encoding: .utf8)
        try compare(bib)
    }

    /// One entry of each type, with macros, accents, von and Jr parts, corporate names and seven authors.
    static let entryTypes = #"""
@string{pub = "Lippincott Williams {\&} Wilkins"}
@book{bk, author = {Smith, John Q. and {World Health Organization}}, title = {Paediatric emergency triage, assessment and treatment}, publisher = pub, address = {Philadelphia}, year = 2016, edition = {2}, }
@incollection{ch, author = {van der Berg, Jan and Doe, Jr., John}, title = {Vascular access in children}, booktitle = {Textbook of paediatric emergency medicine}, editor = {Cameron, Peter and Browne, Gary}, publisher = {Elsevier}, year = {2019}, pages = {12--18}}
@inproceedings{cp, author = {M{\"u}ller, Hans}, title = {Intraosseous needles in {MRI}}, booktitle = {Proceedings of the Annual Meeting}, year = {2018}, pages = {101--5}, publisher={ACM}}
@techreport{rp, author = {{National Institute for Health and Care Excellence}}, title = {Sepsis: recognition, diagnosis and early management}, institution = {NICE}, year = {2017}, number = {NG51}}
@phdthesis{th, author = {Garc{\'\i}a, Ana}, title = {Bone marrow aspirates as a laboratory sample}, school = {Universit{\'e} de Paris}, year = {2015}}
@misc{mi, author = {Doe, Jane}, title = {Notes on intraosseous access}, year = {2021}, howpublished = {Lecture}}
@online{on, author = {{Resuscitation Council UK}}, title = {Paediatric advanced life support}, url = {https://www.resus.org.uk/pals}, urldate = {2024-03-01}, date = {2021-05-01}}
@article{ar, author = {A, B and C, D and E, F and G, H and I, J and K, L and M, N}, title = {Seven authors: a test}, journal = {J. Test. Med.}, year = {2020}, volume = {3}, pages = {e1000}, url={https://example.org/x}}
"""#
}
