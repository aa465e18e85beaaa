import Foundation

/// Reads CSL-JSON as Zotero and other reference managers export it: an array of items with `id`,
/// `type`, `author`, `issued`... Each item is placed at its own `{` (one pass over the text, so
/// reading is linear in the file's size), which puts a repeated id's errors at both copies.
struct CSLJSONReader {
    let file: String

    func read(_ text: String, diagnostics: inout [Diagnostic]) -> [BibEntry] {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            diagnostics.append(.error("csl-json-syntax", "malformed CSL-JSON: \(Self.reason(error))", at: SourceLocation(file: file, line: 1, column: 1)))
            return []
        }
        guard let objects = json as? [Any] else {
            diagnostics.append(.error("csl-json-syntax", "CSL-JSON must be an array of items", at: SourceLocation(file: file, line: 1, column: 1)))
            return []
        }
        let bytes = Array(text.utf8)
        let lines = LineTable(bytes: bytes, file: file)
        let starts = Self.elementStarts(bytes)
        var entries: [BibEntry] = []
        entries.reserveCapacity(objects.count)
        for (index, object) in objects.enumerated() {
            let location = index < starts.count ? lines.location(starts[index]) : SourceLocation(file: file, line: 1, column: 1)
            guard let fields = object as? [String: Any] else {
                diagnostics.append(.error("csl-json-syntax", "item \(index + 1) is not an object", at: location))
                continue
            }
            guard let item = CSLItem(json: fields), !item.id.isEmpty else {
                diagnostics.append(.error("csl-json-syntax", "item \(index + 1) has no 'id'", at: location))
                continue
            }
            entries.append(BibEntry(key: item.id, item: item, location: location))
        }
        return entries
    }

    /// Byte offsets where each element of the top-level array starts.
    static func elementStarts(_ bytes: [UInt8]) -> [Int] {
        var starts: [Int] = []
        var depth = 0
        var inString = false
        var escaped = false
        var expectingElement = false
        for (offset, byte) in bytes.enumerated() {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                continue
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if depth == 1, expectingElement { starts.append(offset) }
                depth += 1
                expectingElement = depth == 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
            case UInt8(ascii: ","):
                expectingElement = depth == 1
            default:
                if depth == 1, expectingElement { starts.append(offset) }
                if byte == UInt8(ascii: "\"") { inString = true }
            }
            if depth == 1, byte != UInt8(ascii: ","), byte != UInt8(ascii: "[") { expectingElement = false }
        }
        return starts
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
    }
}
