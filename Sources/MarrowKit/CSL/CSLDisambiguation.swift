import Foundation

/// What disambiguation decided for one item.
public struct CSLDisambiguation: Sendable, Hashable {
    /// Names shown before "et al." (add-names), when more than the style's.
    public var namesShown: Int?
    /// Given names added, by name: 1 as the style would write them in full form (initials when it
    /// initializes), 2 in full.
    public var givenNames: [String: Int] = [:]
    /// The `disambiguate="true"` condition holds.
    public var condition = false

    static func key(_ name: CSLName) -> String {
        [name.family ?? name.literal ?? "", name.given ?? ""].joined(separator: "\u{1F}")
    }
}

extension CSLProcessor {
    /// CSL 1.0.2's disambiguation of cites that read the same for different items: more names
    /// (`disambiguate-add-names`), given names (`disambiguate-add-givenname`, by its rule), then the
    /// `disambiguate` condition and year suffixes. Returns each item's decisions and year suffix.
    public func disambiguate(_ items: [CSLItem], numbers: [String: Int]) -> (states: [String: CSLDisambiguation], suffixes: [String: String]) {
        guard let section = style.citation else { return ([:], [:]) }
        let options = section.options
        var states: [String: CSLDisambiguation] = [:]
        let rule = options["givenname-disambiguation-rule"] ?? "by-cite"
        let addNames = options["disambiguate-add-names"] == "true"
        let addGiven = options["disambiguate-add-givenname"] == "true"
        func text(_ item: CSLItem) -> String {
            var renderer = renderer(for: item, section: section, number: numbers[item.id])
            renderer.disambiguation = states[item.id] ?? CSLDisambiguation()
            return CSLFormatting.join(renderer.render(section.layout.children), delimiter: nil).plain
        }
        func names(_ item: CSLItem) -> [CSLName] {
            ["author", "editor", "translator", "composer", "director", "interviewer", "illustrator"].compactMap { item.names[$0] }.first ?? []
        }
        // Rules that look at every name of the book, not at colliding cites.
        if addGiven, rule.hasPrefix("all-names") || rule.hasPrefix("primary-name") {
            var givenByFamily: [String: Set<String>] = [:]
            for item in items {
                for (index, name) in names(item).enumerated() where rule.hasPrefix("all-names") || index == 0 {
                    guard let family = name.family else { continue }
                    givenByFamily[family, default: []].insert(name.given ?? "")
                }
            }
            for item in items {
                var state = states[item.id] ?? CSLDisambiguation()
                for (index, name) in names(item).enumerated() where rule.hasPrefix("all-names") || index == 0 {
                    guard let family = name.family, (givenByFamily[family]?.count ?? 0) > 1 else { continue }
                    let initials = Set(givenByFamily[family]!.map { $0.prefix(1) })
                    state.givenNames[CSLDisambiguation.key(name)] = rule.hasSuffix("with-initials") || initials.count == givenByFamily[family]!.count ? 1 : 2
                }
                states[item.id] = state
            }
        }
        // Cites that still read the same: add names, then given names, one step at a time.
        func collisions() -> [[CSLItem]] {
            var groups: [String: [CSLItem]] = [:]
            var order: [String] = []
            for item in items {
                let key = text(item)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(item)
            }
            return order.compactMap { groups[$0]!.count > 1 ? groups[$0] : nil }
        }
        for group in collisions() {
            // Items that more names or given names could tell apart from each other.
            func full(_ item: CSLItem) -> String {
                names(item).map { ($0.family ?? $0.literal ?? "") + "|" + ($0.given ?? "") }.joined(separator: ";")
            }
            if addNames {
                for item in group {
                    let others = group.filter { $0.id != item.id && full($0) != full(item) }
                    guard !others.isEmpty else { continue }
                    let most = names(item).count
                    var chosen: Int?
                    var n = 1
                    while n <= most {
                        var mine = states[item.id] ?? CSLDisambiguation()
                        mine.namesShown = n
                        let saved = states
                        states[item.id] = mine
                        for other in others { states[other.id, default: CSLDisambiguation()].namesShown = n }
                        let distinct = others.allSatisfy { text($0) != text(item) }
                        states = saved
                        if distinct { chosen = n; break }
                        n += 1
                    }
                    if let chosen, chosen > (states[item.id]?.namesShown ?? 0) { states[item.id, default: CSLDisambiguation()].namesShown = chosen }
                }
                // A name count that tells nothing apart is taken back.
                for item in group where group.allSatisfy({ $0.id == item.id || full($0) == full(item) }) { states[item.id]?.namesShown = nil }
            }
            if addGiven, rule == "by-cite" || rule.hasPrefix("all-names") || rule.hasPrefix("primary-name") {
                // Expand only the names that differ in their given names from the same name of a colliding item.
                for item in group {
                    for other in group where other.id != item.id && text(other) == text(item) {
                        let a = names(item), b = names(other)
                        let shown = min(states[item.id]?.namesShown ?? a.count, a.count, b.count)
                        for index in 0..<shown where a[index].family == b[index].family && a[index].given != b[index].given
                            && (!rule.hasPrefix("primary-name") || index == 0) {
                            for level in 1...2 where text(other) == text(item) {
                                states[item.id, default: CSLDisambiguation()].givenNames[CSLDisambiguation.key(a[index])] = level
                                states[other.id, default: CSLDisambiguation()].givenNames[CSLDisambiguation.key(b[index])] = level
                            }
                        }
                    }
                }
            }
            let texts = group.map(text)
            for (index, item) in group.enumerated() where texts.filter({ $0 == texts[index] }).count > 1 {
                states[item.id, default: CSLDisambiguation()].condition = true
            }
        }
        // Year suffixes for what names could not tell apart.
        var suffixes: [String: String] = [:]
        if options["disambiguate-add-year-suffix"] == "true" {
            let ordered = style.bibliography.map { $0.sort.isEmpty ? items : sorted(items, keys: $0.sort, section: $0, numbers: numbers) } ?? items
            var groups: [String: [String]] = [:]
            var order: [String] = []
            for item in ordered {
                var state = states[item.id] ?? CSLDisambiguation()
                state.condition = false
                var renderer = renderer(for: item, section: section, number: numbers[item.id])
                renderer.disambiguation = state
                let key = CSLFormatting.join(renderer.render(section.layout.children), delimiter: nil).plain
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(item.id)
            }
            for key in order {
                guard let ids = groups[key], ids.count > 1 else { continue }
                for (index, id) in ids.enumerated() {
                    suffixes[id] = Self.letters(index)
                    states[id]?.condition = false
                }
            }
        }
        return (states, suffixes)
    }
}
