import Foundation
import Testing
@testable import MarrowKit

/// Each folder under `Fixtures/` is a site with one kind of problem; its `expected-diagnostics.txt`
/// holds the exact lines `marrow build` prints. Run with `MARROW_UPDATE_FIXTURES=1` to regenerate.
@Suite struct FixtureDiagnosticsTests {
    static let names: [String] = (try? FileManager.default.contentsOfDirectory(atPath: Repository.fixtures.path).sorted()) ?? []

    @Test func fixturesAreFound() {
        #expect(Self.names.count >= 6)
    }

    @Test(arguments: names)
    func diagnosticsMatchExpected(_ name: String) throws {
        let site = try FixtureSite(fixture: name)
        defer { site.remove() }
        let report = try site.build()
        // The same diagnostics in each output format, each in its own expected file.
        for (format, file) in [(DiagnosticFormat.text, "expected-diagnostics.txt"), (.github, "expected-diagnostics.github.txt"),
                               (.json, "expected-diagnostics.json")] {
            let actual = DiagnosticFormatter(format: format).lines(report.diagnostics).joined(separator: "\n") + "\n"
            let expectedURL = Repository.fixtures.appendingPathComponent(name).appendingPathComponent(file)
            if ProcessInfo.processInfo.environment["MARROW_UPDATE_FIXTURES"] == "1" {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            }
            let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            #expect(actual == expected, "\(name): \(format)")
        }
        // Every fixture here has an error: the build fails and writes nothing.
        #expect(report.diagnostics.hasErrors)
        #expect(!site.exists(""))
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }
}
