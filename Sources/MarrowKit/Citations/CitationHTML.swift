import Foundation

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
        for mark in c.marks {
            switch mark {
            case .html(let html):
                out += html
            case .link(let key, let html):
                out += "<a href=\"\(href(c.targetPage, "ref-" + key))\">\(html)</a>"
            }
        }
        out += "</span>"
        return out
    }

    /// The address the citation stage gives the CSL processor for a cite's link: this, then the
    /// cite's index among the citation's keys. The page renderer makes it the entry's address
    /// relative to the page.
    static let keyPlaceholder = "marrow-ref:"
    private static let placeholderOpen = Array("<a href=\"#\(keyPlaceholder)".utf8)
    private static let closeLink = Array("</a>".utf8)

    /// A formatted citation's HTML cut into marks at its placeholder links (one pass over its bytes).
    static func marks(_ html: String, keys: [String]) -> [CitationCluster.Mark] {
        let bytes = Array(html.utf8)
        var marks: [CitationCluster.Mark] = []
        var textStart = 0
        var i = 0
        func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
            offset + pattern.count <= bytes.count && bytes[offset..<(offset + pattern.count)].elementsEqual(pattern)
        }
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), matches(placeholderOpen, at: i) else { i += 1; continue }
            var cursor = i + placeholderOpen.count
            var index = 0
            while cursor < bytes.count, bytes[cursor] >= UInt8(ascii: "0"), bytes[cursor] <= UInt8(ascii: "9") {
                index = index * 10 + Int(bytes[cursor] - UInt8(ascii: "0"))
                cursor += 1
            }
            guard cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "\""), bytes[cursor + 1] == UInt8(ascii: ">"),
                  index < keys.count else { i += 1; continue }
            let innerStart = cursor + 2
            var end = innerStart
            while end < bytes.count, !matches(closeLink, at: end) { end += 1 }
            guard end < bytes.count else { break }
            if i > textStart { marks.append(.html(String(decoding: bytes[textStart..<i], as: UTF8.self))) }
            marks.append(.link(key: keys[index], html: String(decoding: bytes[innerStart..<end], as: UTF8.self)))
            i = end + closeLink.count
            textStart = i
        }
        if textStart < bytes.count { marks.append(.html(String(decoding: bytes[textStart...], as: UTF8.self))) }
        return marks
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
            if !entry.citedAt.isEmpty { out += " " + backlinks(entry.citedAt, href: href) }
            out += "</li>\n"
        }
        out += "</\(tag)>\n</section>\n"
        return out
    }

    /// "Cited in: Technique › Sites, Flushing; Indications › Contraindications": one group per page
    /// (a line of its own in the stylesheet),
    /// each link named after the section it leads to (and numbered when a section cites twice).
    static func backlinks(_ places: [ReferenceList.CitedPlace], href: SiteHref) -> String {
        var pages: [String] = []
        var byPage: [String: [ReferenceList.CitedPlace]] = [:]
        for place in places {
            if byPage[place.page] == nil { pages.append(place.page) }
            byPage[place.page, default: []].append(place)
        }
        let groups = pages.enumerated().map { index, page -> String in
            let places = byPage[page]!
            let title = places[0].pageTitle.isEmpty ? page : places[0].pageTitle
            var seen: [String: Int] = [:]
            let links = places.map { place -> String in
                let section = place.section.isEmpty ? "Opening" : place.section
                seen[section, default: 0] += 1
                let label = seen[section]! > 1 ? "\(section) (\(seen[section]!))" : section
                return "<a href=\"\(href(place.page, place.anchor))\" aria-label=\"\(HTMLEscaping.escape(title + " › " + label))\">\(HTMLEscaping.escape(label))</a>"
            }
            let end = index == pages.count - 1 ? "" : ";"
            return "<span class=\"reference-backlink-page\">\(HTMLEscaping.escape(title)) › " + links.joined(separator: ", ") + end + "</span>"
        }
        return "<span class=\"reference-backlinks\">Cited in: " + groups.joined(separator: " ") + "</span>"
    }
}
