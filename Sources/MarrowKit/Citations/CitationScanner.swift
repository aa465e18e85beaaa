import Foundation

/// Finds Pandoc citations in a run of text: `[@a; @b]`, `[see @a, p. 33]`, `[-@a]` and in-text
/// `@a`. Not an email address (a word character before `@`), not a Quarto cross-reference
/// (`@fig-`, `@tbl-`, `@sec-`, `@eq-`, `@lst-`).
/// Scans UTF-8 bytes: every delimiter is ASCII, which never occurs inside a multi-byte character,
/// and only the word test before `@` and inside keys decodes a character.
struct CitationScanner {
    enum Token: Equatable {
        case text(String)
        /// A citation and the UTF-8 offset, in the scanned text, of each item's `@`.
        case citation(CitationCluster, offsets: [Int])
    }

    func scan(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { CitationBytes(bytes: $0).tokens() }
    }
}

/// One scan over the bytes of a run of text.
private struct CitationBytes {
    let bytes: UnsafeBufferPointer<UInt8>

    private static let crossReferencePrefixes: [[UInt8]] = ["fig-", "tbl-", "sec-", "eq-", "lst-"].map { Array($0.utf8) }

    func tokens() -> [CitationScanner.Token] {
        var tokens: [CitationScanner.Token] = []
        var plainStart = 0
        var i = 0
        func flushPlain(to end: Int) {
            if end > plainStart { tokens.append(.text(string(plainStart..<end))) }
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "["), let (cluster, offsets, end) = bracketed(from: i) {
                flushPlain(to: i)
                tokens.append(.citation(cluster, offsets: offsets))
                i = end
                plainStart = i
            } else if byte == UInt8(ascii: "@"), i == 0 || !isWordCharacter(before: i), let (key, end) = key(from: i + 1) {
                flushPlain(to: i)
                var item = CitationItem(key: key)
                var sourceEnd = end
                if let (locator, after) = inTextLocator(from: end) {
                    item.locator = locator
                    sourceEnd = after
                }
                tokens.append(.citation(CitationCluster(items: [item], isInText: true, source: string(i..<sourceEnd)), offsets: [i]))
                i = sourceEnd
                plainStart = i
            } else {
                i += 1
            }
        }
        flushPlain(to: bytes.count)
        return tokens
    }

    /// Pandoc's locator after an in-text citation, `@key [p. 33]`: one space, then brackets without `@`.
    private func inTextLocator(from start: Int) -> (String, Int)? {
        guard start + 1 < bytes.count, bytes[start] == UInt8(ascii: " "), bytes[start + 1] == UInt8(ascii: "[") else { return nil }
        var close = start + 2
        while close < bytes.count, bytes[close] != UInt8(ascii: "]") {
            let byte = bytes[close]
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "\n") { return nil }
            close += 1
        }
        guard close < bytes.count else { return nil }
        let locator = locatorText((start + 2)..<close)
        return locator.isEmpty ? nil : (locator, close + 1)
    }

    /// `[...]` whose every `;`-separated part holds one `@key`; nil when it is anything else.
    private func bracketed(from open: Int) -> (CitationCluster, [Int], Int)? {
        var close = open + 1
        while close < bytes.count, bytes[close] != UInt8(ascii: "]") {
            if bytes[close] == UInt8(ascii: "[") { return nil }
            close += 1
        }
        guard close < bytes.count else { return nil }
        var items: [CitationItem] = []
        var offsets: [Int] = []
        var partStart = open + 1
        for index in (open + 1)...close where index == close || bytes[index] == UInt8(ascii: ";") {
            guard let (item, at) = item(partStart..<index) else { return nil }
            items.append(item)
            offsets.append(at)
            partStart = index + 1
        }
        return (CitationCluster(items: items, isInText: false, source: string(open..<(close + 1))), offsets, close + 1)
    }

    private func item(_ range: Range<Int>) -> (CitationItem, Int)? {
        guard let at = range.first(where: { bytes[$0] == UInt8(ascii: "@") && ($0 == range.lowerBound || !isWordCharacter(before: $0)) }),
              let (key, end) = key(from: at + 1) else { return nil }
        var prefixEnd = at
        let suppress = at > range.lowerBound && bytes[at - 1] == UInt8(ascii: "-")
        if suppress { prefixEnd -= 1 }
        let locator = locatorText(end..<range.upperBound)
        if locator.utf8.contains(UInt8(ascii: "@")) { return nil }
        return (CitationItem(key: key, prefix: trimmed(range.lowerBound..<prefixEnd), locator: locator, suppressAuthor: suppress), at)
    }

    /// A key starts with a letter, digit or `_`; inner punctuation counts only when a word character
    /// follows, and `:` or `/` before a `/` (a URL-shaped key), as pandoc reads keys.
    private func key(from start: Int) -> (String, Int)? {
        var end = start
        if end < bytes.count, bytes[end] == UInt8(ascii: "{") {
            while end < bytes.count, bytes[end] != UInt8(ascii: "}") { end += 1 }
            guard end < bytes.count, end > start + 1 else { return nil }
            return (trimmed((start + 1)..<end), end + 1)
        }
        guard end < bytes.count, wordCharacterWidth(at: end) > 0 else { return nil }
        while end < bytes.count {
            let width = wordCharacterWidth(at: end)
            if width > 0 {
                end += width
            } else if Self.isInnerPunctuation(bytes[end]), end + 1 < bytes.count, wordCharacterWidth(at: end + 1) > 0 {
                end += 1
            } else if bytes[end] == UInt8(ascii: ":") || bytes[end] == UInt8(ascii: "/"), end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "/") {
                end += 1  // "https://", as pandoc reads a URL-shaped key
            } else {
                break
            }
        }
        let key = trimmed(start..<end)
        if isCrossReference(key) { return nil }
        return (key, end)
    }

    private func isCrossReference(_ key: String) -> Bool {
        let head = key.utf8.prefix(4)
        guard head.allSatisfy({ $0 < 0x80 }) else {
            return ["fig-", "tbl-", "sec-", "eq-", "lst-"].contains { key.lowercased().hasPrefix($0) }
        }
        let lowered = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return Self.crossReferencePrefixes.contains { lowered.starts(with: $0) }
    }

    private static func isInnerPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
             UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "~"),
             UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }

    /// The byte length of the character at `index` when it is a word character (`_`, a letter or a digit), else 0.
    private func wordCharacterWidth(at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 {
            let lower = byte | 0x20
            return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F ? 1 : 0
        }
        let (scalar, width) = UTF8Bytes.scalar(in: bytes, at: index)
        return UTF8Bytes.isWordScalar(scalar) ? width : 0
    }

    private func isWordCharacter(before index: Int) -> Bool {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return wordCharacterWidth(at: start) > 0
    }

    private func string(_ range: Range<Int>) -> String {
        UTF8Bytes.string(bytes, range)
    }

    /// The text with white space (and line breaks) trimmed from both ends, as Foundation trims it.
    private func trimmed(_ range: Range<Int>) -> String {
        UTF8Bytes.trimmed(UnsafeBufferPointer(rebasing: bytes[range]))
    }

    /// A locator: trimmed, without a leading comma.
    private func locatorText(_ range: Range<Int>) -> String {
        let locator = trimmed(range)
        guard locator.hasPrefix(",") else { return locator }
        return UTF8Bytes.trimmed(String(String.UnicodeScalarView(locator.unicodeScalars.dropFirst())))
    }
}
