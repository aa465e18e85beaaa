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

        var random = SplitMix(state: 20261121)
        var sawOld = 0, sawNew = 0
        for round in 0..<24 {
            let tag = round % 2 == 0 ? "A" : "B"
            for (path, text) in version(tag) { try site.write(path, text) }
            let p = try start()
            // Past the measured duration too: the swap comes near the end of a build (the old site
            // is removed quickly after it), and a round's build can take longer than the measured one.
            usleep(UInt32(Double.random(in: 0...(duration * 1.6), using: &random) * 1_000_000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let now = try site.snapshot(of: site.output)
            #expect(now == siteA || now == siteB, "round \(round): public/ is neither the old nor the new site")
            if now == siteA { sawOld += 1 } else if now == siteB { sawNew += 1 }
        }
        // The kills landed both before and after the swap at least once.
        #expect(sawOld > 0 && sawNew > 0, "old \(sawOld), new \(sawNew)")
        // Nothing is left beside public/ but the staging folder of the last killed build, which the next build removes.
        _ = try build()
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".public") }
        #expect(leftovers.isEmpty)
    }
}
