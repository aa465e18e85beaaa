/// A formula as the author wrote it (`$...$`, `$$...$$`, mdBook's `\\(...\\)` and `\\[...\\]`):
/// its TeX, whether it is displayed, where it starts in the chapter's body, the `{#eq-...}`
/// label of a displayed one; its number and MathML once the later stages gave them.
public struct Formula: Sendable, Hashable {
    public var tex: String
    public var display: Bool
    /// The formula exactly as written, delimiters included: what a code span that held it shows.
    public var source: String
    public var range: SourceRange
    public var label: String?
    /// A displayed formula alone in its paragraph: a block of its own, numbered when labelled.
    public var block = false
    public var number: String?
    public var mathML = ""

    public init(tex: String, display: Bool, source: String, range: SourceRange, label: String? = nil) {
        self.tex = tex
        self.display = display
        self.source = source
        self.range = range
        self.label = label
    }
}
