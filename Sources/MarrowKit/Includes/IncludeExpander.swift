import Foundation

/// mdBook's directives in a chapter's text, expanded before it is parsed: `{{#include file}}`
/// with a line range or an anchor, `{{#rustdoc_include ...}}` (the whole file, lines outside the
/// range hidden as `# ` lines), `{{#playground file}}` (an include) and `{{#title ...}}`. Paths are
/// relative to the file holding the directive and must stay inside the book's folder; included
/// files are expanded in turn. A missing file or anchor, a cycle, or a path out of the book is an
/// error at the directive's `file:line:col`.
struct IncludeExpander {
    static let maximumDepth = 10

    /// The book's folder: nothing outside it is read.
    let root: URL
    let displayPath: (URL) -> String

    struct Result {
        var body: String
        /// For each line of `body` (from 0), the line of the original body it comes from (from 1):
        /// an included line counts as the directive's line.
        var lineMap: [Int32]
        var title: String?
        /// Every file read, from the book's folder, so a preview can rebuild when one changes.
        var files: [String] = []
    }

    /// What includes may read: the Git work tree holding the book (the mdBook guide includes the
    /// examples beside it in its repository), or the book's folder when it is in none. Never
    /// more: a chapter must not publish a file of the machine that builds it.
    static func boundary(forBook root: URL) -> URL {
        var folder = root.standardizedFileURL
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) { return folder }
            folder = folder.deletingLastPathComponent()
        }
        return root.standardizedFileURL
    }

    func expand(_ source: ChapterSource, file: URL, diagnostics: inout [Diagnostic]) -> Result? {
        // Foundation's `contains` was 3% of a 2,000-chapter build: the bytes are looked at instead.
        guard UTF8Bytes.contains(source.body, UInt8(ascii: "{"), followedBy: UInt8(ascii: "{")) else { return nil }
        var result = Result(body: "", lineMap: [], title: nil)
        var lines: [String] = []
        var map: [Int32] = []
        expand(source.body, file: file, firstLine: source.bodyFirstLine, stack: [file.standardizedFileURL.path], into: &lines,
               map: &map, mapping: nil, result: &result, diagnostics: &diagnostics)
        result.body = lines.joined(separator: "\n")
        result.lineMap = map
        result.files = Array(Set(result.files)).sorted()
        return result
    }

    /// Appends `text`'s lines, expanded, to `lines`. `mapping` is the chapter line every line of an
    /// included file stands for; nil for the chapter itself (each line stands for itself).
    private func expand(_ text: String, file: URL, firstLine: Int, stack: [String], into lines: inout [String],
                        map: inout [Int32], mapping: Int32?, result: inout Result, diagnostics: inout [Diagnostic]) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let own = mapping ?? Int32(index + 1)
            guard line.contains("{{") else {
                lines.append(String(line))
                map.append(own)
                continue
            }
            let pieces = DirectiveScanner.scan(line)
            var current = ""
            var titleOnly = true
            for piece in pieces {
                switch piece {
                case .text(let text):
                    current += text
                    if !text.allSatisfy(\.isWhitespace) { titleOnly = false }
                case .escaped(let text):
                    current += text
                    titleOnly = false
                case .directive(let directive, let column, let source):
                    let at = SourceLocation(file: displayPath(file), line: firstLine + index, column: column)
                    if directive.kind == .title {
                        result.title = directive.argument
                        continue
                    }
                    titleOnly = false
                    guard let included = read(directive, from: file, at: at, stack: stack, result: &result, diagnostics: &diagnostics) else {
                        current += source
                        continue
                    }
                    // Text before the directive that only indents (spaces, `>`) is repeated before every line.
                    let prefix = current.allSatisfy { $0 == " " || $0 == "\t" || $0 == ">" } ? current : ""
                    var nested: [String] = []
                    var nestedMap: [Int32] = []
                    expand(included.text, file: included.url, firstLine: 1, stack: stack + [included.url.path], into: &nested,
                           map: &nestedMap, mapping: own, result: &result, diagnostics: &diagnostics)
                    for (n, includedLine) in nested.enumerated() {
                        if n == 0 {
                            current += includedLine
                        } else {
                            lines.append(current)
                            map.append(own)
                            current = prefix + includedLine
                        }
                    }
                }
            }
            // A line that held only `{{#title ...}}` leaves no blank line behind.
            if titleOnly && pieces.contains(where: { if case .directive = $0 { return true } else { return false } }) && current.allSatisfy(\.isWhitespace) {
                continue
            }
            lines.append(current)
            map.append(own)
        }
    }

    private struct Included {
        var url: URL
        var text: String
    }

    private func read(_ directive: IncludeDirective, from file: URL, at: SourceLocation, stack: [String],
                      result: inout Result, diagnostics: inout [Diagnostic]) -> Included? {
        let (path, selection) = directive.pathAndSelection
        let url = URL(fileURLWithPath: path, relativeTo: file.deletingLastPathComponent()).standardizedFileURL
        guard !path.hasPrefix("/"), ContentBoundary(root: root).contains(url) else {
            diagnostics.append(.error("include-outside-book", "'\(path)' is outside the book's folder (and its Git work tree)", at: at))
            return nil
        }
        guard stack.count <= Self.maximumDepth else {
            diagnostics.append(.error("include-too-deep", "includes nested more than \(Self.maximumDepth) deep", at: at))
            return nil
        }
        if stack.contains(url.path) {
            let cycle = (stack.drop { $0 != url.path } + [url.path]).map { displayPath(URL(fileURLWithPath: $0)) }
            diagnostics.append(.error("include-cycle", "include cycle: \(cycle.joined(separator: " -> "))", at: at))
            return nil
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
            diagnostics.append(.error("include-missing-file", "'\(path)' does not exist", at: at))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(.error("include-unreadable", "'\(path)' is not UTF-8 text", at: at))
            return nil
        }
        result.files.append(displayPath(url))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let hidden = directive.kind == .rustdocInclude
        switch selection {
        case .all:
            return Included(url: url, text: lines.joined(separator: "\n"))
        case .lines(let first, let last):
            let low = max(1, first ?? 1)
            let high = min(lines.count, last ?? lines.count)
            if hidden {
                let shown = lines.enumerated().map { (i, line) in (low...max(low, high)).contains(i + 1) && low <= high ? line : Self.hide(line) }
                return Included(url: url, text: shown.joined(separator: "\n"))
            }
            return Included(url: url, text: low <= high ? lines[(low - 1)..<high].joined(separator: "\n") : "")
        case .anchor(let name):
            var inside = false
            var found = false
            var out: [String] = []
            for line in lines {
                if let marker = AnchorMarker(line) {
                    if marker.name == name {
                        if marker.isStart { inside = true; found = true } else if inside { inside = false; if !hidden { break } }
                    }
                    continue
                }
                if inside { out.append(line) } else if hidden { out.append(Self.hide(line)) }
            }
            guard found else {
                diagnostics.append(.error("include-missing-anchor", "'\(path)' has no 'ANCHOR: \(name)'", at: at))
                return nil
            }
            return Included(url: url, text: out.joined(separator: "\n"))
        }
    }

    /// A line rustdoc and mdBook hide in a Rust block.
    static func hide(_ line: String) -> String { "# " + line }
}

/// `ANCHOR: name` or `ANCHOR_END: name` anywhere in a line (usually a comment).
struct AnchorMarker {
    let isStart: Bool
    let name: String

    init?(_ line: String) {
        let isEnd = line.range(of: "ANCHOR_END:")
        guard let marker = isEnd ?? line.range(of: "ANCHOR:") else { return nil }
        let rest = line[marker.upperBound...].drop { $0 == " " || $0 == "\t" }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        guard !name.isEmpty else { return nil }
        isStart = isEnd == nil
        self.name = String(name)
    }
}
