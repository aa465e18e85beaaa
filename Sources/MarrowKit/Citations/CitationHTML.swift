/// HTML for citations and reference lists. Links inside the site go through `href(page, fragment)`,
/// which the page renderer makes relative to the page. The popover is not repeated in the HTML:
/// `assets/marrow.js` fills it from the page's own reference list on hover and keyboard focus,
/// which keeps pages small when a chapter cites a lot. `id` maps an anchor to the id it gets on
/// the page (prefixed per chapter on the whole-book print page).
enum CitationHTML {
    typealias SiteHref = (_ page: String, _ fragment: String) -> String
    typealias PageID = (_ anchor: String) -> String

    static func cluster(_ c: CitationCluster, href: SiteHref, id: PageID = { $0 }) -> String {
        guard !c.marks.isEmpty else { return HTMLEscaping.escape(c.source) }
        var out = "<span class=\"citation\" id=\"\(HTMLEscaping.escape(id(c.anchor)))\">"
        if let author = c.author { out += HTMLEscaping.escape(author) }
        if !c.prefix.isEmpty { out += (c.author == nil ? "" : " ") + HTMLEscaping.escape(c.prefix) }
        out += c.isSuperscript ? "<sup>" : ""
        for mark in c.marks {
            switch mark {
            case .separator(let s):
                out += HTMLEscaping.escape(s)
            case .number(let label, let key):
                out += "<a href=\"\(href(c.targetPage, "ref-" + key))\">\(HTMLEscaping.escape(label))</a>"
            }
        }
        out += c.isSuperscript ? "</sup>" : ""
        out += "</span>"
        return out
    }

    static func list(_ list: ReferenceList, href: SiteHref, id: PageID = { $0 }, headingLevel: Int = 2) -> String {
        guard !list.entries.isEmpty else { return "" }
        var out = "<section class=\"references\" role=\"doc-bibliography\""
        if let heading = list.heading {
            let anchor = HTMLEscaping.escape(id(list.anchor))
            out += " aria-labelledby=\"\(anchor)\">\n<h\(headingLevel) id=\"\(anchor)\">\(HTMLEscaping.escape(heading))</h\(headingLevel)>\n"
        } else {
            out += " id=\"\(HTMLEscaping.escape(id("refs")))\">\n"
        }
        let tag = list.numbered ? "ol" : "ul"
        out += list.numbered ? "<ol class=\"reference-list\">\n" : "<ul class=\"reference-list reference-list-author-date\">\n"
        for entry in list.entries {
            out += "<li id=\"\(HTMLEscaping.escape(id("ref-" + entry.key)))\"" + (list.numbered ? " value=\"\(entry.number)\"" : "") + ">"
            out += entry.html
            if let pmid = entry.pmid {
                out += " <span class=\"reference-pmid\">PMID: <a href=\"https://pubmed.ncbi.nlm.nih.gov/\(HTMLEscaping.encodeURL(pmid))/\">"
                out += HTMLEscaping.escape(pmid) + "</a></span>"
            }
            if !entry.citedAt.isEmpty {
                out += " <span class=\"reference-backlinks\">Cited in: "
                out += entry.citedAt.enumerated().map { index, place in
                    "<a href=\"\(href(place.page, place.anchor))\" aria-label=\"Citation \(index + 1) of reference \(entry.number)\">↩\(index + 1)</a>"
                }.joined(separator: " ")
                out += "</span>"
            }
            out += "</li>\n"
        }
        out += "</\(tag)>\n</section>\n"
        return out
    }
}
