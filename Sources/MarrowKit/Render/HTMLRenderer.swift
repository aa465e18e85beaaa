/// Renders a resolved Markdown tree to HTML for one page. Raw HTML arrives sanitised
/// (`RawHTMLSanitizer`) unless the book opts in, and is then tag-filtered as GitHub does.
public struct HTMLRenderer {
    public struct Context {
        /// From this page back to the site root, such as `../`.
        public var rootPrefix: String
        /// This page's path from the site root.
        public var pagePath: String
        public var allowRawHTML: Bool
        /// Section numbers by heading anchor, shown before the heading text.
        public var sectionNumbers: [String: String] = [:]
        /// Set when the chapter is one of many on the same page (print.html).
        public var bookPage: BookPageAnchors?
        /// The sizes of the book's images by path from the site root, for `<img width height>`.
        public var imageSizes: [String: ImageSize] = [:]
        /// Previews of other pages' targets by `path#anchor` (`LinkPreviews`): a page carries those it links to.
        public var linkPreviews: [String: String] = [:]

        public init(rootPrefix: String, pagePath: String, allowRawHTML: Bool) {
            self.rootPrefix = rootPrefix
            self.pagePath = pagePath
            self.allowRawHTML = allowRawHTML
        }
    }

    let context: Context
    var footnotes: FootnoteNumbering
    var out = ""
    /// The previews this page's links need, by the address the link was written with, in order.
    var previews: [(href: String, html: String)] = []
    /// The quizzes met so far, for the answers at the end of the chapter.
    var quizAnswers: [QuizAnswer] = []

    public static func render(_ document: MarkdownNode, context: Context) -> String {
        var renderer = HTMLRenderer(context: context, footnotes: FootnoteNumbering(document))
        renderer.out.reserveCapacity(4096)
        // The notes come before the chapter's References (the list the citation stage ends it with).
        let endsWithReferences = Self.endsWithReferences(document)
        let children = document.children
        let bodyCount = endsWithReferences ? children.count - 1 : children.count
        children.withUnsafeBufferPointer { buffer in
            guard let first = buffer.baseAddress else { return }
            for index in 0..<bodyCount { renderer.render(first + index, tightList: false) }
        }
        renderer.renderFootnotes(document)
        renderer.renderQuizAnswers()
        if endsWithReferences, let last = document.children.last {
            withUnsafePointer(to: last) { renderer.render($0, tightList: false) }
        }
        renderer.renderLinkPreviews()
        return renderer.out
    }

    /// Whether the document's last block is a chapter's own reference list.
    static func endsWithReferences(_ document: MarkdownNode) -> Bool {
        guard case .bibliography(let list) = document.children.last?.kind else { return false }
        return list.heading != nil
    }

    /// Renders inline content only, for titles and captions.
    public static func renderInline(_ nodes: [MarkdownNode], context: Context) -> String {
        var renderer = HTMLRenderer(context: context, footnotes: FootnoteNumbering(MarkdownNode(.document)))
        for node in nodes { withUnsafePointer(to: node) { renderer.render($0, tightList: false) } }
        return renderer.out
    }

    private init(context: Context, footnotes: FootnoteNumbering) {
        self.context = context
        self.footnotes = footnotes
    }

    // Nodes are passed by their address, read where they stand in the tree (see
    // `MarkdownNode.forEach`): copying each node on its way down was a few per cent of a build.
    mutating func renderChildren(_ node: UnsafePointer<MarkdownNode>, tightList: Bool) {
        node.forEachChild { render($0, tightList: tightList) }
    }

