import Foundation
import TOMLKit

/// Reads an mdBook `book.toml` into Marrow's settings. The keys Marrow acts on are read; every
/// other key is one warning at its line, never an error; a file that is not TOML, or a key of the
/// wrong type, is an error at its place.
public struct BookTomlReader {
    let file: String

    public init(file: String) {
        self.file = file
    }

    public struct Folders: Sendable, Hashable {
        public var source = "src"
        public var build = "book"
    }

    /// `[book] src` and `[build] build-dir`, read leniently (the layout is needed before the load
    /// stage reports anything): a missing, malformed or escaping value leaves the default.
    public static func folders(in text: String) -> Folders {
        var folders = Folders()
        guard let table = try? TOMLTable(string: text) else { return folders }
        if let src = table["book"]?.table?["src"]?.string, let safe = ContentPath.normalise(src) { folders.source = safe.isEmpty ? "." : safe }
        if let build = table["build"]?.table?["build-dir"]?.string, !build.isEmpty { folders.build = build }
        return folders
    }

    /// Keys of `[output.html]` that Marrow reads.
    static let htmlKeys: Set<String> = ["git-repository-url", "edit-url-template", "additional-css", "additional-js", "redirect", "print",
                                        "smart-punctuation", "curly-quotes", "mathjax-support"]

