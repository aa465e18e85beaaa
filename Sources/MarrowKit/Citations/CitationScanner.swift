/// Finds Pandoc citations in a run of text: `[@a; @b]`, `[see @a, p. 33]`, `[-@a]` and in-text
/// `@a`. Not an email address (a word character before `@`), not a Quarto cross-reference
/// (`@fig-`, `@tbl-`, `@sec-`, `@eq-`, `@lst-`).
struct CitationScanner {
    enum Token: Equatable {
        case text(String)
        /// A citation and the UTF-8 offset, in the scanned text, of each item's `@`.
        case citation(CitationCluster, offsets: [Int])
    }

    private static let crossReferencePrefixes = ["fig-", "tbl-", "sec-", "eq-", "lst-"]
    private static let innerPunctuation = Set(":.#$%&-+?<>~/".unicodeScalars)

    func scan(_ text: String) -> [Token] {
        let chars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var plain = ""
        var i = 0
        func utf8Offset(_ index: Int) -> Int { chars[..<index].reduce(0) { $0 + UTF8.width($1) } }
        while i < chars.count {
            if chars[i] == "[", let (cluster, atIndices, end) = bracketed(chars, from: i) {
                tokens.append(.text(plain))
                plain = ""
                tokens.append(.citation(cluster, offsets: atIndices.map(utf8Offset)))
                i = end
            } else if chars[i] == "@", i == 0 || !isWordCharacter(chars[i - 1]), let (key, end) = key(chars, from: i + 1) {
                tokens.append(.text(plain))
                plain = ""
                var item = CitationItem(key: key)
                var sourceEnd = end
                if let (locator, after) = inTextLocator(chars, from: end) {
                    item.locator = locator
                    sourceEnd = after
                }
                var source = String.UnicodeScalarView()
                source.append(contentsOf: chars[i..<sourceEnd])
                let cluster = CitationCluster(items: [item], isInText: true, source: String(source))
                tokens.append(.citation(cluster, offsets: [utf8Offset(i)]))
                i = sourceEnd
            } else {
                plain.unicodeScalars.append(chars[i])
                i += 1
            }
        }
        tokens.append(.text(plain))
        return tokens.filter { $0 != .text("") }
    }

    /// Pandoc's locator after an in-text citation, `@key [p. 33]`: one space, then brackets without `@`.
    private func inTextLocator(_ chars: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        guard start + 1 < chars.count, chars[start] == " ", chars[start + 1] == "[" else { return nil }
        var close = start + 2
        while close < chars.count, chars[close] != "]" {
            if chars[close] == "[" || chars[close] == "@" || chars[close] == "\n" { return nil }
            close += 1
        }
        guard close < chars.count else { return nil }
        var locator = text(chars[(start + 2)..<close])
        if locator.hasPrefix(",") { locator = text(Array(locator.unicodeScalars.dropFirst())[...]) }
        return locator.isEmpty ? nil : (locator, close + 1)
    }

    /// `[...]` whose every `;`-separated part holds one `@key`; nil when it is anything else.
    private func bracketed(_ chars: [Unicode.Scalar], from open: Int) -> (CitationCluster, [Int], Int)? {
        var close = open + 1
        while close < chars.count, chars[close] != "]" {
            if chars[close] == "[" { return nil }
            close += 1
        }
        guard close < chars.count else { return nil }
        var items: [CitationItem] = []
        var atIndices: [Int] = []
        var partStart = open + 1
        for index in (open + 1)...close where index == close || chars[index] == ";" {
            guard let (item, at) = item(chars, partStart..<index) else { return nil }
            items.append(item)
            atIndices.append(at)
            partStart = index + 1
        }
        var source = String.UnicodeScalarView()
        source.append(contentsOf: chars[open...close])
        return (CitationCluster(items: items, isInText: false, source: String(source)), atIndices, close + 1)
    }

    private func item(_ chars: [Unicode.Scalar], _ range: Range<Int>) -> (CitationItem, Int)? {
        guard let at = range.first(where: { chars[$0] == "@" && ($0 == range.lowerBound || !isWordCharacter(chars[$0 - 1])) }),
              let (key, end) = key(chars, from: at + 1) else { return nil }
        var prefixEnd = at
        let suppress = at > range.lowerBound && chars[at - 1] == "-"
        if suppress { prefixEnd -= 1 }
        var locator = text(chars[end..<range.upperBound])
        if locator.hasPrefix(",") { locator = text(Array(locator.unicodeScalars.dropFirst())[...]) }
        if locator.contains("@") { return nil }
        return (CitationItem(key: key, prefix: text(chars[range.lowerBound..<prefixEnd]), locator: locator, suppressAuthor: suppress), at)
    }

    /// A key starts with a letter, digit or `_`; inner punctuation counts only when a word character follows.
    private func key(_ chars: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        var end = start
        if end < chars.count, chars[end] == "{" {
            while end < chars.count, chars[end] != "}" { end += 1 }
            guard end < chars.count, end > start + 1 else { return nil }
            return (text(chars[(start + 1)..<end]), end + 1)
        }
        guard end < chars.count, isWordCharacter(chars[end]) else { return nil }
        while end < chars.count {
            if isWordCharacter(chars[end]) {
                end += 1
            } else if Self.innerPunctuation.contains(chars[end]), end + 1 < chars.count, isWordCharacter(chars[end + 1]) {
                end += 1
            } else {
                break
            }
        }
        let key = text(chars[start..<end])
        if Self.crossReferencePrefixes.contains(where: { key.lowercased().hasPrefix($0) }) { return nil }
        return (key, end)
    }

    private func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic || c.properties.numericType != nil
    }

    private func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
