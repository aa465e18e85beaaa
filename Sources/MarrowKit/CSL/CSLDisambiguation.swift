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
    /// The names disambiguation looks at: the first of the usual name variables an item has.
    static func disambiguationNames(_ item: CSLItem) -> [CSLName] {
        ["author", "editor", "translator", "composer", "director", "interviewer", "illustrator"].compactMap { item.names[$0] }.first ?? []
    }

    /// A given name's letters alone: "J. J." and "J.J." are the same.
    static func givenLetters(_ name: CSLName) -> String { (name.given ?? "").filter(\.isLetter).lowercased() }

    /// A family name with its particle: "dos Santos" and "Santos" are different names.
    static func familyKey(_ name: CSLName) -> String? {
        name.family.map { CSLRenderer.joinParticle(name.nonDroppingParticle, $0) }
    }

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
        func text(_ item: CSLItem, _ state: CSLDisambiguation) -> String {
            var renderer = renderer(for: item, section: section, number: numbers[item.id])
            renderer.disambiguation = state
            return CSLFormatting.join(renderer.render(section.layout.children), delimiter: nil).plain
        }
        func text(_ item: CSLItem) -> String { text(item, states[item.id] ?? CSLDisambiguation()) }
        if addGiven, rule != "by-cite" { states = globalGivenNames(items, rule: rule) }
        // Cites that still read the same: add names, then given names.
        for group in collisions(items, text) {
            if addNames { addNamesToTellApart(group, states: &states, fullGiven: addGiven && rule == "by-cite", text: text) }
            if addGiven { expandGivenNames(group, states: &states, rule: rule, text: text(_:_:)) }
        }
        // A later cite may read otherwise (position tests, et-al-subsequent): what reads the same
        // there needs telling apart too.
        var forms: [(CSLItem, CSLDisambiguation) -> String] = [text]
        if style.rendersByPosition {
            forms.append { item, state in
                var renderer = renderer(for: item, section: section, number: numbers[item.id])
                renderer.disambiguation = state
                renderer.position = "subsequent"
                return CSLFormatting.join(renderer.render(section.layout.children), delimiter: nil).plain
            }
        }
        // What still reads the same takes the `disambiguate` condition.
        for form in forms {
            for group in collisions(items, { form($0, states[$0.id] ?? CSLDisambiguation()) }) {
                for item in group { states[item.id, default: CSLDisambiguation()].condition = true }
            }
        }
        return (states, yearSuffixes(items, states: &states, numbers: numbers, forms: forms))
    }

    /// Items whose cites read the same, in groups, in the items' order.
    func collisions(_ items: [CSLItem], _ text: (CSLItem) -> String) -> [[CSLItem]] {
        var groups: [String: [CSLItem]] = [:]
        var order: [String] = []
        for item in items {
            let key = text(item)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(item)
        }
        return order.compactMap { groups[$0]!.count > 1 ? groups[$0] : nil }
    }

    /// `disambiguate-add-names`: each item of a colliding group shows the fewest names that leave
    /// it colliding with as few others as can be (given names counted in full where they may be
    /// added too); nothing changes where more names tell nothing apart.
    func addNamesToTellApart(_ group: [CSLItem], states: inout [String: CSLDisambiguation], fullGiven: Bool,
                             text: (CSLItem, CSLDisambiguation) -> String) {
        func trial(_ item: CSLItem, _ n: Int?) -> String {
            var state = states[item.id] ?? CSLDisambiguation()
            if let n { state.namesShown = n }
            if fullGiven { for name in Self.disambiguationNames(item) { state.givenNames[CSLDisambiguation.key(name)] = 2 } }
            return text(item, state)
        }
        var chosen: [String: Int] = [:]
        for item in group {
            let most = Self.disambiguationNames(item).count
            guard most > 1 else { continue }
            let others = group.filter { $0.id != item.id }
            func clashes(_ n: Int?) -> Int {
                let mine = trial(item, n)
                return others.filter { trial($0, n) == mine }.count
            }
            var best = clashes(nil), bestN: Int?
            for n in 1...most {
                let count = clashes(n)
                if count < best { best = count; bestN = n }
            }
            if let bestN { chosen[item.id] = bestN }
        }
        for (id, n) in chosen { states[id, default: CSLDisambiguation()].namesShown = n }
    }

    /// `disambiguate-add-givenname` in a colliding group: each item shows, name by name, initials
    /// then (unless the rule stops at initials) the given name, keeping only what leaves it
    /// colliding with fewer of the others (they compared with as many names, the same expanded).
    func expandGivenNames(_ group: [CSLItem], states: inout [String: CSLDisambiguation], rule: String,
                          text render: (CSLItem, CSLDisambiguation) -> String) {
        let base = states
        let maxLevel = rule.hasSuffix("with-initials") ? 1 : 2
        for item in group {
            let names = Self.disambiguationNames(item)
            var levels: [Int: Int] = [:]  // Name index -> level, for this item.
            func state(_ other: CSLItem) -> CSLDisambiguation {
                var state = base[other.id] ?? CSLDisambiguation()
                state.namesShown = base[item.id]?.namesShown
                let theirs = Self.disambiguationNames(other)
                for (index, level) in levels where index < theirs.count {
                    let key = CSLDisambiguation.key(theirs[index])
                    state.givenNames[key] = max(level, state.givenNames[key] ?? 0)
                }
                return state
            }
            func clashes() -> Int {
                let mine = render(item, state(item))
                return group.filter { $0.id != item.id && render($0, state($0)) == mine }.count
            }
            var current = clashes()
            // Only names whose given names differ (in their letters: "J. J." is "J.J.") from the
            // same person's in another item of the group are worth expanding.
            let differing = names.indices.filter { index in
                group.contains { other in
                    let theirs = Self.disambiguationNames(other)
                    return other.id != item.id && index < theirs.count && Self.familyKey(theirs[index]) == Self.familyKey(names[index])
                        && Self.givenLetters(theirs[index]) != Self.givenLetters(names[index])
                }
            }
            for index in differing where current > 0 && (!rule.hasPrefix("primary-name") || index == 0) {
                for level in 1...maxLevel {
                    let saved = levels[index]
                    levels[index] = level
                    let count = clashes()
                    if count < current { current = count; break }
                    levels[index] = saved
                }
            }
            states[item.id] = state(item)
        }
    }

    /// The rules that expand given names over the whole document (`all-names`, `primary-name`,
    /// and their `-with-initials`): a name whose family name another person shares shows its
    /// initials, or its given name where initials do not tell them apart.
    func globalGivenNames(_ items: [CSLItem], rule: String) -> [String: CSLDisambiguation] {
        var states: [String: CSLDisambiguation] = [:]
        let everyName = rule.hasPrefix("all-names")
        var givenByFamily: [String: Set<String>] = [:]
        for item in items {
            for (index, name) in Self.disambiguationNames(item).enumerated() where everyName || index == 0 {
                guard let family = Self.familyKey(name) else { continue }
                givenByFamily[family, default: []].insert(Self.givenLetters(name))
            }
        }
        for item in items {
            var state = CSLDisambiguation()
            for (index, name) in Self.disambiguationNames(item).enumerated() where everyName || index == 0 {
                guard let family = Self.familyKey(name), let givens = givenByFamily[family] else { continue }
                let given = Self.givenLetters(name)
                let others = givens.subtracting([given])
                guard !others.isEmpty else { continue }
                let sharesInitial = others.contains { $0.prefix(1) == given.prefix(1) }
                let differsInInitial = others.contains { $0.prefix(1) != given.prefix(1) }
                if rule.hasSuffix("with-initials") {
                    if differsInInitial { state.givenNames[CSLDisambiguation.key(name)] = 1 }
                } else {
                    state.givenNames[CSLDisambiguation.key(name)] = sharesInitial ? 2 : 1
                }
            }
            states[item.id] = state
        }
        return states
    }

    /// `disambiguate-add-year-suffix`: items that still read the same take a, b, c... in the
    /// bibliography's order; their `disambiguate` condition is no longer needed.
    func yearSuffixes(_ items: [CSLItem], states: inout [String: CSLDisambiguation], numbers: [String: Int],
                      forms: [(CSLItem, CSLDisambiguation) -> String]) -> [String: String] {
        guard style.citation?.options["disambiguate-add-year-suffix"] == "true" else { return [:] }
        var suffixes: [String: String] = [:]
        // Suffixes follow the bibliography's order; without its sort, the order of first citation.
        let cited = items.enumerated().sorted { (numbers[$0.element.id] ?? Int.max, $0.offset) < (numbers[$1.element.id] ?? Int.max, $1.offset) }.map(\.element)
        let ordered = style.bibliography.map { $0.sort.isEmpty ? cited : sorted(cited, keys: $0.sort, section: $0, numbers: numbers) } ?? cited
        // Items that read the same in any form belong together (each item's group, by the first
        // item of it in order).
        var leader = Array(ordered.indices)
        func root(_ i: Int) -> Int { leader[i] == i ? i : root(leader[i]) }
        for form in forms {
            var first: [String: Int] = [:]
            for (index, item) in ordered.enumerated() {
                var state = states[item.id] ?? CSLDisambiguation()
                state.condition = false
                let key = form(item, state)
                if let other = first[key] {
                    let (a, b) = (root(other), root(index))
                    leader[max(a, b)] = min(a, b)
                } else {
                    first[key] = index
                }
            }
        }
        var members: [Int: [String]] = [:]
        for index in ordered.indices { members[root(index), default: []].append(ordered[index].id) }
        for ids in members.values where ids.count > 1 {
            for (index, id) in ids.enumerated() {
                suffixes[id] = Self.letters(index)
                states[id]?.condition = false
            }
        }
        return suffixes
    }
}