    mutating func render(_ node: UnsafePointer<MarkdownNode>, tightList: Bool) {
        switch node.pointee.kind {
        case .document:
            renderChildren(node, tightList: false)
        case .paragraph:
            if tightList {
                renderChildren(node, tightList: false)
            } else {
                out += "<p>"
                renderChildren(node, tightList: false)
                out += "</p>\n"
            }
        case .heading(let markdownLevel, let anchor, let classes):
            let level = context.bookPage?.headingLevel(markdownLevel) ?? markdownLevel
            let id = HTMLEscaping.escape(pageID(anchor ?? ""))
            out += "<h\(level) id=\"\(id)\""
            if !classes.isEmpty { out += " class=\"\(HTMLEscaping.escape(classes))\"" }
            out += ">"
            if let number = anchor.flatMap({ context.sectionNumbers[$0] }) { out += "<span class=\"section-number\">\(number)</span> " }
            renderChildren(node, tightList: false)
            out += " <a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a></h\(level)>\n"
        case .blockQuote:
            out += "<blockquote>\n"
            renderChildren(node, tightList: false)
            out += "</blockquote>\n"
        case .callout(let kind, let title, let fold):
            renderCallout(node, kind: kind, title: title, fold: fold)
        case .list(let ordered, let start, let tight):
            let tag = ordered ? "ol" : "ul"
            let isTaskList = node.pointee.children.contains { if case .item(task: .some) = $0.kind { return true }; return false }
            out += "<\(tag)"
            if ordered && start != 1 { out += " start=\"\(start)\"" }
            if isTaskList { out += " class=\"task-list\"" }
            out += ">\n"
            renderChildren(node, tightList: tight)
            out += "</\(tag)>\n"
        case .item(let task):
            out += "<li>"
            if let checked = task {
                out += "<input type=\"checkbox\" disabled" + (checked ? " checked" : "")
                out += " aria-label=\"" + (checked ? "Done" : "Not done") + "\"> "
            }
            renderChildren(node, tightList: tightList)
            out += "</li>\n"
        case .codeBlock(let info, let literal):
            out += CodeBlockHTML.render(info: info, literal: literal)
        case .highlightedCodeBlock(let info, let literal, let tokens):
            out += CodeBlockHTML.render(info: info, literal: literal, tokens: tokens)
        case .htmlBlock(let html):
            out += context.allowRawHTML ? TagFilter.filter(html) : "<p class=\"raw-html\">" + HTMLEscaping.escape(html) + "</p>\n"
        case .thematicBreak:
            out += "<hr>\n"
        case .table(let alignments):
            renderTable(node, alignments: alignments)
        case .tableRow, .tableCell:
            renderChildren(node, tightList: false)
        case .footnoteDefinition:
            break  // Rendered together at the end of the page.
        case .text(let text):
            out += HTMLEscaping.escape(text)
        case .softBreak:
            out += "\n"
        case .lineBreak:
            out += "<br>\n"
        case .code(let code):
            out += "<code>" + HTMLEscaping.escape(code) + "</code>"
        case .htmlInline(let html):
            out += context.allowRawHTML ? TagFilter.filter(html) : HTMLEscaping.escape(html)
        case .emphasis:
            wrap(node, "em")
        case .strong:
            wrap(node, "strong")
        case .strikethrough:
            wrap(node, "del")
        case .link(let destination, let title):
            openLink(href: HTMLEscaping.encodeURL(destination), title: title)
            renderChildren(node, tightList: false)
            out += "</a>"
        case .siteLink(let path, let fragment, let title):
            let href = siteHref(path: path, fragment: fragment)
            if let fragment, path != context.pagePath, context.bookPage == nil, let preview = context.linkPreviews[path + "#" + fragment],
               !previews.contains(where: { $0.href == href }) {
                previews.append((href, preview))
            }
            openLink(href: href, title: title)
            renderChildren(node, tightList: false)
            out += "</a>"
        case .image(let src, let title):
            renderImage(src: HTMLEscaping.encodeURL(src), title: title, alt: node.pointee.plainText)
        case .siteImage(let path, let title):
            renderImage(src: HTMLEscaping.encodeURL(context.rootPrefix + path), title: title, alt: node.pointee.plainText,
                        size: context.imageSizes[path])
        case .figure(let label, let number):
            renderFigure(node, label: label, number: number)
        case .captionedTable(let label, let number):
            renderCaptionedTable(node, label: label, number: number)
        case .crossReference(let label):
            out += HTMLEscaping.escape("@" + label)
        case .footnoteReference(let label):
            renderFootnoteReference(label)
        case .citation(let cluster):
            out += CitationHTML.cluster(cluster, href: { page, fragment in siteHref(path: page, fragment: fragment) }, id: pageID)
        case .rawHTML(let fragment, let block):
            renderRawHTML(fragment, block: block)
        case .math(let formula):
            renderMath(formula)
        case .definitionList:
            out += "<dl>\n"
            renderChildren(node, tightList: false)
            out += "</dl>\n"
        case .definitionTerm(let id):
            out += id.map { "<dt id=\"\(HTMLEscaping.escape(pageID($0)))\">" } ?? "<dt>"
            renderChildren(node, tightList: false)
            out += "</dt>\n"
        case .quiz(let id, let multiple):
            renderQuiz(node, id: id, multiple: multiple)
        case .quizChoice:
            renderChildren(node, tightList: false)  // Only inside a quiz, which renders its choices itself.
        case .definitionDetails:
            out += "<dd>"
            // One paragraph reads as a line under its term, as in a tight list.
            renderChildren(node, tightList: node.pointee.children.count == 1)
            out += "</dd>\n"
        case .bibliography(let list):
            out += CitationHTML.list(list, href: { page, fragment in siteHref(path: page, fragment: fragment) }, id: pageID,
                                     headingLevel: context.bookPage?.headingLevel(2) ?? 2)
        }
    }

