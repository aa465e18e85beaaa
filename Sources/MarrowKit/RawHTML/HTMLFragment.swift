/// Raw HTML from a chapter after the sanitiser: what may reach the page, as tokens, so that the
/// resolve stage can check and rewrite its links and the renderer can write it back safely.
public struct HTMLFragment: Sendable, Hashable {
    public enum Token: Sendable, Hashable {
        /// Text between tags, as HTML (entities are kept; `<` and `>` are escaped when written).
        case text(String)
        case startTag(name: String, attributes: [Attribute], selfClosing: Bool)
        case endTag(name: String)
    }

    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: Value

        public init(name: String, value: Value) {
            self.name = name
            self.value = value
        }
    }

    public enum Value: Sendable, Hashable {
        /// As written, entities and all (written back inside double quotes).
        case text(String)
        /// A page or file of the site, from its root; the renderer makes it relative to the page.
        case site(path: String, fragment: String?)
    }

    public var tokens: [Token]

    public init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Whether anything but text remains: a block of plain text is wrapped in a paragraph.
    public var hasMarkup: Bool {
        tokens.contains { if case .startTag = $0 { return true } else if case .endTag = $0 { return true } else { return false } }
    }
}