    public func parse(_ text: String, sourceFolder: String, diagnostics: inout [Diagnostic]) -> BookConfig {
        var config = BookConfig()
        config.printPage = true  // mdBook writes print.html unless told not to.
        // mdBook keeps straight quotes unless told, and knows no `$` math (only `\\(` and `\\[`).
        config.markdown = MarkdownOptions(smartPunctuation: false, dollarMath: false)
        let places = KeyPlaces(text)
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            diagnostics.append(.error("toml-syntax", error.description,
                                      at: SourceLocation(file: file, line: error.source.begin.line, column: error.source.begin.column)))
            return config
        } catch {
            diagnostics.append(.error("toml-syntax", "\(error)", at: SourceLocation(file: file, line: 1, column: 1)))
            return config
        }
        for key in table.keys.sorted() {
            let value = table[key]!
            switch key {
            case "book": readBook(value, places: places, into: &config, diagnostics: &diagnostics)
            case "build": readBuild(value, places: places, diagnostics: &diagnostics)
            case "output":
                guard let outputs = tableValue(value, key: "output", places: places, diagnostics: &diagnostics) else { continue }
                for name in outputs.keys.sorted() {
                    if name == "html", let html = tableValue(outputs[name]!, key: "output.html", places: places, diagnostics: &diagnostics) {
                        readHTML(html, places: places, sourceFolder: sourceFolder, into: &config, diagnostics: &diagnostics)
                    } else if name != "html" {
                        unused("output.\(name)", places: places, why: "Marrow writes HTML only", diagnostics: &diagnostics)
                    }
                }
            case "preprocessor":
                for name in (value.table?.keys ?? []).sorted() {
                    unused("preprocessor.\(name)", places: places, why: "Marrow runs no mdBook preprocessor; links, includes and index pages are built in", diagnostics: &diagnostics)
                }
            default:
                unused(key, places: places, why: nil, diagnostics: &diagnostics)
            }
        }
        return config
    }

    private func readBook(_ value: TOMLValueConvertible, places: KeyPlaces, into config: inout BookConfig, diagnostics: inout [Diagnostic]) {
        guard let book = tableValue(value, key: "book", places: places, diagnostics: &diagnostics) else { return }
        for key in book.keys.sorted() {
            let path = "book." + key
            let item = book[key]!
            switch key {
            case "title": if let v = string(item, key: path, places: places, diagnostics: &diagnostics) { config.title = v }
            case "description": config.description = string(item, key: path, places: places, diagnostics: &diagnostics)
            case "language": if let v = string(item, key: path, places: places, diagnostics: &diagnostics) { config.language = v }
            case "authors": config.authors = strings(item, key: path, places: places, diagnostics: &diagnostics)
            case "src":
                if let v = string(item, key: path, places: places, diagnostics: &diagnostics), ContentPath.normalise(v) == nil {
                    diagnostics.append(.error("path-outside-content", "'\(v)' is outside the book's folder; 'src' stays 'src'", at: places.location(of: path, file: file)))
                }
            default: unused(path, places: places, why: nil, diagnostics: &diagnostics)
            }
        }
    }

    private func readBuild(_ value: TOMLValueConvertible, places: KeyPlaces, diagnostics: inout [Diagnostic]) {
        guard let build = tableValue(value, key: "build", places: places, diagnostics: &diagnostics) else { return }
        for key in build.keys.sorted() {
            if key == "build-dir" {
                _ = string(build[key]!, key: "build.build-dir", places: places, diagnostics: &diagnostics)
            } else {
                unused("build." + key, places: places, why: nil, diagnostics: &diagnostics)
            }
        }
    }

    private func readHTML(_ html: TOMLTable, places: KeyPlaces, sourceFolder: String, into config: inout BookConfig, diagnostics: inout [Diagnostic]) {
        for key in html.keys.sorted() {
            let path = "output.html." + key
            let item = html[key]!
            switch key {
            case "git-repository-url": config.repositoryLink = string(item, key: path, places: places, diagnostics: &diagnostics)
            case "edit-url-template":
                // mdBook's {path} is the chapter's path from the book's folder, `src/` included.
                let prefix = sourceFolder == "." ? "" : sourceFolder + "/"
                config.editURLTemplate = string(item, key: path, places: places, diagnostics: &diagnostics)?
                    .replacingOccurrences(of: "{path}", with: prefix + "{path}")
            case "additional-css": config.extraStylesheets = bookFiles(item, key: path, places: places, diagnostics: &diagnostics)
            case "additional-js": config.extraScripts = bookFiles(item, key: path, places: places, diagnostics: &diagnostics)
            case "redirect": config.redirects = redirects(item, places: places, diagnostics: &diagnostics)
            case "smart-punctuation", "curly-quotes":
                if let on = item.bool { config.markdown.smartPunctuation = on } else { unused(path, places: places, why: "not true or false", diagnostics: &diagnostics) }
            case "mathjax-support":
                // Formulas are MathML made at build time: nothing to load, whatever the value.
                if item.bool == nil { unused(path, places: places, why: "not true or false", diagnostics: &diagnostics) }
            case "print":
                guard let print = tableValue(item, key: path, places: places, diagnostics: &diagnostics) else { continue }
                for name in print.keys.sorted() {
                    if name == "enable", let on = print[name]!.bool { config.printPage = on } else { unused(path + "." + name, places: places, why: nil, diagnostics: &diagnostics) }
                }
            default: unused(path, places: places, why: nil, diagnostics: &diagnostics)
            }
        }
    }

    /// Paths from the book's folder that must stay inside it.
    private func bookFiles(_ value: TOMLValueConvertible, key: String, places: KeyPlaces, diagnostics: inout [Diagnostic]) -> [String] {
        strings(value, key: key, places: places, diagnostics: &diagnostics).compactMap { path in
            guard let safe = ContentPath.normalise(path), !safe.isEmpty else {
                diagnostics.append(.error("path-outside-content", "'\(path)' is outside the book's folder", at: places.location(of: key, file: file)))
                return nil
            }
            return safe
        }
    }

    private func redirects(_ value: TOMLValueConvertible, places: KeyPlaces, diagnostics: inout [Diagnostic]) -> [BookConfig.Redirect] {
        guard let table = tableValue(value, key: "output.html.redirect", places: places, diagnostics: &diagnostics) else { return [] }
        var out: [BookConfig.Redirect] = []
        for from in table.keys.sorted() {
            let key = "output.html.redirect.\(from)"
            guard let target = string(table[from]!, key: key, places: places, diagnostics: &diagnostics) else { continue }
            guard let page = ContentPath.normalise(String(from.drop { $0 == "/" })), !page.isEmpty, !page.hasSuffix("/") else {
                diagnostics.append(.error("path-outside-content", "redirect '\(from)' is not a page inside the site", at: places.location(of: key, file: file)))
                continue
            }
            out.append(BookConfig.Redirect(page: page.hasSuffix(".html") ? page : page + "/index.html", target: target))
        }
        return out
    }

    private func unused(_ key: String, places: KeyPlaces, why: String?, diagnostics: inout [Diagnostic]) {
        diagnostics.append(.warning("toml-unused-key", "'\(key)' is not used by Marrow" + (why.map { " (\($0))" } ?? ""),
                                    at: places.location(of: key, file: file)))
    }

    private func tableValue(_ value: TOMLValueConvertible, key: String, places: KeyPlaces, diagnostics: inout [Diagnostic]) -> TOMLTable? {
        if let table = value.table { return table }
        diagnostics.append(.error("toml-type", "'\(key)' should be a table", at: places.location(of: key, file: file)))
        return nil
    }

    private func string(_ value: TOMLValueConvertible, key: String, places: KeyPlaces, diagnostics: inout [Diagnostic]) -> String? {
        if let text = value.string { return text }
        diagnostics.append(.error("toml-type", "'\(key)' should be a string", at: places.location(of: key, file: file)))
        return nil
    }

    private func strings(_ value: TOMLValueConvertible, key: String, places: KeyPlaces, diagnostics: inout [Diagnostic]) -> [String] {
        if let text = value.string { return [text] }
        if let array = value.array {
            var out: [String] = []
            for item in array {
                guard let text = item.string else {
                    diagnostics.append(.error("toml-type", "'\(key)' should be a list of strings", at: places.location(of: key, file: file)))
                    return []
                }
                out.append(text)
            }
            return out
        }
        diagnostics.append(.error("toml-type", "'\(key)' should be a list of strings", at: places.location(of: key, file: file)))
        return []
    }
}

