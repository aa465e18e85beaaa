import Foundation
import CCmarkGFM

/// The only place that touches cmark-gfm: parses GFM Markdown into `MarkdownNode` values.
/// A parser keeps nothing between parses, so one may serve many threads at once (cmark-gfm's own
/// shared state is guarded below).
public final class MarkdownParser {
    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]
    /// cmark-gfm registers its extensions in a process-wide list behind an unguarded flag, so two
    /// threads making their first parser at once could both append to it. A Swift `static let` is
    /// initialised exactly once, whatever the threads: registration and look-up happen here only.
    private static let extensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        return extensionNames.compactMap { cmark_find_syntax_extension($0) }
    }()
    private static let inlineLock = NSLock()
    private let options: Int32
    private let attached: [OpaquePointer]

    /// Every GFM extension and footnotes, as books are written; `smartPunctuation` turns straight
    /// quotes, `--`, `---` and `...` into typographic ones (never in code or URLs: cmark-gfm's own option).
    public init(smartPunctuation: Bool = false) {
        options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8 | (smartPunctuation ? CMARK_OPT_SMART : 0)
        attached = Self.extensions
    }

    /// Only the named extensions (of `table`, `strikethrough`, `autolink`, `tasklist`, `tagfilter`),
    /// footnotes as asked: cmark-gfm's spec examples each name the extensions they are run with.
    public init(extensions names: [String], footnotes: Bool) {
        options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | (footnotes ? CMARK_OPT_FOOTNOTES : 0)
        attached = zip(Self.extensionNames, Self.extensions).filter { names.contains($0.0) }.map(\.1)
    }

    /// Deeper trees are cut here: every later stage walks the tree recursively, and a hostile
    /// file of 10,000 nested quotes must not exhaust a thread's stack.
    public static let maximumDepth = 100

    /// The parsed tree, and where it was cut for being nested too deeply (nil when it was not).
    /// Where it was cut is handed back, not kept in the parser: the parse stage shares one parser
    /// between threads.
    public func parseReportingDepth(_ text: String) -> (document: MarkdownNode, cutAt: SourceRange?) {
        guard let parser = cmark_parser_new(options) else { return (MarkdownNode(.document), nil) }
        defer { cmark_parser_free(parser) }
        for ext in attached { cmark_parser_attach_syntax_extension(parser, ext) }
        var text = text
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        // Inline parsing adds the extensions' characters to a table cmark-gfm keeps for the whole
        // process and takes them out when it is done (github/cmark-gfm#176): two parsers finishing at
        // once make one miss `~~strike~~` and autolinks. Block parsing (above) needs no lock.
        guard let root = Self.inlineLock.withLock({ cmark_parser_finish(parser) }) else { return (MarkdownNode(.document), nil) }
        defer { cmark_node_free(root) }
        var cutAt: SourceRange?
        let document = convert(root, depth: 0, cutAt: &cutAt)
        return (relabelFootnoteReferences(document, source: text), cutAt)
    }

    public func parse(_ text: String) -> MarkdownNode {
        parseReportingDepth(text).document
    }

    /// cmark-gfm replaces a reference's label by the number of its definition, and moves the
    /// referenced definitions to the end in that order; give references their labels back.
    /// cmark-gfm does not expose a definition's label, so it is read back from the source at the
    /// definition's position (`[^label]:`).
    private func relabelFootnoteReferences(_ document: consuming MarkdownNode, source: String) -> MarkdownNode {
        var lines: [ArraySlice<UInt8>]?
        var labels: [String] = []
        for index in document.children.indices {
            guard case .footnoteDefinition = document.children[index].kind else { continue }
            if lines == nil { lines = Array(source.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) }
            let label = Self.definitionLabel(at: document.children[index].range, in: lines!)
            document.children[index].kind = .footnoteDefinition(label: label)
            labels.append(label)
        }
        guard !labels.isEmpty else { return document }
        document.rewrite { node in
            guard case .footnoteReference(let number) = node.kind, let n = Int(number), n >= 1, n <= labels.count else { return }
            node.kind = .footnoteReference(label: labels[n - 1])
        }
        return document
    }

    private func convert(_ node: OpaquePointer, depth: Int, cutAt: inout SourceRange?) -> MarkdownNode {
        var children: [MarkdownNode] = []
        var child = depth < Self.maximumDepth ? cmark_node_first_child(node) : nil
        if depth >= Self.maximumDepth, cutAt == nil, cmark_node_first_child(node) != nil { cutAt = range(of: node) }
        while let current = child {
            let converted = convert(current, depth: depth + 1, cutAt: &cutAt)
            // cmark splits text at brackets and other delimiters; later stages want it whole.
            if case .text(let more) = converted.kind, let last = children.last, case .text(let text) = last.kind {
                children[children.count - 1] = MarkdownNode(.text(text + more), range: SourceRange(
                    startLine: last.range.startLine, startColumn: last.range.startColumn,
                    endLine: converted.range.endLine, endColumn: converted.range.endColumn))
            } else {
                children.append(converted)
            }
            child = cmark_node_next(current)
        }
        return MarkdownNode(kind(of: node), children: children, range: range(of: node))
    }

    private func range(of node: OpaquePointer) -> SourceRange {
        SourceRange(startLine: Int(cmark_node_get_start_line(node)), startColumn: Int(cmark_node_get_start_column(node)),
                    endLine: Int(cmark_node_get_end_line(node)), endColumn: Int(cmark_node_get_end_column(node)))
    }

    /// cmark reports where the definition's content starts; its `[^label]:` is on that line or above.
    private static func definitionLabel(at range: SourceRange, in lines: [ArraySlice<UInt8>]) -> String {
        var lineNumber = min(range.startLine, lines.count)
        while lineNumber >= 1 {
            let line = lines[lineNumber - 1].drop { $0 == UInt8(ascii: " ") }
            if line.starts(with: [UInt8(ascii: "["), UInt8(ascii: "^")]),
               let close = line.indices.first(where: { $0 + 1 < line.endIndex && line[$0] == UInt8(ascii: "]") && line[$0 + 1] == UInt8(ascii: ":") }) {
                return String(decoding: line[(line.startIndex + 2)..<close], as: UTF8.self)
            }
            lineNumber -= 1
        }
        return ""
    }

    private func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)), anchor: nil)
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                         start: Int(cmark_node_get_list_start(node)),
                         tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM:
            if typeString(node) == "tasklist" {
                return .item(task: cmark_gfm_extensions_get_tasklist_item_checked(node))
            }
            return .item(task: nil)
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal(node))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal(node))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition(label: literal(node))
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(literal(node))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference(label: literal(node))
        default:
            return extensionKind(of: node)
        }
    }

    private func extensionKind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch typeString(node) {
        case "table": return .table(alignments: alignments(of: node))
        case "table_header": return .tableRow(header: true)
        case "table_row": return .tableRow(header: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        default: return .text(literal(node))
        }
    }

    private func alignments(of table: OpaquePointer) -> [MarkdownNode.TableAlignment] {
        let count = Int(cmark_gfm_extensions_get_table_columns(table))
        guard let raw = cmark_gfm_extensions_get_table_alignments(table) else {
            return Array(repeating: .none, count: count)
        }
        return (0..<count).map { index in
            switch UInt8(raw[index]) {
            case UInt8(ascii: "l"): return .left
            case UInt8(ascii: "c"): return .center
            case UInt8(ascii: "r"): return .right
            default: return .none
            }
        }
    }

    private func typeString(_ node: OpaquePointer) -> String {
        string(cmark_node_get_type_string(node))
    }

    private func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
