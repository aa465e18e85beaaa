import Yams

/// Reads `book.yml` into a `BookConfig`, reporting unknown keys and wrong types at their place.
public struct BookConfigLoader: Sendable {
    static let knownKeys = [
        "title", "subtitle", "authors", "language", "description", "license", "repository", "edit_url",
        "bibliography", "citation_style", "csl", "citation_numbering", "numbering", "raw_html", "warn_uncited",
        "print_page", "search", "smart_punctuation", "math", "pdf", "identifier", "mastery_score", "packages",
    ]

    public init() {}

    public func parse(_ yaml: String, file: String, diagnostics: inout [Diagnostic]) -> BookConfig {
        let reader = YAMLReader(file: file)
        var config = BookConfig()
        guard let mapping = reader.rootMapping(yaml, diagnostics: &diagnostics) else { return config }
        var sawTitle = false
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "title":
                if let v = reader.string(value, key: key, diagnostics: &diagnostics) { config.title = v; sawTitle = true }
            case "subtitle":
                config.subtitle = reader.string(value, key: key, diagnostics: &diagnostics)
            case "authors":
                config.authors = reader.strings(value, key: key, diagnostics: &diagnostics) ?? []
            case "language":
                if let v = reader.string(value, key: key, diagnostics: &diagnostics) { config.language = v }
            case "description":
                config.description = reader.string(value, key: key, diagnostics: &diagnostics)
            case "license":
                config.license = reader.string(value, key: key, diagnostics: &diagnostics)
            case "repository":
                config.repository = reader.string(value, key: key, diagnostics: &diagnostics)
            case "edit_url":
                config.editURLTemplate = reader.string(value, key: key, diagnostics: &diagnostics)
            case "bibliography":
                config.bibliography = reader.strings(value, key: key, diagnostics: &diagnostics) ?? []
            case "citation_style":
                // Which names exist is the citation style loader's to say: styles can be installed.
                if let v = reader.string(value, key: key, diagnostics: &diagnostics) {
                    config.citationStyle = v
                    config.citationStyleLocation = reader.location(of: value)
                }
            case "csl":
                if let v = reader.string(value, key: key, diagnostics: &diagnostics) { config.csl = NamedPath(path: v, location: reader.location(of: value)) }
            case "citation_numbering":
                if let v = reader.string(value, key: key, diagnostics: &diagnostics) {
                    if let mode = BookConfig.CitationNumbering(rawValue: v) {
                        config.citationNumbering = mode
                    } else {
                        let names = BookConfig.CitationNumbering.allCases.map(\.rawValue)
                        diagnostics.append(.error("yaml-value", "unknown citation numbering '\(v)'; expected one of \(names.joined(separator: ", "))",
                                                  at: reader.location(of: value)))
                    }
                }
            case "numbering":
                if let v = reader.bool(value, key: key, diagnostics: &diagnostics) { config.numbering = v }
            case "warn_uncited":
                if let v = reader.bool(value, key: key, diagnostics: &diagnostics) { config.warnUncited = v }
            case "print_page":
                if let v = reader.bool(value, key: key, diagnostics: &diagnostics) { config.printPage = v }
            case "raw_html":
                if let v = reader.bool(value, key: key, diagnostics: &diagnostics) { config.allowRawHTML = v }
            case "packages":
                let known = ["epub", "scorm-1.2", "scorm-2004"]
                for name in reader.strings(value, key: key, diagnostics: &diagnostics) ?? [] {
                    if known.contains(name) {
                        if !config.packages.contains(name) { config.packages.append(name) }
                    } else {
                        diagnostics.append(.error("yaml-value", "unknown package '\(name)'; expected \(known.joined(separator: ", "))", at: reader.location(of: value)))
                    }
                }
            case "mastery_score":
                if let v = reader.string(value, key: key, diagnostics: &diagnostics) {
                    if let score = Int(v), (0...100).contains(score) {
                        config.masteryScore = score
                    } else {
                        diagnostics.append(.error("yaml-value", "mastery_score must be a whole number from 0 to 100", at: reader.location(of: value)))
                    }
                }
            case "identifier":
                config.identifier = reader.string(value, key: key, diagnostics: &diagnostics)
            case "pdf":
                if let v = reader.string(value, key: key, diagnostics: &diagnostics) { config.pdf = NamedPath(path: v, location: reader.location(of: value)) }
            case "smart_punctuation":
                if let v = reader.bool(value, key: key, diagnostics: &diagnostics) { config.markdown.smartPunctuation = v }
            case "math":
                // `math: false` reads `$` as a dollar sign everywhere (mdBook's `\\(` still works).
                if let v = reader.bool(value, key: key, diagnostics: &diagnostics) { config.markdown.dollarMath = v }
            case "search":
                config.searchSynonyms = SearchConfigReader(reader: reader).synonyms(value, diagnostics: &diagnostics)
            default:
                diagnostics.append(reader.unknownKey(key, node: keyNode, known: Self.knownKeys))
            }
        }
        if !sawTitle && !diagnostics.hasErrors {
            diagnostics.append(.error("book-missing-title", "book.yml has no 'title'", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return config
    }
}
