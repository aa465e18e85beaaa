import Foundation

/// Turns diagnostics into text for one consumer: a terminal, or GitHub Actions annotations.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text
    case github
    /// One JSON array of `{"file", "line", "column", "severity", "id", "message"}` objects;
    /// `file`, `line` and `column` are null when unknown. Keys are sorted; the schema is stable.
    case json
}

public struct DiagnosticFormatter: Sendable {
    public var format: DiagnosticFormat

    public init(format: DiagnosticFormat = .text) {
        self.format = format
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        switch format {
        case .text:
            return textLine(diagnostic)
        case .github:
            return githubLine(diagnostic)
        case .json:
            return jsonArray([diagnostic])
        }
    }

    /// All diagnostics as the lines to print: one per diagnostic, or one JSON array.
    public func lines(_ diagnostics: [Diagnostic]) -> [String] {
        format == .json ? [jsonArray(diagnostics)] : diagnostics.map(format)
    }

    private struct JSONDiagnostic: Encodable {
        let file: String?
        let line: Int?
        let column: Int?
        let severity: String
        let id: String
        let message: String

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(line, forKey: .line)
            try c.encode(column, forKey: .column)
            try c.encode(severity, forKey: .severity)
            try c.encode(id, forKey: .id)
            try c.encode(message, forKey: .message)
        }

        enum CodingKeys: String, CodingKey { case file, line, column, severity, id, message }
    }

    private func jsonArray(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map { d in
            JSONDiagnostic(file: d.location?.file, line: d.location.flatMap { $0.line > 0 ? $0.line : nil },
                           column: d.location.flatMap { $0.column > 0 ? $0.column : nil },
                           severity: d.severity.rawValue, id: d.id, message: d.message)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings and integers always encode.
        return (try? encoder.encode(items)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    /// `path:line:col: error: message [id]`, as compilers print it.
    private func textLine(_ d: Diagnostic) -> String {
        var place = ""
        if let loc = d.location {
            place = loc.file
            if loc.line > 0 {
                place += ":\(loc.line)"
                if loc.column > 0 { place += ":\(loc.column)" }
            }
            place += ": "
        }
        return "\(place)\(d.severity.rawValue): \(d.message) [\(d.id)]"
    }

    private func githubLine(_ d: Diagnostic) -> String {
        let kind = d.severity == .error ? "error" : (d.severity == .warning ? "warning" : "notice")
        var props: [String] = []
        if let loc = d.location {
            props.append("file=\(loc.file)")
            if loc.line > 0 { props.append("line=\(loc.line)") }
            if loc.column > 0 { props.append("col=\(loc.column)") }
        }
        props.append("title=\(d.id)")
        let message = d.message
            .replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
        return "::\(kind) \(props.joined(separator: ","))::\(message)"
    }
}
