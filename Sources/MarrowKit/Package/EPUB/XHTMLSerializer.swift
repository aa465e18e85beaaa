/// The site's HTML, written again as the XHTML an EPUB needs: void elements closed, boolean
/// attributes given their name as value, entities as characters, `<svg>` with its namespace, links
/// to pages (`x.html`) led to the book's documents (`x.xhtml`), and the reading system's semantics
/// (`epub:type`) on note references and note lists. The HTML is Marrow's own (and raw HTML after
/// the sanitiser), so a tag scanner is enough: every element it opens, it closes.
enum XHTMLSerializer {
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
    /// Attributes with no meaning in a book, or not in EPUB's XHTML: lazy loading, the SVG focus hint.
    static let dropped: Set<String> = ["loading", "focusable", "download"]

    /// SVG's attributes in their case (the scanner lowers every name, as HTML does).
    static let svgNames = ["viewbox": "viewBox", "preserveaspectratio": "preserveAspectRatio"]

    static func xhtml(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count + html.utf8.count / 16)
        // The link around a figure's image opens it full size on the site; in a book it would lead
        // out of the reading order, so the image stands alone.
        var skippingFigureLink = false
        for piece in HTMLTagScanner.scan(html) {
            switch piece {
            case .text(let text):
                out += escape(HTMLEntities.decode(String(text)))
            case .ignored:
                continue
            case .endTag(let name, _):
                if name == "a", skippingFigureLink {
                    skippingFigureLink = false
                    continue
                }
                if !voidElements.contains(name) { out += "</\(name)>" }
            case .startTag(let name, let attributes, let selfClosing, _):
                if name == "a", attributes.contains(where: { $0.name == "class" && $0.value == "figure-full" }) {
                    skippingFigureLink = true
                    continue
                }
                out += "<" + name
                var names = Set<String>()
                for attribute in attributes where !dropped.contains(attribute.name) && names.insert(attribute.name).inserted {
                    var value = attribute.value.map { HTMLEntities.decode(String($0)) } ?? attribute.name
                    if attribute.name == "href" || attribute.name == "src" { value = documentLink(value) }
                    out += " \(svgNames[attribute.name] ?? attribute.name)=\"\(escape(value))\""
                }
                if name == "svg" && !names.contains("xmlns") { out += " xmlns=\"http://www.w3.org/2000/svg\"" }
                if let type = epubType(name, attributes), !names.contains("epub:type") { out += " epub:type=\"\(type)\"" }
                out += voidElements.contains(name) || selfClosing ? "/>" : ">"
            }
        }
        return out
    }

    /// A relative link to a page becomes a link to its document; others stay.
    static func documentLink(_ value: String) -> String {
        guard !value.contains(":"), !value.hasPrefix("#") else { return value }
        let (path, fragment) = value.firstIndex(of: "#").map { (String(value[..<$0]), String(value[$0...])) } ?? (value, "")
        guard path.hasSuffix(".html") else { return value }
        return String(path.dropLast(5)) + ".xhtml" + fragment
    }

    /// Note references and the lists they lead to, as reading systems know them.
    static func epubType(_ name: String, _ attributes: [(name: String, value: Substring?)]) -> String? {
        func value(_ key: String) -> Substring? { attributes.first { $0.name == key }?.value ?? nil }
        switch name {
        case "a":
            if value("role") == "doc-noteref" { return "noteref" }
            if let href = value("href"), href.hasPrefix("#ref-") || href.hasPrefix("#answer-") { return "noteref" }
            return nil
        case "section":
            if value("role") == "doc-endnotes" { return "endnotes" }
            if value("role") == "doc-bibliography" { return "bibliography" }
            return nil
        default:
            return nil
        }
    }

    /// Text or an attribute value for XML: the site's escaping, after the control characters
    /// XML 1.0 forbids are left out.
    static func escape(_ text: String) -> String {
        let allowed = text.unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        return HTMLEscaping.escape(allowed ? text : String(String.UnicodeScalarView(text.unicodeScalars.filter {
            $0.value >= 0x20 || $0 == "\n" || $0 == "\t" || $0 == "\r"
        })))
    }
}
