import Foundation

/// Syntax highlighting at build time with Pygments (Debian's `python3-pygments`): one Python
/// process per build lexes every code block at once and hands back tokens, each in one of a few
/// categories the theme colours (keyword, string, comment, number, ...). Marrow writes the HTML
/// itself, escaped, so nothing Pygments returns reaches the page unescaped. Without Python or
/// Pygments there is no highlighting, and the build says so once.
public final class PygmentsHighlighter: @unchecked Sendable {
    public typealias Token = CodeToken

    public struct Request: Hashable, Sendable {
        public var language: String
        public var code: String
    }

    private let lock = NSLock()
    private var cache: [Request: [Token]?] = [:]
    /// Set once the interpreter or Pygments proved missing.
    private(set) public var unavailable = false

    public init() {}

    /// Tokens for each request (nil where the language is unknown), lexing only what is not cached.
    public func tokens(for requests: [Request]) -> [[Token]?] {
        let missing = lock.withLock { Array(Set(requests.filter { cache[$0] == nil })) }.sorted { ($0.language, $0.code) < ($1.language, $1.code) }
        if !missing.isEmpty, !unavailable {
            let answers = run(missing)
            lock.withLock {
                if let answers {
                    for (request, tokens) in zip(missing, answers) { cache[request] = .some(tokens) }
                } else {
                    unavailable = true
                }
            }
        }
        return lock.withLock { requests.map { cache[$0] ?? nil } }
    }

    private func run(_ requests: [Request]) -> [[Token]?]? {
        let interpreter = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let payload = try? JSONSerialization.data(withJSONObject: requests.map { [$0.language, $0.code] }),
              let result = interpreter.map({ BatchProcess.run($0, ["-c", Self.script], input: payload) })
                ?? BatchProcess.run("/usr/bin/env", ["python3", "-c", Self.script], input: payload),
              result.status == 0, let json = try? JSONSerialization.jsonObject(with: result.output) as? [Any], json.count == requests.count
        else { return nil }
        return zip(requests, json).map { request, answer in
            guard let runs = answer as? [[String]] else { return nil }
            let tokens = runs.compactMap { $0.count == 2 ? Token(category: $0[0], text: $0[1]) : nil }
            // The tokens must spell the code exactly, or the block stays plain.
            return tokens.map(\.text).joined() == request.code ? tokens : nil
        }
    }

    /// Lexes `[[language, code], ...]` from standard input; prints a token list per block (or
    /// null for an unknown language); exits 3 without Pygments. More specific token types first.
    static let script = #"""
import json, sys
try:
    from pygments.lexers import get_lexer_by_name
    from pygments.token import Token as T
    from pygments.util import ClassNotFound
except ImportError:
    sys.exit(3)
CATEGORIES = [
    (T.Comment.Preproc, "a"), (T.Comment, "c"), (T.Keyword.Type, "t"), (T.Keyword, "k"), (T.Operator.Word, "k"),
    (T.Literal.String, "s"), (T.Literal.Number, "n"), (T.Literal, "n"), (T.Name.Function, "f"), (T.Name.Class, "t"),
    (T.Name.Namespace, "t"), (T.Name.Builtin, "b"), (T.Name.Constant, "n"), (T.Name.Tag, "g"), (T.Name.Attribute, "a"),
    (T.Name.Decorator, "a"), (T.Name.Label, "a"), (T.Generic.Prompt, "p"), (T.Generic.Heading, "k"),
    (T.Generic.Subheading, "k"), (T.Generic.Deleted, "d"), (T.Generic.Inserted, "i"), (T.Generic.Error, "d"),
]
def category(token):
    for base, name in CATEGORIES:
        if token in base:
            return name
    return ""
lexers = {}
out = []
for language, code in json.load(sys.stdin):
    try:
        if language not in lexers:
            lexers[language] = get_lexer_by_name(language, stripnl=False, stripall=False, ensurenl=False)
        lexer = lexers[language]
    except ClassNotFound:
        out.append(None)
        continue
    runs = []
    for token, text in lexer.get_tokens(code):
        name = category(token)
        if runs and runs[-1][0] == name:
            runs[-1][1] += text
        elif text:
            runs.append([name, text])
    out.append(runs)
json.dump(out, sys.stdout)
"""#
}
