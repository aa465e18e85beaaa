import Foundation

/// Reads project text files, turning bad bytes into located diagnostics.
public struct SourceReader: Sendable {
    public init() {}

    public enum Outcome: Sendable {
        case text(String)
        case invalid(Diagnostic)
    }

    /// Reads a file as UTF-8. Throws only for I/O failures.
    public func read(_ url: URL, displayPath: String) throws -> Outcome {
        let data = try Data(contentsOf: url)
        return decode(data, displayPath: displayPath)
    }

    public func decode(_ data: Data, displayPath: String) -> Outcome {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            return .invalid(.error("nul-byte", "file contains a NUL byte", at: location(ofByte: nul, in: bytes, file: displayPath)))
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8(bytes) ?? 0
            return .invalid(.error("invalid-utf8", "file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))",
                                   at: location(ofByte: bad, in: bytes, file: displayPath)))
        }
        if bytes.contains(UInt8(ascii: "\r")) { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
        return .text(text)
    }

    private func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                index += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return index
            }
        }
    }

    private func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for i in 0..<offset where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        return SourceLocation(file: file, line: line, column: offset - lineStart + 1)
    }
}
