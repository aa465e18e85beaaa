import Foundation
import Testing
import ZIPFoundation
@testable import MarrowKit

/// SCORM packages of a fixture book: the manifest first, naming every file, the launch page and
/// its scripts in, every page loading the page script first; the same bytes twice; book.yml's
/// package keys checked where they are written. (test_scorm.py runs both in a test LMS.)
@Suite struct SCORMTests {
    @Test(arguments: SCORMPackager.Version.allCases)
    func aPackageNamesEveryFileAndIsTheSameEveryTime(_ version: SCORMPackager.Version) throws {
        let site = try FixtureSite(files: MinimalBook.files(summary: "- [One](one.md)\n- [Two](two.md)\n",
                                                            chapters: ["one.md": "# One\n\n> [!QUIZ] Yes?\n> - [x] Yes\n> - [ ] No\n", "two.md": "# Two\n"],
                                                            book: "title: Test\nmastery_score: 75\n"))
        defer { site.remove() }
        let first = site.root.appendingPathComponent("a.zip"), second = site.root.appendingPathComponent("b.zip")
        var diagnostics: [Diagnostic] = []
        #expect(try SCORMPackager(layout: site.layout, version: version).write(to: first, diagnostics: &diagnostics))
        #expect(try SCORMPackager(layout: site.layout, version: version).write(to: second, diagnostics: &diagnostics))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(try Data(contentsOf: first) == Data(contentsOf: second), "the same sources give the same bytes")
        let archive = try Archive(url: first, accessMode: .read)
        let paths = archive.map(\.path)
        #expect(paths.first == "imsmanifest.xml")
        var manifest = Data()
        _ = try archive.extract(archive["imsmanifest.xml"]!) { manifest.append($0) }
        let xml = String(decoding: manifest, as: UTF8.self)
        for path in paths { #expect(xml.contains("<file href=\"\(path)\"/>"), "\(path) is named in the manifest") }
        #expect(xml.contains(version == .scorm12 ? "<adlcp:masteryscore>75</adlcp:masteryscore>" : "<imsss:minNormalizedMeasure>0.75</imsss:minNormalizedMeasure>"))
        #expect(paths.contains("scorm-launch.html") && paths.contains("assets/scorm-launch.js") && paths.contains("assets/scorm-data.js"))
        var page = Data()
        _ = try archive.extract(archive["one.html"]!) { page.append($0) }
        let html = String(decoding: page, as: UTF8.self)
        let pageScript = try #require(html.range(of: "<script src=\"assets/scorm-page.js\"></script>"))
        #expect(html.range(of: "assets/theme.js").map { pageScript.lowerBound < $0.lowerBound } == true, "the page script runs before the page's own")
        var data = Data()
        _ = try archive.extract(archive["assets/scorm-data.js"]!) { data.append($0) }
        #expect(String(decoding: data, as: UTF8.self).contains(#""mastery":75,"pages":["one.html","two.html"],"quizzes":1"#))
    }

    @Test func packageKeysAreChecked() throws {
        let site = try FixtureSite(files: MinimalBook.files(book: "title: Test\npackages: [epub, pdf]\nmastery_score: 120\n"))
        defer { site.remove() }
        #expect(site.diagnosticLines(try site.build()) == [
            "content/book.yml:2:11: error: unknown package 'pdf'; expected epub, scorm-1.2, scorm-2004 [yaml-value]",
            "content/book.yml:3:16: error: mastery_score must be a whole number from 0 to 100 [yaml-value]",
        ])
    }
}
