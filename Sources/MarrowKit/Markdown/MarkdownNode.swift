/// A Markdown tree as Swift values: what cmark-gfm parsed, with no C pointer left in it.
/// Later stages rewrite it into new trees (heading anchors, callouts, figures, resolved links).
public struct MarkdownNode: Sendable, Hashable {
    public var kind: Kind
    public var children: [MarkdownNode]
    public var range: SourceRange

    public init(_ kind: Kind, children: [MarkdownNode] = [], range: SourceRange = .unknown) {
        self.kind = kind
        self.children = children
        self.range = range
    }

    public enum TableAlignment: Sendable, Hashable {
        case none, left, center, right
    }

    public enum CalloutKind: String, Sendable, Hashable, CaseIterable {
        case note, tip, important, warning, caution
    }

    public enum CalloutFold: Sendable, Hashable {
        case folded, open
    }

    /// Cases whose payload is larger than one string are `indirect` (boxed); the rest, text above
    /// all, are stored in the node itself, which saves an allocation for most nodes.
    public enum Kind: Sendable, Hashable {
        // Blocks, as cmark-gfm parses them.
        case document
        case paragraph
        indirect case heading(level: Int, anchor: String?, classes: String = "")
        case blockQuote
        indirect case list(ordered: Bool, start: Int, tight: Bool)
        case item(task: Bool?)
        indirect case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case thematicBreak
        case table(alignments: [TableAlignment])
        case tableRow(header: Bool)
        case tableCell
        case footnoteDefinition(label: String)
        // Inlines.
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case strikethrough
        indirect case link(destination: String, title: String)
        indirect case image(source: String, title: String)
        case footnoteReference(label: String)
        // Produced by Marrow's rewriters, never by the parser.
        /// A GitHub alert; `title` replaces the kind's name, and a foldable one (`[!TIP]- Answer`,
        /// as Obsidian writes it) is closed (`folded`) or open until the reader toggles it.
        indirect case callout(CalloutKind, title: String?, fold: CalloutFold?)
        /// An image alone in its paragraph (the first child), with an optional `{#fig-...}` label
        /// and, once resolved, its number.
        indirect case figure(label: String?, number: String?)
        /// A table (first child) with its caption (second child, a paragraph), from `Table: ... {#tbl-...}`.
        indirect case captionedTable(label: String?, number: String?)
        /// `@fig-x`, `@tbl-x` or `@sec-x` in the text, resolved into a link by the resolve stage.
        case crossReference(label: String)
        /// A link inside the site: a path from the site root (may be empty for "this page") and a fragment.
        indirect case siteLink(path: String, fragment: String?, title: String)
        indirect case siteImage(path: String, title: String)
        /// A citation, numbered by the citation stage.
        indirect case citation(CitationCluster)
        /// A list of references: a chapter's own, or the whole bibliography.
        indirect case bibliography(ReferenceList)
        /// A code block with its tokens coloured (`HighlightStage`).
        indirect case highlightedCodeBlock(info: String, literal: String, tokens: [CodeToken])
        /// Raw HTML after the sanitiser (a block, or inline inside a paragraph).
        indirect case rawHTML(HTMLFragment, block: Bool)
        /// A formula (`MathScanner`), inline or displayed; a displayed one alone in its paragraph is a block.
        indirect case math(Formula)
        /// Pandoc's definition list (`DefinitionListRewriter`): terms, each followed by its definitions.
        case definitionList
        indirect case definitionTerm(id: String?)
        case definitionDetails
        /// A scored self-check question (`QuizRewriter`): the question (a paragraph), then its choices.
        indirect case quiz(id: String, multiple: Bool)
        /// One choice of a quiz: its text (a paragraph), then its feedback.
        case quizChoice(correct: Bool)
    }
}

extension MarkdownNode {
    /// The text a reader sees, without markup: for titles, alt text, slugs and the search index.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    private func appendPlainText(to out: inout String) {
        switch kind {
        case .text(let s), .code(let s):
            out += s
        case .softBreak, .lineBreak:
            out += " "
        case .footnoteReference, .htmlInline:
            break
        case .math(let formula):
            out += formula.tex
        case .rawHTML(let fragment, _):
            for case .text(let text) in fragment.tokens { out += HTMLEntities.decode(text) }
        default:
            for child in children { child.appendPlainText(to: &out) }
        }
    }

    /// Depth-first visit of every node, parents before children, each seen where it stands:
    /// handing a node to a closure as a value copies it (a retain of its children and payload, and
    /// a release after), since the compiler cannot tell that the closure leaves the tree alone;
    /// over every node of every tree that was a few per cent of a build. `body` reads the node
    /// through the pointer, valid during the call only, and copies out only what it keeps.
    public func forEach(_ body: (UnsafePointer<MarkdownNode>) throws -> Void) rethrows {
        try withUnsafePointer(to: self) { try Self.visit($0, body) }
    }

    private static func visit(_ node: UnsafePointer<MarkdownNode>, _ body: (UnsafePointer<MarkdownNode>) throws -> Void) rethrows {
        try body(node)
        try node.forEachChild { try visit($0, body) }
    }

    /// Each child seen where it stands, as in `forEach`: `for child in children` would copy every
    /// node it visits (retaining its payload and children), on every walk of every tree.
    public func forEachChild(_ body: (UnsafePointer<MarkdownNode>) throws -> Void) rethrows {
        try withUnsafePointer(to: self) { try $0.forEachChild(body) }
    }
}

extension UnsafePointer where Pointee == MarkdownNode {
    /// The children of the node pointed to, each by its address. Only the children array is
    /// copied (one retain): calling a method on `pointee` would copy the whole node first.
    public func forEachChild(_ body: (UnsafePointer<MarkdownNode>) throws -> Void) rethrows {
        let children = pointee.children
        try children.withUnsafeBufferPointer { children in
            guard let first = children.baseAddress else { return }
            for index in 0..<children.count { try body(first + index) }
        }
    }
}
