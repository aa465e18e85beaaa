import Foundation
import Testing
@testable import MarrowKit

/// A rebuild hard-links the files that did not change from the site it replaces, never writes
/// through such a link, and never follows a link planted in the old site.
@Suite struct OutputReuseTests {
    func makeSite() throws -> FixtureSite {
        try FixtureSite(files: MinimalBook.files(
            summary: "- [One](one.md)\n- [Two](sub/two.md)\n",
            chapters: ["one.md": "## A\n\nAbout the tibia.\n", "sub/two.md": "See [one](../one.md#a).\n"],
            book: "title: Reuse\n"))
    }

    func inode(_ url: URL) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }

    func inodes(_ site: FixtureSite) throws -> [String: UInt64] {
        var out: [String: UInt64] = [:]
        for path in try site.snapshot(of: site.output).keys { out[path] = try inode(site.output.appendingPathComponent(path)) }
        return out
    }

    @Test func unchangedFilesKeepTheirInodesAndChangedOnesAreNew() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.build()
        let firstInodes = try inodes(site)
        let firstBytes = try site.snapshot(of: site.output)
        // Keep the old one.html open: whatever the rebuild does, its bytes must not change.
        let oldOne = try FileHandle(forReadingFrom: site.output.appendingPathComponent("one.html"))
        defer { try? oldOne.close() }

        try site.write("content/one.md", "## A\n\nAbout the femur.\n")
        try site.build()
        let secondInodes = try inodes(site)
        let secondBytes = try site.snapshot(of: site.output)
        #expect(secondBytes["one.html"] != firstBytes["one.html"])
        #expect(String(decoding: secondBytes["one.html"]!, as: UTF8.self).contains("femur"))
        #expect(secondInodes["one.html"] != firstInodes["one.html"])
        #expect(try oldOne.readToEnd() == firstBytes["one.html"], "the replaced site's file was written through")
        let unchanged = secondBytes.keys.filter { secondBytes[$0] == firstBytes[$0] }
        #expect(unchanged.count >= 5, "\(unchanged)")
        for path in unchanged { #expect(secondInodes[path] == firstInodes[path], "\(path) was written again") }
        // A clean build from nothing gives the same bytes.
        try FileManager.default.removeItem(at: site.output)
        try site.build()
        #expect(try site.snapshot(of: site.output) == secondBytes)
    }

    @Test func linksPlantedInTheOldSiteAreNeverFollowed() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.build()
        let built = try site.snapshot(of: site.output)
        // Outside the project: files holding exactly the bytes the build will write.
        let outside = try FixtureSite.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        try built["one.html"]!.write(to: outside.appendingPathComponent("one.html"))
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try built["sub/two.html"]!.write(to: outside.appendingPathComponent("sub/two.html"))
        let fm = FileManager.default
        try fm.removeItem(at: site.output.appendingPathComponent("one.html"))
        try fm.createSymbolicLink(at: site.output.appendingPathComponent("one.html"), withDestinationURL: outside.appendingPathComponent("one.html"))
        try fm.removeItem(at: site.output.appendingPathComponent("sub"))
        try fm.createSymbolicLink(at: site.output.appendingPathComponent("sub"), withDestinationURL: outside.appendingPathComponent("sub"))

        try site.build()
        #expect(try site.snapshot(of: site.output) == built)
        for path in ["one.html", "sub/two.html"] {
            let url = site.output.appendingPathComponent(path)
            let attributes = try fm.attributesOfItem(atPath: url.path)
            #expect(attributes[.type] as? FileAttributeType == .typeRegular, "\(path)")
            #expect(try inode(url) != inode(outside.appendingPathComponent(path)), "\(path) shares the outside file")
            #expect((attributes[.referenceCount] as? NSNumber)?.intValue == 1, "\(path)")
        }
        // The outside files are untouched.
        #expect(try Data(contentsOf: outside.appendingPathComponent("one.html")) == built["one.html"])
    }
}
