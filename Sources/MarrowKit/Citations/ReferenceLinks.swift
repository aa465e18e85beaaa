/// DOIs and addresses in a formatted reference made links, as pandoc's citeproc makes them: the
/// style decides how a DOI is written ("doi:10.1/x", "https://doi.org/10.1/x"); the reference
/// keeps the text and gains the link.
enum ReferenceLinks {
    /// "https://doi.org/10.1/x", "doi:10.1/x" -> "10.1/x".
    static func bareDOI(_ doi: String) -> String {
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where doi.lowercased().hasPrefix(prefix) {
            return String(doi.dropFirst(prefix.count))
        }
        return doi
    }

    /// `html` with the item's URL and DOI (as an address, or bare) linked where they appear as text.
    static func linked(_ html: String, item: CSLItem) -> String {
        var out = html
        if let url = item.string("URL") { out = link(url, to: url, in: out) }
        if let doi = item.string("DOI").map(bareDOI) {
            let address = "https://doi.org/" + doi
            let before = out
            out = link(address, to: address, in: out)
            if out == before { out = link(doi, to: address, in: out) }
        }
        return out
    }

    /// The first occurrence of `text` (as the processor escapes it) outside a tag or link, made a link to `address`.
    private static func link(_ text: String, to address: String, in html: String) -> String {
        let escaped = CSLFormatting.escape(text)
        var searchStart = html.startIndex
        while let range = html.range(of: escaped, range: searchStart..<html.endIndex) {
            let before = html[..<range.lowerBound]
            let openLinks = before.components(separatedBy: "<a ").count - 1
            let closedLinks = before.components(separatedBy: "</a>").count - 1
            let lastOpen = before.lastIndex(of: "<"), lastClose = before.lastIndex(of: ">")
            let insideTag = lastOpen.map { open in lastClose.map { open > $0 } ?? true } ?? false
            if openLinks == closedLinks, !insideTag {
                return html.replacingCharacters(in: range, with: "<a href=\"\(HTMLEscaping.encodeURL(address))\">\(escaped)</a>")
            }
            searchStart = range.upperBound
        }
        return html
    }
}
