import Foundation
import Testing

/// The `marrow` executable itself: exit status and printed diagnostics.
@Suite struct CommandLineTests {
    /// The test runner sits in the same build folder as the `marrow` executable.
    static var executable: URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("marrow")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let binary = try #require(Self.executable, "build the marrow executable first (swift build)")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test func exitStatusFollowsErrors() throws {
        let site = try FixtureSite(files: MinimalBook.files(chapters: ["one.md": "Fine.\n"]))
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("templates"), withDestinationURL: Repository.templates)
        let ok = try run(["build", "--root", site.root.path])
        #expect(ok.status == 0)
        #expect(ok.stdout.hasPrefix("Built 1 page, 0 errors, 0 warnings, in "))
        let upToDate = try run(["build", "--check", "--root", site.root.path])
        #expect(upToDate.status == 0)

        try site.write("content/one.md", "[x](missing.md)\n")
        let failed = try run(["check", "--root", site.root.path])
        #expect(failed.status == 1)
        #expect(failed.stderr == "content/one.md:1:1: error: 'missing.md' does not exist [link-missing-file]\n")
        let stale = try run(["build", "--check", "--root", site.root.path])
        #expect(stale.status == 1)

        try site.write("content/one.md", "Fine again.\n")
        try site.write("content/extra.md", "Unlisted.\n")
        #expect(try run(["check", "--root", site.root.path]).status == 0)
        let strict = try run(["check", "--warnings-as-errors", "--root", site.root.path])
        #expect(strict.status == 1)
        let github = try run(["check", "--format", "github", "--root", site.root.path])
        #expect(github.stderr.hasPrefix("::warning file=content/extra.md,title=chapter-unlisted::"))
    }

    @Test func timingsListEachStageInOrder() throws {
        let site = try FixtureSite(files: MinimalBook.files(chapters: ["one.md": "Fine.\n"]))
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("templates"), withDestinationURL: Repository.templates)
        let plain = try run(["build", "--root", site.root.path])
        #expect(!plain.stdout.contains(" ms\n"))
        let timed = try run(["build", "--timings", "--root", site.root.path])
        #expect(timed.status == 0)
        let stages = timed.stdout.split(separator: "\n").dropFirst().map { line in
            line.trimmingCharacters(in: .whitespaces)
                .replacingOccurrences(of: #" +[0-9.]+ ms  \(CPU +[0-9.]+ ms, peak +[0-9.]+ MB\)$"#, with: "", options: .regularExpression)
        }
        // Each stage's peak is what the process held then: a build holds at least its own code.
        let peaks = timed.stdout.split(separator: "\n").dropFirst().compactMap { line in
            line.split(separator: " ").last(where: { Double($0) != nil }).flatMap { Double($0) }
        }
        #expect(peaks.count == stages.count && peaks.allSatisfy { $0 > 1 })
        #expect(stages == ["load", "parse", "resolve", "bibliography", "citations", "read next", "templates",
                           "search sections", "render and write pages", "search index", "swap"])
        let checked = try run(["check", "--timings", "--root", site.root.path])
        #expect(checked.stdout.contains("  render pages "))
        #expect(checked.stdout.hasSuffix(" MB)\n"))
    }
}
