import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The load stage's part for citation styles: `csl: FILE` in book.yml (under `content/`), or
/// `citation_style: NAME` among the styles `StyleCatalog` knows, parsed once per build. Every
/// failure is a located error; nil then, or when the default style is not available and the book
/// named none (the citation stage reports it if a page cites).
public struct CitationStyleLoader {
    let layout: ProjectLayout

    public init(layout: ProjectLayout) {
        self.layout = layout
    }

    public func load(_ config: BookConfig, diagnostics: inout [Diagnostic]) -> ReferenceStyle? {
        if let csl = config.csl { return loadFile(csl, language: config.language, diagnostics: &diagnostics) }
        let place = config.citationStyleLocation ?? SourceLocation(file: layout.displayPath(content: "book.yml"), line: 1, column: 1)
        guard let xml = StyleCatalog.styleText(config.citationStyle) else {
            guard config.citationStyleLocation != nil else { return nil }
            var message = "unknown citation style '\(config.citationStyle)'"
            let close = StyleCatalog.closeNames(to: config.citationStyle)
            message += close.isEmpty ? "; Marrow ships " + Self.shipped : "; did you mean " + close.map { "'\($0)'" }.joined(separator: ", ") + "?"
            diagnostics.append(.error("citation-style-unknown", message, at: place))
            return nil
        }
        return style(xml, name: config.citationStyle, file: nil, place: place, language: config.language, diagnostics: &diagnostics)
    }

    static var shipped: String {
        ["ama", "vancouver", "apa", "chicago-author-date", "harvard"].joined(separator: ", ")
            + " (and any style of citation-style-language-styles, when installed)"
    }

    private func loadFile(_ csl: NamedPath, language: String, diagnostics: inout [Diagnostic]) -> ReferenceStyle? {
        guard let normalised = ContentPath.normalise(csl.path) else {
            diagnostics.append(.error("path-outside-content", "csl file '\(csl.path)' is outside the content folder", at: csl.location))
            return nil
        }
        let url = layout.content.appendingPathComponent(normalised)
        guard FileManager.default.fileExists(atPath: url.path), ContentBoundary(root: layout.content).contains(url) else {
            var message = "csl file '\(csl.path)' does not exist"
            let candidates = ((try? ContentFiles(root: layout.content).list()) ?? []).filter { $0.hasSuffix(".csl") }
            let sameName = candidates.first { ($0 as NSString).lastPathComponent == (normalised as NSString).lastPathComponent }
            if let near = sameName ?? Suggestion.nearest(to: normalised, among: candidates) { message += "; did you mean '\(near)'?" }
            diagnostics.append(.error("csl-missing", message, at: csl.location))
            return nil
        }
        let display = layout.displayPath(url)
        guard let data = FileManager.default.contents(atPath: url.path), let xml = String(data: data, encoding: .utf8) else {
            diagnostics.append(.error("csl-encoding", "'\(display)' is not UTF-8 text", at: SourceLocation(file: display, line: 1, column: 1)))
            return nil
        }
        return style(xml, name: csl.path, file: display, place: csl.location, language: language, diagnostics: &diagnostics)
    }

    /// The style of `xml` (or of its independent parent), or a located error.
    private func style(_ xml: String, name: String, file: String?, place: SourceLocation, language: String,
                       diagnostics: inout [Diagnostic]) -> ReferenceStyle? {
        var text = xml
        var localeOverride: String?
        if let parent = StyleCatalog.independentParent(of: xml) {
            guard let parentText = StyleCatalog.styleText(parent) else {
                diagnostics.append(.error("csl-parent-missing", "'\(name)' is a dependent style of '\(parent)', which is not installed", at: place))
                return nil
            }
            localeOverride = (try? CSLStyle(xml: xml))?.defaultLocale
            text = parentText
        }
        // FoundationXML's document parser recovers from some errors; a style must be well-formed.
        if let file, let problem = Self.wellFormednessError(in: text, file: file) {
            diagnostics.append(.error("csl-malformed", "'\(name)' is not well-formed XML: \(problem.message)", at: problem.location))
            return nil
        }
        do {
            var style = try CSLStyle(xml: text)
            guard style.citation != nil else {
                diagnostics.append(.error("csl-invalid", "'\(name)' has no <citation> element", at: file.map { SourceLocation(file: $0, line: 1, column: 1) } ?? place))
                return nil
            }
            if let localeOverride { style.defaultLocale = localeOverride }
            return ReferenceStyle(name: name, style: style, xml: text, language: language)
        } catch {
            let where_ = file.map { Self.errorLocation(in: text, file: $0) } ?? place
            diagnostics.append(.error("csl-malformed", "'\(name)' is not a CSL style: \(error)", at: where_))
            return nil
        }
    }

    /// Where an XML parser stops in `text`: the line and column of a well-formedness error.
    static func errorLocation(in text: String, file: String) -> SourceLocation {
        wellFormednessError(in: text, file: file)?.location ?? SourceLocation(file: file, line: 1, column: 1)
    }

    /// The first well-formedness error of `text`, with its place, or nil. (On Linux `parse()`
    /// may return true after an error, so the delegate catches the first one where it occurs.)
    static func wellFormednessError(in text: String, file: String) -> (message: String, location: SourceLocation)? {
        let parser = XMLParser(data: Data(text.utf8))
        let catcher = XMLErrorCatcher()
        parser.delegate = catcher
        let finished = parser.parse()
        if let first = catcher.first {
            return (first.message, SourceLocation(file: file, line: max(1, first.line), column: max(1, first.column)))
        }
        guard !finished || parser.parserError != nil else { return nil }
        let code = (parser.parserError as NSError?)?.code ?? 0
        return (XMLErrorCatcher.describe(code), SourceLocation(file: file, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)))
    }
}

/// Keeps the first error an XML parser reports, with the line and column it had reached.
final class XMLErrorCatcher: NSObject, XMLParserDelegate {
    var first: (line: Int, column: Int, message: String)?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard first == nil else { return }
        first = (parser.lineNumber, parser.columnNumber, Self.describe((parseError as NSError).code))
    }

    /// Foundation's XML error codes in words (its own descriptions name only the number).
    static func describe(_ code: Int) -> String {
        switch code {
        case 4: return "the document is empty"
        case 5: return "the document ends before its elements are closed"
        case 9: return "a character that XML does not allow"
        case 23: return "an attribute value is not in quotes"
        case 26: return "an entity that is not defined"
        case 38, 39, 40, 41: return "a malformed attribute"
        case 64, 65: return "a malformed name"
        case 68: return "a name is expected"
        case 73: return "'>' is expected"
        case 76: return "an element is closed by the wrong end tag"
        case 85: return "the element is not closed"
        default: return "XML error \(code)"
        }
    }
}
