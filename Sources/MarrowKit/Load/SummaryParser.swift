import Foundation

/// Parses `SUMMARY.md` as mdBook's users write it: an optional `# Summary` title, prefix chapters
/// (links outside lists), `# Part` headings over nested lists of numbered chapters, suffix chapters,
/// and `[Title]()` drafts.
public struct SummaryParser {
    private let parser: MarkdownParser

    public init(parser: MarkdownParser = MarkdownParser()) {
        self.parser = parser
    }

    public func parse(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> Summary {
        let document = parser.parse(text)
        var summary = Summary()
        var blocks = document.children[...]
        if let first = blocks.first, case .heading = first.kind, summary.parts.isEmpty {
            // The first heading is the book's title in mdBook, unless it introduces a list directly.
            if first.plainText.trimmingCharacters(in: .whitespaces).lowercased() == "summary" { blocks = blocks.dropFirst() }
        }
        var pendingPartTitle: String?? = nil
        for block in blocks {
            switch block.kind {
            case .heading:
                pendingPartTitle = .some(block.plainText.trimmingCharacters(in: .whitespaces))
            case .list:
                let chapters = links(inList: block, file: file, diagnostics: &diagnostics)
                if let title = pendingPartTitle {
                    summary.parts.append(SummaryPart(title: title, chapters: chapters))
                    pendingPartTitle = nil
                } else if !summary.parts.isEmpty {
                    summary.parts[summary.parts.count - 1].chapters += chapters
                } else {
                    summary.parts.append(SummaryPart(title: nil, chapters: chapters))
                }
            case .paragraph:
                let found = standaloneLinks(in: block, file: file, diagnostics: &diagnostics)
                if summary.parts.isEmpty && pendingPartTitle == nil {
                    summary.prefix += found
                } else {
                    summary.suffix += found
                }
            case .thematicBreak:
                continue
            default:
                diagnostics.append(.error("summary-syntax", "SUMMARY.md may hold only headings, links and lists of links",
                                          at: location(block.range, file: file)))
            }
        }
        if let title = pendingPartTitle, let name = title {
            summary.parts.append(SummaryPart(title: name, chapters: []))
        }
        return summary
    }

    private func links(inList list: MarkdownNode, file: String, diagnostics: inout [Diagnostic]) -> [SummaryLink] {
        var result: [SummaryLink] = []
        for item in list.children {
            var entry: SummaryLink?
            var nested: [SummaryLink] = []
            for block in item.children {
                switch block.kind {
                case .paragraph where entry == nil:
                    entry = link(in: block, file: file, diagnostics: &diagnostics)
                case .list:
                    nested += links(inList: block, file: file, diagnostics: &diagnostics)
                default:
                    diagnostics.append(.error("summary-syntax", "a SUMMARY.md list item must be a single [Title](path.md) link",
                                              at: location(block.range, file: file)))
                }
            }
            if var entry {
                entry.children = nested
                result.append(entry)
            } else if item.children.isEmpty {
                diagnostics.append(.error("summary-syntax", "empty list item in SUMMARY.md", at: location(item.range, file: file)))
            }
        }
        return result
    }

    private func standaloneLinks(in paragraph: MarkdownNode, file: String, diagnostics: inout [Diagnostic]) -> [SummaryLink] {
        var result: [SummaryLink] = []
        for node in paragraph.children {
            switch node.kind {
            case .link:
                if let entry = makeLink(node, fallback: paragraph.range, file: file, diagnostics: &diagnostics) { result.append(entry) }
            case .softBreak, .lineBreak:
                continue
            case .text(let s) where s.trimmingCharacters(in: .whitespaces).isEmpty:
                continue
            default:
                diagnostics.append(.error("summary-syntax", "expected a [Title](path.md) link", at: location(paragraph.range, file: file)))
                return result
            }
        }
        return result
    }

    private func link(in paragraph: MarkdownNode, file: String, diagnostics: inout [Diagnostic]) -> SummaryLink? {
        let meaningful = paragraph.children.filter {
            if case .text(let s) = $0.kind { return !s.trimmingCharacters(in: .whitespaces).isEmpty }
            return true
        }
        guard meaningful.count == 1, case .link = meaningful[0].kind else {
            diagnostics.append(.error("summary-syntax", "a SUMMARY.md list item must be a single [Title](path.md) link",
                                      at: location(paragraph.range, file: file)))
            return nil
        }
        return makeLink(meaningful[0], fallback: paragraph.range, file: file, diagnostics: &diagnostics)
    }

    private func makeLink(_ node: MarkdownNode, fallback: SourceRange, file: String, diagnostics: inout [Diagnostic]) -> SummaryLink? {
        guard case .link(let destination, _) = node.kind else { return nil }
        let range = node.range.startLine > 0 ? node.range : fallback
        let loc = location(range, file: file)
        let title = node.plainText.trimmingCharacters(in: .whitespaces)
        if destination.isEmpty { return SummaryLink(title: title, path: nil, location: loc) }
        let decoded = destination.removingPercentEncoding ?? destination
        guard let path = ContentPath.normalise(decoded) else {
            diagnostics.append(.error("summary-path-outside", "'\(destination)' leaves the content folder", at: loc))
            return nil
        }
        guard path.hasSuffix(".md") else {
            diagnostics.append(.error("summary-not-markdown", "'\(destination)' is not a Markdown (.md) file", at: loc))
            return nil
        }
        return SummaryLink(title: title, path: path, location: loc)
    }

    private func location(_ range: SourceRange, file: String) -> SourceLocation {
        SourceLocation(file: file, line: max(range.startLine, 1), column: max(range.startColumn, 1))
    }
}
