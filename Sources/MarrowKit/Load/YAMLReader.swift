import Foundation
import Yams

/// Parses YAML into Yams nodes, and reads typed values from them with located diagnostics.
struct YAMLReader {
    let file: String
    /// Added to YAML line numbers, for front matter that starts below line 1.
    let lineOffset: Int

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    /// The root mapping of a document; nil (with a diagnostic) when malformed or not a mapping.
    func rootMapping(_ yaml: String, diagnostics: inout [Diagnostic]) -> Node.Mapping? {
        if let tab = tabIndentation(in: yaml) {
            diagnostics.append(.error("yaml-syntax", "tab character used for indentation; YAML allows only spaces", at: tab))
            return nil
        }
        let node: Node?
        do {
            // UTF-8, as Yams chooses for a native string, named here: its default reads the whole
            // process environment (for YAMS_DEFAULT_ENCODING) on every call, once per chapter.
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            diagnostics.append(syntaxDiagnostic(error))
            return nil
        } catch {
            diagnostics.append(.error("yaml-syntax", "\(error)", at: location(line: 1, column: 1)))
            return nil
        }
        guard let node else { return Node.Mapping([]) }
        guard case .mapping(let mapping) = node else {
            diagnostics.append(.error("yaml-type", "expected a mapping of keys to values", at: location(of: node)))
            return nil
        }
        return mapping
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return location(line: 1, column: 1) }
        return location(line: mark.line, column: mark.column)
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + lineOffset, column: column)
    }

    func string(_ node: Node, key: String, diagnostics: inout [Diagnostic]) -> String? {
        guard case .scalar(let scalar) = node, node.null == nil else {
            diagnostics.append(.error("yaml-type", "'\(key)' must be a string", at: location(of: node)))
            return nil
        }
        return scalar.string
    }

    func bool(_ node: Node, key: String, diagnostics: inout [Diagnostic]) -> Bool? {
        if let value = node.bool { return value }
        diagnostics.append(.error("yaml-type", "'\(key)' must be true or false", at: location(of: node)))
        return nil
    }

    /// A string or a list of strings.
    func strings(_ node: Node, key: String, diagnostics: inout [Diagnostic]) -> [String]? {
        switch node {
        case .scalar:
            return string(node, key: key, diagnostics: &diagnostics).map { [$0] }
        case .sequence(let sequence):
            var out: [String] = []
            for item in sequence {
                guard let value = string(item, key: key, diagnostics: &diagnostics) else { return nil }
                out.append(value)
            }
            return out
        default:
            diagnostics.append(.error("yaml-type", "'\(key)' must be a string or a list of strings", at: location(of: node)))
            return nil
        }
    }

    func unknownKey(_ key: String, node: Node, known: [String]) -> Diagnostic {
        var message = "unknown key '\(key)'"
        if let near = Suggestion.nearest(to: key, among: known) { message += "; did you mean '\(near)'?" }
        return .warning("yaml-unknown-key", message, at: location(of: node))
    }

    private func syntaxDiagnostic(_ error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var message = problem
            if let context { message = "\(problem) (\(context.text) at line \(context.mark.line + lineOffset))" }
            return .error("yaml-syntax", "malformed YAML: \(message)", at: location(line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error("yaml-duplicate-key", "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))",
                          at: location(line: context.mark.line, column: context.mark.column))
        default:
            return .error("yaml-syntax", "malformed YAML: \(error)", at: location(line: 1, column: 1))
        }
    }

    /// libyaml reports tabs confusingly; find the first line indented with a tab ourselves.
    private func tabIndentation(in yaml: String) -> SourceLocation? {
        var line = 1
        for raw in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            var column = 1
            for ch in raw.utf8 {
                if ch == UInt8(ascii: "\t") { return location(line: line, column: column) }
                if ch != UInt8(ascii: " ") { break }
                column += 1
            }
            line += 1
        }
        return nil
    }
}
