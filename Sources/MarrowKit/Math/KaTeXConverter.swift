import Foundation

/// TeX to MathML at build time with KaTeX (Debian's `libjs-katex`, run by `nodejs`): one Node
/// process per build converts every formula at once, so pages carry MathML that browsers render
/// with no script and no font download, that prints, and that goes into an EPUB. Answers are
/// cached by formula, so a save while serving converts only what is new. Without Node or KaTeX a
/// build with formulas fails once, saying what to install.
public final class KaTeXConverter: @unchecked Sendable {
    public struct Request: Hashable, Sendable {
        public var tex: String
        public var display: Bool
    }

    public enum Answer: Hashable, Sendable {
        case mathML(String)
        /// KaTeX's message and where in the TeX it stopped (UTF-16 offset), when it says.
        case error(String, position: Int?)
    }

    private let lock = NSLock()
    private var cache: [Request: Answer] = [:]
    /// Why the converter could not run (Node or KaTeX missing), once it proved so.
    private(set) public var unavailable: String?

    /// Where KaTeX may be (Debian's package first); `MARROW_KATEX` names another.
    let katexPaths: [String]

    public init(katexPaths: [String] = KaTeXConverter.debianPaths) {
        self.katexPaths = katexPaths
    }

    /// Each request's answer, converting only what is not cached; nil when KaTeX cannot run.
    public func convert(_ requests: [Request]) -> [Answer]? {
        let missing = lock.withLock { Array(Set(requests.filter { cache[$0] == nil })) }.sorted { ($0.tex, $0.display ? 1 : 0) < ($1.tex, $1.display ? 1 : 0) }
        if !missing.isEmpty, unavailable == nil {
            let answers = run(missing)
            lock.withLock {
                switch answers {
                case .success(let answers): for (request, answer) in zip(missing, answers) { cache[request] = answer }
                case .failure(let reason): unavailable = reason.message
                }
            }
        }
        return lock.withLock { unavailable == nil || requests.allSatisfy({ cache[$0] != nil }) ? requests.map { cache[$0]! } : nil }
    }

    struct Unavailable: Error { let message: String }

    public static let debianPaths = ["/usr/share/javascript/katex/katex.min.js", "/usr/share/nodejs/katex/dist/katex.min.js"]

    private func run(_ requests: [Request]) -> Result<[Answer], Unavailable> {
        let install = "install Node.js and KaTeX (Debian: nodejs libjs-katex; `make site` does)"
        guard let node = ["/usr/bin/node", "/usr/bin/nodejs", "/usr/local/bin/node"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return .failure(Unavailable(message: "formulas need Node.js to be converted to MathML: \(install)"))
        }
        let environment = ProcessInfo.processInfo.environment
        guard let katex = ([environment["MARROW_KATEX"]].compactMap { $0 } + katexPaths).first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            return .failure(Unavailable(message: "formulas need KaTeX to be converted to MathML: \(install)"))
        }
        guard let payload = try? JSONSerialization.data(withJSONObject: requests.map { [$0.tex, $0.display] as [Any] }) else {
            return .failure(Unavailable(message: "formulas could not be handed to KaTeX"))
        }
        guard let result = BatchProcess.run(node, ["-e", Self.script, katex], input: payload, keepErrors: true) else {
            return .failure(Unavailable(message: "Node.js did not start: \(install)"))
        }
        guard result.status == 0, let json = try? JSONSerialization.jsonObject(with: result.output) as? [[String: Any]], json.count == requests.count else {
            // The script writes to standard error only when KaTeX will not load: a line or two.
            let said = String(decoding: result.errors.prefix(300), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(Unavailable(message: "KaTeX (\(katex)) could not convert the formulas" + (said.isEmpty ? "" : ": \(said)")))
        }
        return .success(json.map { answer in
            if let html = answer["ok"] as? String, let math = Self.mathElement(html) { return .mathML(math) }
            var message = (answer["error"] as? String) ?? "KaTeX gave no MathML"
            if message.hasPrefix("KaTeX parse error: ") { message.removeFirst("KaTeX parse error: ".count) }
            return .error(message, position: answer["position"] as? Int)
        })
    }

    /// The `<math>` element of KaTeX's answer, if it holds only MathML elements with no event
    /// handler or link: what KaTeX writes (a hostile formula reaches the page as nothing else).
    static func mathElement(_ html: String) -> String? {
        guard let start = html.range(of: "<math"), let end = html.range(of: "</math>", options: .backwards), start.lowerBound < end.lowerBound else { return nil }
        let math = String(html[start.lowerBound..<end.upperBound])
        var rest = Substring(math)
        while let open = rest.firstIndex(of: "<") {
            let tag = rest[rest.index(after: open)...].prefix { $0 != ">" }
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter }
            guard allowedElements.contains(String(name)) else { return nil }
            let lowered = tag.lowercased()
            if lowered.contains(" on") || lowered.contains("href") || lowered.contains("javascript:") || lowered.contains("style=") && lowered.contains("url(") { return nil }
            rest = rest[rest.index(after: open)...]
        }
        return math
    }

    static let allowedElements: Set<String> = [
        "math", "semantics", "annotation", "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace", "msub", "msup", "msubsup", "mfrac",
        "msqrt", "mroot", "mstyle", "mtable", "mtr", "mtd", "mover", "munder", "munderover", "mpadded", "mphantom", "menclose",
        "merror", "mmultiscripts", "mprescripts", "none", "mlabeledtr",
    ]

    /// Reads `[[tex, display], ...]`, writes `[{ok: html} | {error, position}, ...]`; KaTeX's
    /// path is the first argument.
    static let script = #"""
let katex;
try { katex = require(process.argv[1]); } catch (e) { process.stderr.write(String(e)); process.exit(3); }
let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const out = JSON.parse(input).map(([tex, display]) => {
    try {
      return { ok: katex.renderToString(tex, { displayMode: display, output: "mathml", throwOnError: true, strict: "ignore", trust: false }) };
    } catch (e) {
      const message = String(e && e.rawMessage || e && e.message || e);
      return { error: message, position: e && typeof e.position === "number" ? e.position : null };
    }
  });
  process.stdout.write(JSON.stringify(out));
});
"""#
}
