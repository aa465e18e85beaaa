import Foundation

/// The CSL styles and locales a book can use by name: five styles built into `marrow` (from
/// Debian's `citation-style-language-styles` when it was built, with English locales), and every
/// style and locale Debian's packages have installed on the machine that builds the book.
public enum StyleCatalog {
    /// Short names for the styles Marrow ships, by the file each names.
    public static let shortNames: [String: String] = [
        "ama": "american-medical-association", "vancouver": "vancouver", "nlm": "vancouver", "apa": "apa",
        "chicago": "chicago-author-date", "chicago-author-date": "chicago-author-date",
        "harvard": "harvard-cite-them-right", "author-date": "apa",
    ]
    static let installedStyles = URL(fileURLWithPath: "/usr/share/citation-style-language/styles")
    static let installedLocales = URL(fileURLWithPath: "/usr/share/citation-style-language/locales")

    /// A style's CSL text by short name or file name without `.csl` ("ama", "nature"), or nil.
    public static func styleText(_ name: String) -> String? {
        let stem = shortNames[name.lowercased()] ?? name
        guard !stem.contains("/"), !stem.hasPrefix(".") else { return nil }
        if let embedded = EmbeddedStyles.files.first(where: { $0.path == stem + ".csl" }) { return embedded.text }
        return try? String(contentsOf: installedStyles.appendingPathComponent(stem + ".csl"), encoding: .utf8)
    }

    /// A locale file's text by its language ("en-US"), or nil.
    public static func localeText(_ language: String) -> String? {
        let file = "locales-\(language).xml"
        guard !language.contains("/") else { return nil }
        if let embedded = EmbeddedLocales.files.first(where: { $0.path == file }) { return embedded.text }
        return try? String(contentsOf: installedLocales.appendingPathComponent(file), encoding: .utf8)
    }

    /// Every name `styleText` knows, for suggestions.
    public static func allNames() -> [String] {
        let installed = (try? FileManager.default.contentsOfDirectory(atPath: installedStyles.path)) ?? []
        let stems = (installed + EmbeddedStyles.files.map(\.path)).filter { $0.hasSuffix(".csl") }.map { String($0.dropLast(4)) }
        return Array(Set(stems).union(shortNames.keys)).sorted()
    }

    /// Up to three names close to `name` (by edit distance, or sharing its start), closest first.
    static func closeNames(to name: String) -> [String] {
        let lowered = name.lowercased()
        let scored = allNames().map { candidate -> (String, Int) in
            var distance = Suggestion.editDistance(lowered, candidate.lowercased(), limit: 8)
            if candidate.hasPrefix(lowered) || lowered.hasPrefix(candidate) { distance = min(distance, 2) }
            return (candidate, distance)
        }
        return scored.filter { $0.1 <= max(2, lowered.count / 3) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
    }

    /// A dependent style's parent (`<link rel="independent-parent" href=".../styles/NAME"/>`), or nil.
    static func independentParent(of xml: String) -> String? {
        guard let link = xml.range(of: #"<link[^>]*rel="independent-parent"[^>]*>"#, options: .regularExpression),
              let href = xml[link].range(of: #"href="[^"]*/([^"/]+)""#, options: .regularExpression) else { return nil }
        let attribute = xml[link][href]
        return String(attribute.split(separator: "/").last!.dropLast())
    }
}
