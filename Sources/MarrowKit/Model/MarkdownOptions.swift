/// How a book's Markdown is read beyond GFM: typographic punctuation (curly quotes, dashes,
/// ellipses, by cmark-gfm's smart option) and `$` math (Pandoc's; mdBook's `\\(` is always read).
public struct MarkdownOptions: Sendable, Hashable {
    public var smartPunctuation = true
    public var dollarMath = true

    public init(smartPunctuation: Bool = true, dollarMath: Bool = true) {
        self.smartPunctuation = smartPunctuation
        self.dollarMath = dollarMath
    }
}
