/// Numbers footnotes by first reference, as GitHub does, and counts repeated references.
struct FootnoteNumbering {
    private(set) var definitions: [MarkdownNode] = []
    private var numbers: [String: Int] = [:]
    private var occurrences: [String: Int] = [:]

    init(_ document: MarkdownNode) {
        var defined: [String: MarkdownNode] = [:]
        document.forEachChild { child in
            if case .footnoteDefinition(let label) = child.pointee.kind, defined[label] == nil { defined[label] = child.pointee }
        }
        guard !defined.isEmpty else { return }
        document.forEach { node in
            guard case .footnoteReference(let label) = node.pointee.kind, numbers[label] == nil, let definition = defined[label] else { return }
            numbers[label] = numbers.count + 1
            definitions.append(definition)
        }
    }

    func number(for label: String) -> Int? { numbers[label] }

    mutating func nextOccurrence(of label: String) -> Int {
        occurrences[label, default: 0] += 1
        return occurrences[label]!
    }

    static func slug(_ label: String) -> String {
        HeadingSlugger.slug(label)
    }
}
