/// A run of highlighted code in one category: `k` keyword, `s` string, `c` comment, `n` number or
/// literal, `f` function, `t` type, `b` builtin, `a` attribute or preprocessor, `g` tag, `p` prompt,
/// `d` deleted, `i` inserted, or "" for plain text. The theme gives each category its colour.
public struct CodeToken: Sendable, Hashable {
    public var category: String
    public var text: String

    public init(category: String, text: String) {
        self.category = category
        self.text = text
    }
}
