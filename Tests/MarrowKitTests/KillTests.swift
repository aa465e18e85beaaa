import Foundation
import Testing

/// `marrow build` killed with SIGKILL at random moments never leaves a mixed `public/`:
/// each time it holds exactly the previous site or exactly the new one.
@Suite struct KillTests {
    /// A deterministic generator, so that a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    func version(_ tag: String) -> [String: String] {
        var chapters: [String: String] = [:]
        var summary = ""
        for i in 0..<300 {
            summary += "- [Chapter \(i)](c\(i).md)\n"
            chapters["c\(i).md"] = "## Part \(tag)\n\n" + String(repeating: "Version \(tag) of a paragraph about intraosseous access. ", count: 40) + "\n"
        }
        return MinimalBook.files(summary: summary, chapters: chapters)
    }

    @Test func killedBuildsLeaveTheOldSiteOrTheNew() throws {
        let binary = try #require(CommandLineTests.executable, "build the marrow executable first")
        let site = try FixtureSite(files: version("A"))
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("templates"), withDestinationURL: Repository.templates)
        func start() throws -> Process {
            let p = Process()
            p.executableURL = binary
            p.arguments = ["build", "--root", site.root.path]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        func build() throws -> Double {
            let began = Date()
            let p = try start()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
            return Date().timeIntervalSince(began)
        }
        _ = try build()
        let siteA = try site.snapshot(of: site.output)
        for (path, text) in version("B") { try site.write(path, text) }
        let duration = try build()
        let siteB = try site.snapshot(of: site.output)
        #expect(siteA != siteB)

        // Each round flips the sources to the other version and kills the build at a random moment:
        // public/ must then hold the site it held before (killed before the swap) or the new one.
        // The window adapts to the machine's load, so that kills land on both sides of the swap
        // however long a build takes while other tests share the cores.
        var random = SplitMix(state: 20261121)
        var window = duration * 1.6
        var current = siteB
        var before = 0, after = 0, round = 0
        while round < 24 || ((before == 0 || after == 0) && round < 120) {
            let (tag, target) = current == siteA ? ("B", siteB) : ("A", siteA)
            for (path, text) in version(tag) { try site.write(path, text) }
            let p = try start()
            usleep(UInt32(Double.random(in: 0...window, using: &random) * 1_000_000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let now = try site.snapshot(of: site.output)
            #expect(now == current || now == target, "round \(round): public/ is neither the old nor the new site")
            if now == current { before += 1 } else if now == target { after += 1; current = target }
            round += 1
            if round % 6 == 0 {
                if after == 0 { window *= 1.5 } else if before == 0 { window /= 1.5 }
            }
        }
        // The kills landed both before and after the swap at least once.
        #expect(before > 0 && after > 0, "\(round) rounds: \(before) before the swap, \(after) after it")
        // Nothing is left beside public/ but the staging folder of the last killed build, which the next build removes.
        _ = try build()
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".public") }
        #expect(leftovers.isEmpty)
    }
}
