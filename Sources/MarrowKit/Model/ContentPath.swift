/// Pure path arithmetic on `/`-separated paths inside `content/` (no file system access).
public enum ContentPath {
    /// Resolves `.` and `..`; nil when the path is absolute or climbs above the root.
    public static func normalise(_ path: String) -> String? {
        if path.hasPrefix("/") || path.hasPrefix("\\") { return nil }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// `dir/file.md` -> `dir`; `file.md` -> ``.
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Joins a relative reference to the folder of `base`, then normalises.
    public static func resolve(_ reference: String, relativeTo base: String) -> String? {
        let dir = directory(of: base)
        return normalise(dir.isEmpty ? reference : dir + "/" + reference)
    }

    /// `a/b.md` -> `a/b.html`; `a/README.md` -> `a/index.html`, as mdBook and GitHub treat a folder's README.
    public static func htmlPath(forMarkdown path: String) -> String {
        guard path.hasSuffix(".md") else { return path }
        if path == "README.md" || path.hasSuffix("/README.md") { return String(path.dropLast("README.md".count)) + "index.html" }
        return String(path.dropLast(3)) + ".html"
    }

    /// The relative prefix from a page at `path` back to the site root: `a/b.html` -> `../`.
    public static func rootPrefix(forPage path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }
}
