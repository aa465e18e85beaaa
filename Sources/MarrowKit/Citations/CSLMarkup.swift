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

    static func site(_ html: String) -> String {
        guard html.contains("<") || html.contains("&#") else { return html }
        var out = html
        for (from, to) in replacements where out.contains(from) { out = out.replacingOccurrences(of: from, with: to) }
        return out
    }
}
