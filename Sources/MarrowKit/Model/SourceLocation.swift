/// A place in a project file: a path relative to the project root, 1-based line and column.
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A range inside one Markdown text, 1-based lines and byte columns, before any offset.
/// Every node of every tree carries one, so it is stored in 32-bit fields (16 bytes, not 32);
/// a position beyond 2^31 is clamped, which no text Marrow reads reaches.
public struct SourceRange: Sendable, Hashable {
    private var storedStartLine: Int32
    private var storedStartColumn: Int32
    private var storedEndLine: Int32
    private var storedEndColumn: Int32

    public var startLine: Int {
        get { Int(storedStartLine) }
        set { storedStartLine = Int32(clamping: newValue) }
    }
    public var startColumn: Int {
        get { Int(storedStartColumn) }
        set { storedStartColumn = Int32(clamping: newValue) }
    }
    public var endLine: Int {
        get { Int(storedEndLine) }
        set { storedEndLine = Int32(clamping: newValue) }
    }
    public var endColumn: Int {
        get { Int(storedEndColumn) }
        set { storedEndColumn = Int32(clamping: newValue) }
    }

    public init(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        storedStartLine = Int32(clamping: startLine)
        storedStartColumn = Int32(clamping: startColumn)
        storedEndLine = Int32(clamping: endLine)
        storedEndColumn = Int32(clamping: endColumn)
    }

    public static let unknown = SourceRange(startLine: 0, startColumn: 0, endLine: 0, endColumn: 0)
}
