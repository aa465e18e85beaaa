/// The CSL processor's HTML (as the CSL test suite writes it) in the site's terms: `<em>` and
/// `<strong>` as pandoc writes them, and classes instead of `style` attributes, which the site's
/// Content-Security-Policy would not apply.
enum CSLMarkup {
    private static let replacements: [(String, String)] = [
        ("&#38;", "&amp;"), ("&#60;", "&lt;"), ("&#62;", "&gt;"), ("<i>", "<em>"), ("</i>", "</em>"), ("<b>", "<strong>"), ("</b>", "</strong>"),
        ("<span style=\"font-style:normal;\">", "<span class=\"csl-no-emph\">"),
        ("<span style=\"font-variant:small-caps;\">", "<span class=\"smallcaps\">"),
        ("<span style=\"font-weight:normal;\">", "<span class=\"csl-no-strong\">"),
        ("<span style=\"text-decoration:underline;\">", "<span class=\"underline\">"),
    ]

    private static let patterns = replacements.map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Whether `html` holds any of the patterns (looked for only at each `<` and `&`).
    private static func needsChange(_ html: String) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for i in bytes.indices where bytes[i] == UInt8(ascii: "<") || bytes[i] == UInt8(ascii: "&") {
                for (from, _) in patterns where i + from.count <= bytes.count && from.indices.allSatisfy({ bytes[i + $0] == from[$0] }) {
                    return true
                }
            }
            return false
        }
        var html = html
        return html.withUTF8(scan)
    }

    static func site(_ html: String) -> String {
        guard needsChange(html) else { return html }
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        scan: while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<") || bytes[i] == UInt8(ascii: "&") {
                for (from, to) in patterns where i + from.count <= bytes.count && bytes[i..<(i + from.count)].elementsEqual(from) {
                    out += to
                    i += from.count
                    continue scan
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
