/// Converts the formulas of parsed chapters to MathML (after the parse stage, like highlighting):
/// every formula of the book goes to KaTeX in one batch; one that KaTeX cannot read is an error at
/// the place in the chapter where KaTeX stopped, with KaTeX's message. A book with no formula
/// starts no process.
public struct MathStage {
    let converter: KaTeXConverter

    public init(converter: KaTeXConverter) {
        self.converter = converter
    }

    public func apply(to chapters: inout [String: ParsedChapter], diagnostics: inout [Diagnostic]) {
        let paths = chapters.keys.sorted()
        var requests: [KaTeXConverter.Request] = []
        for path in paths { collect(chapters[path]!.document, into: &requests) }
        guard !requests.isEmpty else { return }
        _ = converter.convert(requests)  // One batch; each chapter below reads the cache.
        var reportedUnavailable = false
        for path in paths {
            var found: [Diagnostic] = []
            apply(to: &chapters[path]!, diagnostics: &found)
            for diagnostic in found where diagnostic.id != "math-unavailable" || !reportedUnavailable {
                diagnostics.append(diagnostic)
                if diagnostic.id == "math-unavailable" { reportedUnavailable = true }
            }
        }
    }

    /// One chapter (a save while serving), converting only formulas not seen before.
    public func apply(to chapter: inout ParsedChapter, diagnostics: inout [Diagnostic]) {
        var requests: [KaTeXConverter.Request] = []
        collect(chapter.document, into: &requests)
        guard !requests.isEmpty else { return }
        guard let answers = converter.convert(requests) else {
            var first: Formula?
            chapter.document.forEach { node in
                if first == nil, case .math(let formula) = node.pointee.kind { first = formula }
            }
            diagnostics.append(.error("math-unavailable", converter.unavailable ?? "formulas could not be converted",
                                      at: first.map { chapter.source.location(of: $0.range) }))
            return
        }
        var byRequest: [KaTeXConverter.Request: KaTeXConverter.Answer] = [:]
        for (request, answer) in zip(requests, answers) { byRequest[request] = answer }
        let source = chapter.source
        chapter.document.rewrite { node in
            guard case .math(var formula) = node.kind else { return }
            switch byRequest[Self.request(formula)] {
            case .mathML(let math)?:
                formula.mathML = math
                node.kind = .math(formula)
            case .error(let message, let position)?:
                diagnostics.append(.error("math-invalid", "this formula cannot be converted to MathML: \(message)",
                                          at: Self.location(of: position, in: formula, source: source)))
            case nil:
                break
            }
        }
    }

    static func request(_ formula: Formula) -> KaTeXConverter.Request {
        KaTeXConverter.Request(tex: formula.tex, display: formula.display)
    }

    private func collect(_ document: MarkdownNode, into requests: inout [KaTeXConverter.Request]) {
        document.forEach { node in
            if case .math(let formula) = node.pointee.kind { requests.append(Self.request(formula)) }
        }
    }

    /// Where KaTeX stopped, in the chapter: the formula's start, past its delimiter and the
    /// white space the TeX was trimmed of, then `position` characters into the TeX (lines counted).
    static func location(of position: Int?, in formula: Formula, source: ChapterSource) -> SourceLocation {
        var location = source.location(of: formula.range)
        guard let position else { return location }
        let delimiter = formula.source.hasPrefix("$$") ? 2 : formula.source.hasPrefix("$") ? 1 : 3
        let afterDelimiter = formula.source.utf8.dropFirst(delimiter)
        let leading = afterDelimiter.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") }
        let before = String(formula.tex.utf16.prefix(position)) ?? ""
        let lines = (String(decoding: leading, as: UTF8.self) + before).split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count > 1 {
            location.line += lines.count - 1
            location.column = lines.last!.utf8.count + 1
        } else {
            location.column += delimiter + leading.count + before.utf8.count
        }
        return location
    }
}
