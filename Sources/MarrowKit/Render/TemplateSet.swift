import Mustache

/// The theme's Mustache templates, compiled once; syntax errors become diagnostics naming the
/// template file and line.
public struct TemplateSet {
    public static let required = ["page", "contents", "404"]
    private let library: MustacheLibrary
    /// The names of the theme's templates, for the optional ones (`print`, `search`).
    public let names: Set<String>

    public init?(theme: Theme, templatesDisplayPath: String, diagnostics: inout [Diagnostic]) {
        var library = MustacheLibrary()
        var ok = true
        for name in theme.templates.keys.sorted() {
            let file = "\(templatesDisplayPath)/\(name).mustache"
            do {
                library.register(try MustacheTemplate(string: Self.escaping + theme.templates[name]!), named: name)
            } catch let error as MustacheTemplate.ParserError {
                // The line of `escaping` comes before the theme's first line.
                diagnostics.append(.error("template-syntax", "template '\(name)': \(Self.describe(error.error))",
                                          at: SourceLocation(file: file, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber)))
                ok = false
            } catch {
                diagnostics.append(.error("template-syntax", "template '\(name)': \(error)", at: SourceLocation(file: file, line: 0, column: 0)))
                ok = false
            }
        }
        for name in Self.required where theme.templates[name] == nil {
            diagnostics.append(.error("template-missing", "the theme has no '\(name).mustache' template",
                                      at: SourceLocation(file: templatesDisplayPath, line: 0, column: 0)))
            ok = false
        }
        guard ok else { return nil }
        self.library = library
        names = Set(theme.templates.keys)
    }

    /// `{{name}}` escapes exactly as swift-mustache's HTML content type does (the same five
    /// characters, the same entities) but on UTF-8 bytes: the library's looks each `Character` up
    /// in a dictionary, about a twentieth of a build. A template's content type can only be chosen
    /// by a pragma in its text, so each template is given one on a line of its own before its
    /// first line (a standalone tag: it leaves no trace in the output); a theme's own pragma
    /// still wins, coming after it. Byte-wise is also stricter: a quote followed by a combining
    /// mark is one `Character`, which the library's escaping lets through unescaped.
    static let escaping: String = {
        MustacheContentTypes.register(ByteHTMLContentType(), named: "MARROW_HTML")
        return "{{% CONTENT_TYPE: MARROW_HTML }}\n"
    }()

    private struct ByteHTMLContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
    }

    private static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not closed"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "malformed set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inherited section"
        case .illegalTokenInsideInheritSection: return "illegal tag inside an inherited partial"
        case .textInsideInheritSection: return "text inside an inherited partial"
        case .invalidConfigVariableSyntax: return "malformed configuration tag"
        case .unrecognisedConfigVariable: return "unknown configuration tag"
        }
    }

    public func render(_ view: Any, template: String) -> String {
        library.render(view, withTemplate: template) ?? ""
    }
}
