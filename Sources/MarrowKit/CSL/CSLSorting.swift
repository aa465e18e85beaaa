import Foundation

/// `<sort>`: each item's keys (a variable, or a macro rendered as a sort key: names in sort
/// order without labels, "and" or "et al.", dates and numbers as sortable digits), compared
/// without case, accents or punctuation; items without a key's value go last.
extension CSLProcessor {
    func sorted(_ items: [CSLItem], keys: [CSLSortKey], section: CSLSection, numbers: [String: Int]) -> [CSLItem] {
        let values = items.map { item in keys.map { Self.sortNormal(sortValue(item, key: $0, section: section, numbers: numbers)) } }
        let order = items.indices.sorted { a, b in
            for (k, key) in keys.enumerated() {
                let x = values[a][k], y = values[b][k]
                if x == y { continue }
                if x.isEmpty { return false }
                if y.isEmpty { return true }
                let ascending = Self.compare(x, y)
                return key.descending ? !ascending : ascending
            }
            return a < b
        }
        return order.map { items[$0] }
    }

    static func compare(_ x: String, _ y: String) -> Bool {
        if let a = Double(x), let b = Double(y) { return a < b }
        return x.compare(y, options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US")) == .orderedAscending
    }

    /// A key's words: letters and digits, punctuation and quotes as single spaces.
    static func sortNormal(_ key: String) -> String {
        var out = ""
        var gap = false
        for ch in key {
            if ch.isLetter || ch.isNumber {
                if gap, !out.isEmpty { out.append(" ") }
                gap = false
                out.append(ch)
            } else {
                gap = true
            }
        }
        return out
    }

    /// A name as a sort key: family name (with its particle unless the style demotes it), then
    /// particles and given names.
    func nameSortKey(_ name: CSLName) -> String {
        if let literal = name.literal { return literal }
        let demote = style.options["demote-non-dropping-particle"] ?? "display-and-sort"
        let family = demote == "never" ? CSLRenderer.joinParticle(name.nonDroppingParticle, name.family ?? "") : name.family ?? ""
        let particles = demote == "never" ? [name.droppingParticle] : [name.droppingParticle, name.nonDroppingParticle]
        return ([family] + particles + [name.given, name.suffix]).compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    func sortValue(_ item: CSLItem, key: CSLSortKey, section: CSLSection, numbers: [String: Int]) -> String {
        if let variable = key.variable {
            if variable == "citation-number" { return numbers[item.id].map { String(format: "%08d", $0) } ?? "" }
            if variable == "citation-label" { return item.citationLabel ?? "" }
            if let names = item.names[variable], !names.isEmpty {
                return names.map(nameSortKey).joined(separator: " ")
            }
            if let date = item.dates[variable] { return Self.dateSortKey(date) }
            if let value = item.string(variable) {
                if CSLNumbers.isNumeric(value), let n = Int(value.prefix { $0.isNumber }) { return String(format: "%08d", n) }
                return CSLRichText.render(value).plain
            }
            return ""
        }
        if let macro = key.macro {
            var options = self.options(for: section)
            options["name-as-sort-order"] = "all"
            var renderer = CSLRenderer(style: style, locale: locale, item: item, options: options)
            renderer.citationNumber = numbers[item.id]
            renderer.sortKey = true
            for (attribute, value) in key.attributes where attribute.hasPrefix("names-") {
                renderer.etAlOverrides[attribute == "names-min" ? "et-al-min" : attribute == "names-use-first" ? "et-al-use-first" : "et-al-use-last"] = value
            }
            return CSLFormatting.join(renderer.render(style.macros[macro] ?? []), delimiter: " ").plain
        }
        return ""
    }

    /// A date as digits that sort in time order (years before the common era first).
    static func dateSortKey(_ date: CSLDate) -> String {
        date.parts.map { parts in
            String(format: "%06d%02d%02d", (parts.first ?? 0) + 100000, parts.count > 1 ? parts[1] : 0, parts.count > 2 ? parts[2] : 0)
        }.joined(separator: " ")
    }
}
