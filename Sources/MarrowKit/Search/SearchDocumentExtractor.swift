/// Cuts one resolved page into search documents, one per heading (and one for the text before
/// the first heading), from its parsed tree. A pure function of the page, so that an
/// incremental build can keep the documents of pages that did not change.
public enum SearchDocumentExtractor {
    public static func documents(of page: ResolvedPage) -> [SearchDocument] {
        let chapter = (page.number.map { "\($0) " } ?? "") + page.title
        var numbers: [String: String] = [:]
        for heading in page.chapter.headings { numbers[heading.anchor] = heading.number }
        var docs = [SearchDocument(url: page.outputPath, chapter: chapter, section: nil, titleText: page.title,
                                   headingText: "", bodyText: "")]
        page.chapter.document.forEachChild { block in
            if case .definitionList = block.pointee.kind {
                // A term with an anchor is found like a heading and leads to its entry; the
                // others weigh as headings in the section they stand in.
                block.forEachChild { entry in
                    if case .definitionTerm(let id) = entry.pointee.kind {
                        let term = entry.pointee.plainText
                        if let id {
                            docs.append(SearchDocument(url: "\(page.outputPath)#\(id)", chapter: chapter, section: term,
                                                       titleText: "", headingText: term, bodyText: ""))
                        } else {
                            docs[docs.count - 1].headingText += (docs[docs.count - 1].headingText.isEmpty ? "" : " ") + term
                        }
                    } else {
                        let last = docs.count - 1
                        if !docs[last].bodyText.isEmpty { docs[last].bodyText += " " }
                        appendText(of: entry, to: &docs[last].bodyText)
                    }
                }
                return
            }
            if case .heading(_, let anchor?, _) = block.pointee.kind {
                let text = block.pointee.plainText
                let label = numbers[anchor].map { "\($0) \(text)" } ?? text
                docs.append(SearchDocument(url: "\(page.outputPath)#\(anchor)", chapter: chapter, section: label,
                                           titleText: "", headingText: text, bodyText: ""))
                return
            }
            let last = docs.count - 1
            if !docs[last].bodyText.isEmpty { docs[last].bodyText += " " }
            appendText(of: block, to: &docs[last].bodyText)
        }
        let boost = page.chapter.source.frontMatter.searchBoost
        for index in docs.indices {
            docs[index].bodyText = UTF8Bytes.collapsingWhitespace(docs[index].bodyText)
            docs[index].boost = boost
        }
        return docs
    }

    /// The words a reader sees, with a space wherever blocks, cells or lines meet.
    private static func appendText(of node: UnsafePointer<MarkdownNode>, to out: inout String) {
        switch node.pointee.kind {
        case .text(let s), .code(let s):
            out += s
        case .codeBlock(_, let literal), .highlightedCodeBlock(_, let literal, _):
            out += " "
            out += literal
            out += " "
        case .softBreak, .lineBreak:
            out += " "
        case .quizChoice:
            // A choice is found by its text; its feedback, the answer, is not indexed.
            out += " "
            if let text = node.pointee.children.first { withUnsafePointer(to: text) { appendText(of: $0, to: &out) } }
            out += " "
        case .math(let formula):
            // Found by its TeX ("frac", "mL"), as the author wrote it.
            out += " "
            out += formula.tex
            out += " "
        case .footnoteReference, .htmlInline, .htmlBlock, .citation, .bibliography, .crossReference, .thematicBreak:
            break
        case .rawHTML(let fragment, _):
            out += " "
            for case .text(let text) in fragment.tokens { out += HTMLEntities.decode(text) }
            out += " "
        case .callout(let kind, let title, _):
            out += " "
            out += title ?? kind.rawValue.capitalized
            out += " "
            node.forEachChild { appendText(of: $0, to: &out) }
        case .tableRow:
            // "Site · Needle. Humerus · 45 mm.": a snippet does not run cells and rows together.
            out += " "
            var first = true
            node.forEachChild { cell in
                if !first { out += " · " }
                first = false
                appendText(of: cell, to: &out)
            }
            while out.last == " " { out.removeLast() }
            if let last = out.last, !".!?:;".contains(last) { out += "." }
            out += " "
        case .paragraph, .heading, .item, .tableCell, .blockQuote, .footnoteDefinition:
            out += " "
            node.forEachChild { appendText(of: $0, to: &out) }
            out += " "
        default:
            node.forEachChild { appendText(of: $0, to: &out) }
        }
    }
}
