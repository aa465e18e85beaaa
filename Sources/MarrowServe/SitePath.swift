/// Maps a request's path, as sent (percent-encoded), to a file of the in-memory site. Nothing
/// here touches the file system: a path either names a file the build produced or it is refused.
enum SitePath {
    /// The site path for a request path, or nil when it cannot name a file of the site: `..` or
    /// `.` segments (also encoded), encoded slashes or backslashes, NUL, empty segments (`//`)
    /// and anything not starting with `/`. A trailing `/` asks for the folder's `index.html`.
    static func resolve(_ raw: String) -> (path: String, isFolder: Bool)? {
        guard raw.hasPrefix("/") else { return nil }
        var segments = raw.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let isFolder = segments.last == ""
        if isFolder { segments.removeLast() }
        var decoded: [String] = []
        for segment in segments {
            guard !segment.isEmpty, let plain = segment.removingPercentEncoding,
                  plain != ".", plain != "..", !plain.contains("/"), !plain.contains("\\"), !plain.contains("\0")
            else { return nil }
            decoded.append(plain)
        }
        return (decoded.joined(separator: "/"), isFolder || decoded.isEmpty)
    }

    /// Content type by extension; unknown files are served as bytes.
    static func contentType(of path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "avif": return "image/avif"
        case "ico": return "image/x-icon"
        case "woff": return "font/woff"
        case "woff2": return "font/woff2"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "pdf": return "application/pdf"
        case "xml": return "application/xml"
        case "csv": return "text/csv; charset=utf-8"
        case "bib": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
