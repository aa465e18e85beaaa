import Foundation
import Yams

/// Splits a chapter file into YAML front matter and Markdown body.
public struct FrontMatterParser: Sendable {
    static let knownKeys = ["title", "description", "authors", "draft", "weight", "bibliography", "reviewed", "search"]

    public init() {}

    public func split(_ text: String, path: String, displayPath: String, diagnostics: inout [Diagnostic]) -> ChapterSource {
        guard text.hasPrefix("---\n") else {
            return ChapterSource(path: path, displayPath: displayPath, frontMatter: FrontMatter(), body: text, bodyFirstLine: 1)
        }
        var text = text
        let asBody = ChapterSource(path: path, displayPath: displayPath, frontMatter: FrontMatter(), body: text, bodyFirstLine: 1)
        // A first line `---` opens front matter only when a closing line follows and the block
        // between is a YAML mapping (or meant to be one); otherwise it is a thematic break.
        guard let (yaml, body, close) = text.withUTF8(Self.splitBytes) else {
            if Self.looksLikeMapping(String(text.dropFirst(4).prefix(200).split(separator: "\n").first ?? "")) {
                diagnostics.append(.warning("front-matter-unclosed", "front matter starts with '---' but has no closing '---'; read as Markdown",
                                            at: SourceLocation(file: displayPath, line: 1, column: 1)))
            }
            return asBody
        }
        guard Self.looksLikeMapping(yaml) else { return asBody }
        let frontMatter = parse(yaml, displayPath: displayPath, diagnostics: &diagnostics)
        return ChapterSource(path: path, displayPath: displayPath, frontMatter: frontMatter, body: body, bodyFirstLine: close + 2)
    }

    /// After the opening `---` line: the YAML up to the first line that is exactly `---` or `...`,
    /// the body after it, and that line's index (from 0); nil when there is none.
    private static func splitBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, String, Int)? {
        var lineStart = 4
        var lineIndex = 1
        while lineStart <= bytes.count {
            var end = lineStart
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            if end - lineStart == 3, bytes[lineStart] == bytes[lineStart + 1], bytes[lineStart] == bytes[lineStart + 2],
               bytes[lineStart] == UInt8(ascii: "-") || bytes[lineStart] == UInt8(ascii: ".") {
                let yaml = UTF8Bytes.string(bytes, 4..<max(4, lineStart - 1))
                let body = UTF8Bytes.string(bytes, min(end + 1, bytes.count)...)
                return (yaml, body, lineIndex)
            }
            if end == bytes.count { break }
            lineStart = end + 1
            lineIndex += 1
        }
        return nil
    }

    /// Whether the block's first line that is not blank or a comment is a `key:` line, as every
    /// front matter's is; prose between two rules (`Some text`, `* item`) is not.
    static func looksLikeMapping(_ yaml: String) -> Bool {
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = trimmed.firstIndex(of: ":") else { return trimmed.hasPrefix("{") }
            let key = trimmed[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            let after = trimmed[trimmed.index(after: colon)...]
            return !key.isEmpty && key.count <= 60 && !key.hasPrefix("-") && !key.hasPrefix("*") && (after.isEmpty || after.hasPrefix(" "))
        }
        return true  // Empty front matter, `---` then `---`.
    }

    private func parse(_ yaml: String, displayPath: String, diagnostics: inout [Diagnostic]) -> FrontMatter {
        let reader = YAMLReader(file: displayPath, lineOffset: 1)
        var result = FrontMatter()
        guard let mapping = reader.rootMapping(yaml, diagnostics: &diagnostics) else { return result }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "title": result.title = reader.string(value, key: key, diagnostics: &diagnostics)
            case "description": result.description = reader.string(value, key: key, diagnostics: &diagnostics)
            case "authors": result.authors = reader.strings(value, key: key, diagnostics: &diagnostics) ?? []
            case "draft": result.draft = reader.bool(value, key: key, diagnostics: &diagnostics) ?? false
            case "bibliography": result.bibliography = namedPaths(value, key: key, reader: reader, diagnostics: &diagnostics)
            case "reviewed":
                if let text = reader.string(value, key: key, diagnostics: &diagnostics) {
                    if let date = ReviewDate(text) {
                        result.reviewed = date
                    } else {
                        diagnostics.append(.error("yaml-value", "'reviewed' must be a date written YYYY-MM-DD, such as 2026-11-30",
                                                  at: reader.location(of: value)))
                    }
                }
            case "search": result.searchBoost = searchBoost(value, reader: reader, diagnostics: &diagnostics)
            case "weight": break  // Hugo's ordering key: SUMMARY.md orders the book, so it is accepted and ignored.
            default: diagnostics.append(reader.unknownKey(key, node: keyNode, known: Self.knownKeys))
            }
        }
        return result
    }

    /// `search: {boost: 0.5}`: a number above 0 and at most 10.
    private func searchBoost(_ node: Node, reader: YAMLReader, diagnostics: inout [Diagnostic]) -> Double {
        guard case .mapping(let mapping) = node else {
            diagnostics.append(.error("yaml-type", "'search' must be a mapping, such as 'search: {boost: 0.5}'", at: reader.location(of: node)))
            return 1
        }
        var boost = 1.0
        for (keyNode, value) in mapping {
            guard keyNode.string == "boost" else {
                diagnostics.append(reader.unknownKey(keyNode.string ?? "", node: keyNode, known: ["boost"]))
                continue
            }
            if let text = reader.string(value, key: "boost", diagnostics: &diagnostics) {
                if let number = Double(text), number > 0, number <= 10 {
                    boost = number
                } else {
                    diagnostics.append(.error("yaml-value", "'boost' must be a number above 0 and at most 10", at: reader.location(of: value)))
                }
            }
        }
        return boost
    }

    /// A string or a list of strings, each with its place in the file.
    private func namedPaths(_ node: Node, key: String, reader: YAMLReader, diagnostics: inout [Diagnostic]) -> [NamedPath] {
        let items: [Node]
        switch node {
        case .sequence(let sequence): items = Array(sequence)
        default: items = [node]
        }
        return items.compactMap { item in
            reader.string(item, key: key, diagnostics: &diagnostics).map { NamedPath(path: $0, location: reader.location(of: item)) }
        }
    }
}
