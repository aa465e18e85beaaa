/// A bibliography file as loaded: its path under `content/`, its display path and its text.
public struct BibliographyFile: Sendable, Hashable {
    public var path: String
    public var displayPath: String
    public var text: String

    public init(path: String, displayPath: String, text: String) {
        self.path = path
        self.displayPath = displayPath
        self.text = text
    }
}

/// Every entry of the book's bibliography files, by key.
public struct Bibliography: Sendable, Hashable {
    public private(set) var entries: [String: BibEntry] = [:]
    /// Keys in the order the files define them.
    public private(set) var keys: [String] = []

    public init() {}

    /// Reads BibTeX (`.bib`) or CSL-JSON (`.json`) files; a key defined twice is an error at both places.
    public init(files: [BibliographyFile], diagnostics: inout [Diagnostic]) {
        for file in files {
            for entry in Self.read(file, diagnostics: &diagnostics) { add(entry, diagnostics: &diagnostics) }
        }
    }

    public static func read(_ file: BibliographyFile, diagnostics: inout [Diagnostic]) -> [BibEntry] {
        if file.path.lowercased().hasSuffix(".json") {
            return CSLJSONReader(file: file.displayPath).read(file.text, diagnostics: &diagnostics)
        }
        var parser = BibTeXParser(file.text, file: file.displayPath)
        let raw = parser.parse(diagnostics: &diagnostics)
        let byKey = Dictionary(raw.map { ($0.key.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        return raw.map { entry in
            if BibTeXToCSL.types[entry.type] == nil {
                diagnostics.append(.warning("bibtex-unknown-type", "unknown entry type '@\(entry.type)' for '\(entry.key)'; formatted as a document",
                                            at: entry.location))
            }
            return BibEntry(key: entry.key, item: BibTeXToCSL.item(from: BibTeXToCSL.inherit(entry, from: byKey)), location: entry.location)
        }
    }

    public mutating func add(_ entry: BibEntry, diagnostics: inout [Diagnostic]) {
        if let first = entries[entry.key] {
            diagnostics.append(.error("citation-duplicate-key", "citation key '\(entry.key)' is defined twice (also at \(Self.place(entry.location)))",
                                      at: first.location))
            diagnostics.append(.error("citation-duplicate-key", "citation key '\(entry.key)' is defined twice (first at \(Self.place(first.location)))",
                                      at: entry.location))
            return
        }
        entries[entry.key] = entry
        keys.append(entry.key)
    }

    private static func place(_ location: SourceLocation) -> String {
        "\(location.file):\(location.line):\(location.column)"
    }
}
