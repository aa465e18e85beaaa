import Foundation
@testable import MarrowKit

/// The repository's folders, found from this file's place.
enum Repository {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("templates")
    static let fixtures = root.appendingPathComponent("Tests/MarrowKitTests/Fixtures")
    static let mdBookFixtures = root.appendingPathComponent("Tests/MarrowKitTests/MdBookFixtures")
}

/// A small site in a fresh temporary folder: copied from `Fixtures/<name>` or written from strings.
/// It uses Marrow's built-in theme, overridden file by file by a `templates/` folder of its own.
struct FixtureSite {
    let root: URL

    init(fixture name: String, in folder: URL = Repository.fixtures) throws {
        root = try Self.makeTemporaryFolder()
        let source = folder.appendingPathComponent(name)
        for item in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(item), to: root.appendingPathComponent(item))
        }
    }

    init(files: [String: String]) throws {
        try self.init(root: Self.makeTemporaryFolder(), files: files)
    }

    /// A site at a given place, such as a folder inside another temporary folder.
    init(root: URL, files: [String: String]) throws {
        self.root = root
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    static func makeTemporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("marrow-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.resolvingSymlinksInPath()
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, data: Data(text.utf8))
    }

    func write(_ path: String, data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    var layout: ProjectLayout { MdBookProject.layout(root: root) }

    var output: URL { layout.output }

    @discardableResult
    func build(_ mode: BuildPipeline.Mode = .write, warningsAsErrors: Bool = false) throws -> BuildPipeline.Report {
        try BuildPipeline(layout: layout, options: .init(mode: mode, warningsAsErrors: warningsAsErrors)).run()
    }

    /// Diagnostics as the CLI prints them.
    func diagnosticLines(_ report: BuildPipeline.Report) -> [String] {
        report.diagnostics.map(DiagnosticFormatter().format)
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Every file under the fixture's root with its bytes, for before/after comparisons.
    func snapshot(of folder: URL? = nil) throws -> [String: Data] {
        let base = folder ?? root
        var out: [String: Data] = [:]
        guard let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return out }
        for case let url as URL in e where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            out[String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1))] = try Data(contentsOf: url)
        }
        return out
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// A minimal valid book for tests that change one thing.
enum MinimalBook {
    static func files(summary: String = "- [One](one.md)\n", chapters: [String: String] = ["one.md": "Hello.\n"],
                      book: String = "title: Test\n") -> [String: String] {
        var files = ["content/book.yml": book, "content/SUMMARY.md": "# Summary\n\n" + summary]
        for (path, text) in chapters { files["content/" + path] = text }
        return files
    }
}
