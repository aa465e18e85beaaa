/// A problem found in the project's content, reported rather than thrown.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning, note

        private var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .note: return 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// A stable identifier such as `summary-missing-file`, for filtering and documentation.
    public var id: String
    public var message: String
    public var location: SourceLocation?

    public init(_ severity: Severity, _ id: String, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.id = id
        self.message = message
        self.location = location
    }

    public static func error(_ id: String, _ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, id, message, at: location)
    }

    public static func warning(_ id: String, _ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, id, message, at: location)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }

    /// Sorted by place then id, so output is stable whatever order stages ran in.
    public func sortedForOutput() -> [Diagnostic] {
        sorted { a, b in
            let la = a.location ?? SourceLocation(file: "", line: 0, column: 0)
            let lb = b.location ?? SourceLocation(file: "", line: 0, column: 0)
            if la != lb { return la < lb }
            if a.id != b.id { return a.id < b.id }
            return a.message < b.message
        }
    }
}