/// Where each dotted key of a TOML file is written, found line by line (TOMLKit keeps no
/// positions for values): `[output.html]` then `mathjax-support = true` is
/// `output.html.mathjax-support`; a table is placed at its header.
struct KeyPlaces {
    private var places: [String: (line: Int, column: Int)] = [:]

    init(_ text: String) {
        var table = ""
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = raw.prefix { $0 == " " || $0 == "\t" }.count
            let line = raw.dropFirst(indent)
            if line.hasPrefix("[") {
                let name = line.drop { $0 == "[" }.prefix { $0 != "]" }
                table = Self.dotted(name)
                record(table, line: index + 1, column: indent + 1)
            } else if !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") {
                let key = Self.dotted(line[..<equals])
                guard !key.isEmpty else { continue }
                record(table.isEmpty ? key : table + "." + key, line: index + 1, column: indent + 1)
            }
        }
    }

    private mutating func record(_ key: String, line: Int, column: Int) {
        if places[key] == nil { places[key] = (line, column) }
        // A dotted key also places the tables it opens (`output.html.fold.enable` places `output.html.fold`).
        var parts = key.split(separator: ".").dropLast()
        while !parts.isEmpty {
            let parent = parts.joined(separator: ".")
            if places[parent] == nil { places[parent] = (line, column) }
            parts = parts.dropLast()
        }
    }

    /// `output . "html"` -> `output.html`.
    private static func dotted(_ text: Substring) -> String {
        text.split(separator: ".").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'")) }.joined(separator: ".")
    }

    func location(of key: String, file: String) -> SourceLocation {
        var key = Substring(key)
        while true {
            if let place = places[String(key)] { return SourceLocation(file: file, line: place.line, column: place.column) }
            guard let dot = key.lastIndex(of: ".") else { return SourceLocation(file: file, line: 1, column: 1) }
            key = key[..<dot]
        }
    }
}
