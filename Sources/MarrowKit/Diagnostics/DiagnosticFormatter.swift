import Foundation

/// Turns diagnostics into text for one consumer: a terminal, or GitHub Actions annotations.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text
    case github
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
        }
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
