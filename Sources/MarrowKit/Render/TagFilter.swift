/// GitHub's tagfilter: neutralises the tags that could take over a page when raw HTML is allowed.
enum TagFilter {
    private static let blocked = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]

    static func filter(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            let name = after.drop { $0 == "/" }.prefix { $0.isLetter }.lowercased()
            out += blocked.contains(name) ? "&lt;" : "<"
            rest = after
        }
        out += rest
        return out
    }
}
