#if canImport(Glibc)
import Glibc
#endif
import Foundation
import MarrowServe
import Testing

/// `marrow serve` end to end: a real server on a free loopback port, real file edits seen
/// through the inotify watcher, requests over a plain socket (so paths go out exactly as written).
@Suite struct ServeTests {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    /// One request over a fresh connection; the path is sent as is.
    static func get(_ port: UInt16, _ path: String) throws -> Response {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0, "connect to port \(port)")
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        let text = String(decoding: data, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = parts[0].components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            if let colon = line.firstIndex(of: ":") {
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return Response(status: status, headers: headers, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }

    /// Asks `condition` until it holds, for up to 30 seconds: never relies on how fast a rebuild is.
    static func eventually(_ what: Comment, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if try condition() { return }
            usleep(50_000)
        }
        Issue.record("timed out waiting: \(what)")
    }

    @Test func servesEditsReportsErrorsAndRefusesTraversal() async throws {
        let site = try FixtureSite(files: MinimalBook.files(
            summary: "- [One](one.md)\n- [Two](two.md)\n",
            chapters: ["one.md": "# One\n\nFirst words.\n", "two.md": "# Two\n\nSee [one](one.md).\n"]))
        defer { site.remove() }
        try site.write("content/figures/dot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        try site.write("content/one.md", "# One\n\nFirst words. ![Dot](figures/dot.svg)\n")
        let server = PreviewServer(layout: site.layout, port: 0)
        let url = try await server.start()
        defer { Task { await server.stop() } }
        let port = try #require(url.port.map(UInt16.init))
        #expect(url.host == "127.0.0.1")

        // Pages, with the reload script added; `/` is index.html; content types by extension.
        let home = try Self.get(port, "/")
        #expect(home.status == 200 && home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.body.contains("First words."))
        #expect(home.body.contains("<script src=\"/__marrow/serve-reload.js\" data-page=\"index.html\""))
        #expect(try Self.get(port, "/two.html").body.contains("See <a href=\"one.html\">one</a>"))
        #expect(try Self.get(port, "/assets/marrow.css").headers["content-type"] == "text/css; charset=utf-8")
        #expect(try Self.get(port, "/toc.js").headers["content-type"] == "text/javascript; charset=utf-8")
        #expect(try Self.get(port, "/figures/dot.svg").headers["content-type"] == "image/svg+xml")
        let script = try Self.get(port, "/__marrow/serve-reload.js")
        #expect(script.status == 200 && script.body.contains("EventSource"))
        // Nothing is written to public/ while serving.
        #expect(!FileManager.default.fileExists(atPath: site.output.path))

        // Only files of the site: traversal, encoded dots and slashes, absolute paths get 404.
        for path in ["/../content/one.md", "/%2e%2e/content/one.md", "/%2E%2E%2Fcontent%2Fone.md", "/..%2fcontent/one.md",
                     "//etc/passwd", "/etc/passwd", "/./one.html", "/assets/../one.html", "/one.html%00", "/%5c..%5cone.md",
                     "/content/one.md", "/missing.html", "one.html"] {
            let response = try Self.get(port, path)
            #expect(response.status == 404 || response.status == 0, "\(path) gives \(response.status)")
            #expect(!response.body.contains("First words."), "\(path) serves no page content")
        }

        // An edit is served once the rebuild lands.
        try site.write("content/one.md", "# One\n\nEdited words.\n")
        try Self.eventually("the edit is served") { try Self.get(port, "/one.html").body.contains("Edited words.") }
        #expect(try Self.get(port, "/index.html").body.contains("Edited words."))
        // The search index follows the page: the edited words' vocabulary shard is served.
        try Self.eventually("the index has the edited words") {
            let shard = try Self.get(port, "/search/v/ed.js")
            return shard.status == 200 && shard.body.contains("\"edit\"")
        }
        #expect(try Self.get(port, "/search/meta.js").headers["content-type"] == "text/javascript; charset=utf-8")

        // A broken edit: reported in the status the overlay draws, the last good page still served.
        try site.write("content/one.md", "# One\n\nBroken [link](missing.md).\n")
        try Self.eventually("the error is reported") {
            try Self.get(port, "/__marrow/status.json").body.contains("content/one.md:3:8: error: 'missing.md' does not exist")
        }
        let stale = try Self.get(port, "/one.html")
        #expect(stale.status == 200 && stale.body.contains("Edited words.") && !stale.body.contains("Broken"))
        try site.write("content/one.md", "---\ntitle: [unclosed\n---\nStill broken.\n")
        try Self.eventually("malformed front matter is reported") {
            let status = try Self.get(port, "/__marrow/status.json").body
            return status.contains("content/one.md:3:1: error: malformed YAML") && !status.contains("missing.md")
        }
        // Fixed: the error goes, the page changes.
        try site.write("content/one.md", "# One\n\nFixed words.\n")
        try Self.eventually("the fix is served") { try Self.get(port, "/one.html").body.contains("Fixed words.") }
        #expect(try Self.get(port, "/__marrow/status.json").body.contains("\"errors\":0"))
    }
}