    /// Sanitised raw HTML written back: attribute values double-quoted, links made relative to
    /// the page, ids prefixed on the print page; a block of text alone becomes a paragraph.
    private mutating func renderRawHTML(_ fragment: HTMLFragment, block: Bool) {
        let paragraph = block && !fragment.hasMarkup
        if paragraph, fragment.tokens.allSatisfy({ if case .text(let t) = $0 { return t.allSatisfy(\.isWhitespace) }; return false }) { return }
        if paragraph { out += "<p class=\"raw-html\">" }
        for token in fragment.tokens {
            switch token {
            case .text(let text):
                out += text.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            case .endTag(let name):
                out += "</\(name)>"
            case .startTag(let name, let attributes, let selfClosing):
                out += "<" + name
                for attribute in attributes {
                    out += " " + attribute.name + "=\""
                    switch attribute.value {
                    case .text(let value):
                        let shown = attribute.name == "id" ? context.bookPage.map { $0.id(value) } ?? value : value
                        out += shown.replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;")
                    case .site(let path, let fragment):
                        out += attribute.name == "src" ? HTMLEscaping.encodeURL(context.rootPrefix + path) : siteHref(path: path, fragment: fragment)
                    }
                    out += "\""
                }
                out += selfClosing ? " />" : ">"
            }
        }
        if paragraph { out += "</p>\n" } else if block, !out.hasSuffix("\n") { out += "\n" }
    }

    private mutating func wrap(_ node: UnsafePointer<MarkdownNode>, _ tag: String) {
        out += "<\(tag)>"
        renderChildren(node, tightList: false)
        out += "</\(tag)>"
    }

    private mutating func openLink(href: String, title: String) {
        out += "<a href=\"\(href)\""
        if !title.isEmpty { out += " title=\"\(HTMLEscaping.escape(title))\"" }
        out += ">"
    }

    /// The id an anchor gets on this page: itself, or prefixed with its chapter on the print page.
    func pageID(_ anchor: String) -> String {
        context.bookPage?.id(anchor) ?? anchor
    }

    func siteHref(path: String, fragment: String?) -> String {
        if let href = context.bookPage?.href(path: path, fragment: fragment) { return HTMLEscaping.encodeURL(href) }
        let hash = fragment.map { "#" + $0 } ?? ""
        if path == context.pagePath { return HTMLEscaping.encodeURL(hash) }  // `[x]()` is `href=""`, as cmark-gfm writes it.
        return HTMLEscaping.encodeURL(context.rootPrefix + path + hash)
    }

    private mutating func renderImage(src: String, title: String, alt: String, size: ImageSize? = nil) {
        out += "<img src=\"\(src)\" alt=\"\(HTMLEscaping.escape(alt))\""
        if !title.isEmpty { out += " title=\"\(HTMLEscaping.escape(title))\"" }
        if let size { out += " width=\"\(size.width)\" height=\"\(size.height)\"" }
        out += " loading=\"lazy\">"
    }

    /// MathML from the math stage; a block gets its own box (it scrolls sideways when wider than
    /// the page) and its number. Without MathML (the converter failed: the build reported it)
    /// the TeX is shown as code.
    private mutating func renderMath(_ formula: Formula) {
        let math = formula.mathML.isEmpty ? "<code class=\"math-source\">" + HTMLEscaping.escape(formula.source) + "</code>" : formula.mathML
        guard formula.block else {
            out += formula.display ? "<span class=\"math-display\">" + math + "</span>" : math
            return
        }
        out += "<div class=\"math-display\""
        if let label = formula.label { out += " id=\"\(HTMLEscaping.escape(pageID(label)))\"" }
        out += ">" + math
        if let number = formula.number { out += "<span class=\"equation-number\">(\(HTMLEscaping.escape(number)))</span>" }
        out += "</div>\n"
    }

