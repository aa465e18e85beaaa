/// HTML for citations and reference lists. Links inside the site go through `href(page, fragment)`,
/// which the page renderer makes relative to the page. The popover is plain HTML shown by CSS on
/// hover and keyboard focus (`.citation:hover`, `.citation:focus-within`): no script.
enum CitationHTML {
    typealias SiteHref = (_ page: String, _ fragment: String) -> String

    static func cluster(_ c: CitationCluster, href: SiteHref) -> String {
        guard !c.marks.isEmpty else { return HTMLEscaping.escape(c.source) }
        let tip = "\(c.anchor)-ref"
        var out = "<span class=\"citation\" id=\"\(c.anchor)\">"
        if let author = c.author { out += HTMLEscaping.escape(author) }
        if !c.prefix.isEmpty { out += (c.author == nil ? "" : " ") + HTMLEscaping.escape(c.prefix) }
        out += c.isSuperscript ? "<sup>" : ""
        for mark in c.marks {
            switch mark {
            case .separator(let s):
                out += HTMLEscaping.escape(s)
            case .number(let label, let key):
                out += "<a href=\"\(href(c.targetPage, "ref-" + key))\" aria-describedby=\"\(tip)\">\(HTMLEscaping.escape(label))</a>"
            }
        }
        out += c.isSuperscript ? "</sup>" : ""
        out += "<span class=\"citation-popover\" role=\"tooltip\" id=\"\(tip)\">"
        out += c.references.map { "<span class=\"citation-popover-entry\">" + HTMLEscaping.escape($0) + "</span>" }.joined()
        out += "</span></span>"
        return out
    }

    static func list(_ list: ReferenceList, href: SiteHref) -> String {
        guard !list.entries.isEmpty else { return "" }
        var out = "<section class=\"references\" role=\"doc-bibliography\""
        if let heading = list.heading {
            let id = HTMLEscaping.escape(list.anchor)
            out += " aria-labelledby=\"\(id)\">\n<h2 id=\"\(id)\">\(HTMLEscaping.escape(heading))</h2>\n"
        } else {
            out += " id=\"refs\">\n"
        }
        let tag = list.numbered ? "ol" : "ul"
        out += list.numbered ? "<ol class=\"reference-list\">\n" : "<ul class=\"reference-list reference-list-author-date\">\n"
        for entry in list.entries {
            out += "<li id=\"ref-\(HTMLEscaping.escape(entry.key))\"" + (list.numbered ? " value=\"\(entry.number)\"" : "") + " role=\"doc-biblioentry\">"
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
