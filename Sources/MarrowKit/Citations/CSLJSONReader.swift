import Foundation

/// Reads CSL-JSON as Zotero exports it: an array of items with `id`, `type`, `author`, `issued`...
struct CSLJSONReader {
    let file: String

    func read(_ text: String, diagnostics: inout [Diagnostic]) -> [BibEntry] {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            diagnostics.append(.error("csl-json-syntax", "malformed CSL-JSON: \(Self.reason(error))", at: SourceLocation(file: file, line: 1, column: 1)))
            return []
        }
        guard let items = json as? [[String: Any]] else {
            diagnostics.append(.error("csl-json-syntax", "CSL-JSON must be an array of items", at: SourceLocation(file: file, line: 1, column: 1)))
            return []
        }
        let lines = LineTable(bytes: Array(text.utf8), file: file)
        return items.enumerated().compactMap { index, item in
            let location = locate(item["id"], in: text, lines: lines)
            guard let id = item["id"].map({ "\($0)" }), !id.isEmpty else {
                diagnostics.append(.error("csl-json-syntax", "item \(index + 1) has no 'id'", at: location))
                return nil
            }
            return entry(id: id, item: item, location: location)
        }
    }

    private func entry(id: String, item: [String: Any], location: SourceLocation) -> BibEntry {
        let type = ReferenceType(rawValue: item["type"] as? String ?? "") ?? fallbackType(item["type"] as? String)
        var e = BibEntry(key: id, type: type, location: location)
        func string(_ key: String) -> String? {
            guard let value = item[key] else { return nil }
            let s = "\(value)".trimmingCharacters(in: .whitespaces)
            return s.isEmpty ? nil : s
        }
        e.authors = names(item["author"])
        e.editors = names(item["editor"])
        e.title = BibText(plain: string("title") ?? "")
        e.containerTitle = BibText(plain: string("container-title") ?? "")
        e.containerTitleShort = string("container-title-short") ?? string("journalAbbreviation")
        e.publisher = string("publisher")
        e.genre = string("genre")
        e.volume = string("volume")
        e.issue = string("issue")
        e.pages = string("page")
        e.edition = string("edition")
        e.issued = date(item["issued"])
        e.accessed = date(item["accessed"])
        e.doi = string("DOI").map(BibEntryBuilder.bareDOI)
        e.pmid = string("PMID")
        e.url = string("URL")
        return e
    }

    private func fallbackType(_ type: String?) -> ReferenceType {
        switch type {
        case "article-magazine", "article-newspaper", "article": return .articleJournal
        case "entry-encyclopedia", "entry-dictionary": return .chapter
        case "post", "post-weblog": return .webpage
        default: return .misc
        }
    }

    private func names(_ value: Any?) -> BibNameList {
        guard let list = value as? [[String: Any]] else { return BibNameList() }
        return BibNameList(names: list.map { n in
            if let literal = n["literal"] as? String { return BibName(literal: literal) }
            return BibName(given: n["given"] as? String ?? "", particle: n["dropping-particle"] as? String ?? "",
                           nonDroppingParticle: n["non-dropping-particle"] as? String ?? "",
                           family: n["family"] as? String ?? "", suffix: n["suffix"] as? String ?? "")
        })
    }

    private func date(_ value: Any?) -> ReferenceDate? {
        guard let object = value as? [String: Any], let parts = object["date-parts"] as? [[Any]], let first = parts.first,
              let year = first.first.flatMap(number) else { return nil }
        return ReferenceDate(year: year, month: first.count > 1 ? number(first[1]) : nil, day: first.count > 2 ? number(first[2]) : nil)
    }

    private func number(_ value: Any) -> Int? {
        (value as? Int) ?? (value as? String).flatMap { Int($0) }
    }

    /// JSONSerialization keeps no positions: find the item's `"id"` in the text instead.
    private func locate(_ id: Any?, in text: String, lines: LineTable) -> SourceLocation {
        guard let id = id as? String, let range = text.range(of: "\"\(id)\"") else { return SourceLocation(file: file, line: 1, column: 1) }
        return lines.location(text.utf8.distance(from: text.startIndex, to: range.lowerBound))
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
    }
}
