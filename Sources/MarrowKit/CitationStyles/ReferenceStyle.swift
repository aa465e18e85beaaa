/// A citation style ready to use: its CSL processor, and what the citation stage needs to know
/// of it to place citations and lists.
public struct ReferenceStyle: Sendable {
    /// The name the book chose (`ama`) or its CSL file's path, for messages.
    public let name: String
    public let processor: CSLProcessor
    /// Citations are numbers (the citation layout uses `citation-number`): lists are numbered.
    public let isNumeric: Bool
    /// Citations are superscript (`vertical-align="sup"` on the citation layout): they attach to
    /// the word before them, as pandoc sets them.
    public let isSuperscript: Bool
    /// The style's text and language: the same identity formats the same references.
    let identity: String

    /// `xml` is the style's CSL (an independent style); `language` is used when the style names no default locale.
    public init(name: String, style: CSLStyle, xml: String, language: String?) {
        self.name = name
        let locale = style.defaultLocale ?? language
        processor = CSLProcessor(style: style, language: locale, localeText: StyleCatalog.localeText)
        isNumeric = Self.uses("citation-number", in: style.citation?.layout.children ?? [], macros: style.macros)
        isSuperscript = style.citation?.layout["vertical-align"] == "sup"
        identity = (locale ?? "") + "\u{1}" + xml
    }

    /// Whether `elements` (and the macros they call) render `variable`.
    static func uses(_ variable: String, in elements: [CSLElement], macros: [String: [CSLElement]], seen: Set<String> = []) -> Bool {
        for element in elements {
            if element["variable"]?.split(separator: " ").contains(Substring(variable)) == true { return true }
            if let macro = element["macro"], !seen.contains(macro), let body = macros[macro],
               uses(variable, in: body, macros: macros, seen: seen.union([macro])) { return true }
            if uses(variable, in: element.children, macros: macros, seen: seen) { return true }
        }
        return false
    }
}
