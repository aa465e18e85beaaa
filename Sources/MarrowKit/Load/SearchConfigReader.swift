import Yams

/// Reads the `search:` mapping of `book.yml`:
///
/// ```yaml
/// search:
///   synonyms:
///     - [IO, intraosseous]
///     - [CBC, complete blood count]
/// ```
struct SearchConfigReader {
    static let knownKeys = ["synonyms"]
    let reader: YAMLReader

    func synonyms(_ node: Node, diagnostics: inout [Diagnostic]) -> [[String]] {
        guard case .mapping(let mapping) = node else {
            diagnostics.append(.error("yaml-type", "'search' must be a mapping (with 'synonyms')", at: reader.location(of: node)))
            return []
        }
        var groups: [[String]] = []
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard key == "synonyms" else {
                diagnostics.append(reader.unknownKey(key, node: keyNode, known: Self.knownKeys))
                continue
            }
            guard case .sequence(let sequence) = value else {
                diagnostics.append(.error("yaml-type", "'synonyms' must be a list of lists, such as [IO, intraosseous]",
                                          at: reader.location(of: value)))
                continue
            }
            for item in sequence {
                guard case .sequence = item, let words = reader.strings(item, key: "synonyms", diagnostics: &diagnostics) else {
                    if case .sequence = item {} else {
                        diagnostics.append(.error("yaml-type", "each entry of 'synonyms' must be a list of two or more words, such as [IO, intraosseous]",
                                                  at: reader.location(of: item)))
                    }
                    continue
                }
                if words.count < 2 || words.contains(where: { SearchTerms.terms($0).isEmpty }) {
                    diagnostics.append(.error("search-synonyms", "a synonym group needs two or more entries, each with a searchable word",
                                              at: reader.location(of: item)))
                    continue
                }
                groups.append(words)
            }
        }
        return groups
    }
}