    private mutating func renderFigure(_ node: UnsafePointer<MarkdownNode>, label: String?, number: String?) {
        guard let image = node.pointee.children.first else { return }
        out += label.map { "<figure id=\"\(HTMLEscaping.escape(pageID($0)))\">\n" } ?? "<figure>\n"
        withUnsafePointer(to: image) { image in
            if case .siteImage(let path, let title) = image.pointee.kind {
                // The figure opens full size on a tap (its text is small on a phone). The caption
                // says what the alt text would, so the image's own alt stays empty: a screen reader
                // hears the description once, and the link is named by the figure it opens.
                let src = HTMLEscaping.encodeURL(context.rootPrefix + path)
                let name = number.map { "Figure \($0), full size" } ?? "Figure, full size"
                out += "<a class=\"figure-full\" href=\"\(src)\" aria-label=\"\(name)\">"
                renderImage(src: src, title: title, alt: "", size: context.imageSizes[path])
                out += "</a>"
            } else {
                render(image, tightList: false)
            }
            out += "\n<figcaption>"
            if let number { out += "<span class=\"caption-number\">Figure \(number):</span> " }
            renderChildren(image, tightList: false)
        }
        out += "</figcaption>\n</figure>\n"
    }

    /// Caption above the table, as tables are captioned in print.
    private mutating func renderCaptionedTable(_ node: UnsafePointer<MarkdownNode>, label: String?, number: String?) {
        guard node.pointee.children.count == 2 else { return renderChildren(node, tightList: false) }
        let (table, caption) = (node.pointee.children[0], node.pointee.children[1])
        out += label.map { "<figure class=\"table-figure\" id=\"\(HTMLEscaping.escape(pageID($0)))\">\n" } ?? "<figure class=\"table-figure\">\n"
        out += "<figcaption>"
        if let number { out += "<span class=\"caption-number\">Table \(number):</span> " }
        withUnsafePointer(to: caption) { renderChildren($0, tightList: false) }
        out += "</figcaption>\n"
        withUnsafePointer(to: table) { render($0, tightList: false) }
        out += "</figure>\n"
    }

    private mutating func renderCallout(_ node: UnsafePointer<MarkdownNode>, kind: MarkdownNode.CalloutKind, title: String?,
                                        fold: MarkdownNode.CalloutFold?) {
        let name = kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
        let label = HTMLEscaping.escape(title ?? name)
        let heading = CalloutIcons.svg(kind) + "<span>\(label)</span>"
        if let fold {
            // Printed, a folded answer is shown: paper cannot be clicked.
            let open = fold == .open || context.bookPage != nil
            out += "<details class=\"callout callout-\(kind.rawValue)\"" + (open ? " open" : "") + ">\n"
            out += "<summary class=\"callout-title\">" + heading + "</summary>\n"
            renderChildren(node, tightList: false)
            out += "</details>\n"
            return
        }
        out += "<div class=\"callout callout-\(kind.rawValue)\" role=\"note\" aria-label=\"\(label)\">\n"
        out += "<p class=\"callout-title\">" + heading + "</p>\n"
        renderChildren(node, tightList: false)
        out += "</div>\n"
    }

    private mutating func renderTable(_ node: UnsafePointer<MarkdownNode>, alignments: [MarkdownNode.TableAlignment]) {
        out += "<div class=\"table-wrap\"><table>\n"
        var inBody = false
        node.forEachChild { row in
            guard case .tableRow(let header) = row.pointee.kind else { return }
            if header {
                out += "<thead>\n"
            } else if !inBody {
                out += "<tbody>\n"
                inBody = true
            }
            out += "<tr>"
            var index = 0
            row.forEachChild { cell in
                defer { index += 1 }
                let tag = header ? "th" : "td"
                out += "<\(tag)"
                switch index < alignments.count ? alignments[index] : .none {
                case .left: out += " class=\"align-left\""
                case .center: out += " class=\"align-center\""
                case .right: out += " class=\"align-right\""
                case .none: break
                }
                out += ">"
                renderChildren(cell, tightList: false)
                out += "</\(tag)>"
            }
            out += "</tr>\n"
            if header { out += "</thead>\n" }
        }
        if inBody { out += "</tbody>\n" }
        out += "</table></div>\n"
    }

    /// A note's mark: a, b, ... z, aa, ab, ...: letters, so that notes do not read as citation numbers.
    static func noteMark(_ number: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var n = number
        var mark = ""
        while n > 0 {
            let digit = (n - 1) % 26
            mark = String(letters[digit]) + mark
            n = (n - 1) / 26
        }
        return mark
    }
}
