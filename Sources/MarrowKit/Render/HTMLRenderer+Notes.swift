/// What stands at the end of a page or points to it: footnote references and the Notes, and the hidden previews of other pages' targets.
extension HTMLRenderer {
    mutating func renderFootnoteReference(_ label: String) {
        guard let number = footnotes.number(for: label) else {
            out += HTMLEscaping.escape("[^\(label)]")
            return
        }
        let slug = FootnoteNumbering.slug(label)
        let occurrence = footnotes.nextOccurrence(of: label)
        let refID = HTMLEscaping.escape(pageID(occurrence == 1 ? "fnref-\(slug)" : "fnref-\(slug)-\(occurrence)"))
        let noteID = HTMLEscaping.escape(pageID("fn-\(slug)"))
        let mark = Self.noteMark(number)
        out += "<sup class=\"footnote-ref\"><a href=\"#\(noteID)\" id=\"\(refID)\" role=\"doc-noteref\">\(mark)</a></sup>"
    }

    mutating func renderFootnotes(_ document: MarkdownNode) {
        let definitions = footnotes.definitions
        guard !definitions.isEmpty else { return }
        let titleID = HTMLEscaping.escape(pageID("footnotes-title"))
        out += "<section class=\"footnotes\" role=\"doc-endnotes\" aria-labelledby=\"\(titleID)\">\n"
        out += "<h2 id=\"\(titleID)\">Notes</h2>\n<ol type=\"a\">\n"
        for definition in definitions {
            guard case .footnoteDefinition(let label) = definition.kind else { continue }
            let slug = FootnoteNumbering.slug(label)
            out += "<li id=\"\(HTMLEscaping.escape(pageID("fn-\(slug)")))\">\n"
            withUnsafePointer(to: definition) { renderChildren($0, tightList: false) }
            // The way back ends the note's last paragraph, not a line of its own.
            let back = "<a class=\"footnote-back\" href=\"#\(HTMLEscaping.escape(pageID("fnref-\(slug)")))\" role=\"doc-backlink\" aria-label=\"Back to the text\">↩</a>"
            if out.hasSuffix("</p>\n") {
                out.removeLast(5)
                out += " " + back + "</p>\n"
            } else {
                out += "<p>" + back + "</p>\n"
            }
            out += "</li>\n"
        }
        out += "</ol>\n</section>\n"
    }

    /// The previews of other pages' targets this page links to, hidden until `marrow.js` shows one.
    mutating func renderLinkPreviews() {
        guard !previews.isEmpty else { return }
        out += "<div class=\"link-previews\" hidden>\n"
        for preview in previews {
            out += "<div data-preview-for=\"\(HTMLEscaping.escape(preview.href))\">\(preview.html)</div>\n"
        }
        out += "</div>\n"
    }
}
