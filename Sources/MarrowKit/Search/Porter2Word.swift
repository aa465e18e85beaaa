/// A word being stemmed by `Porter2Stemmer`: its letters (`Y` marks a consonant y) and its
/// regions R1 and R2, as offsets into the letters. The steps follow the algorithm's description.
struct Porter2Word {
    var letters: [UInt8]
    var r1 = 0
    var r2 = 0

    private static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), o = UInt8(ascii: "o")
    private static let u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), bigY = UInt8(ascii: "Y"), quote = UInt8(ascii: "'")

    init(_ letters: [UInt8]) { self.letters = letters }

    var result: String {
        String(decoding: letters.map { $0 == Self.bigY ? Self.y : $0 }, as: UTF8.self)
    }

    static func isVowel(_ c: UInt8) -> Bool {
        c == a || c == e || c == i || c == o || c == u || c == y
    }

    private func vowel(at index: Int) -> Bool { Self.isVowel(letters[index]) }

    func ends(_ suffix: String) -> Bool {
        let count = suffix.utf8.count
        return letters.count >= count && letters[(letters.count - count)...].elementsEqual(suffix.utf8)
    }

    private mutating func replace(_ count: Int, with suffix: String) {
        letters.removeLast(count)
        letters.append(contentsOf: suffix.utf8)
    }

    /// The longest of `suffixes` the word ends with.
    private func longest(_ suffixes: [String]) -> String? {
        var best: String?
        for suffix in suffixes where suffix.utf8.count > (best?.utf8.count ?? -1) && ends(suffix) { best = suffix }
        return best
    }

    /// A vowel, then a non-vowel, at or after `start`: the region begins after them.
    private func region(after start: Int) -> Int {
        var index = start + 1
        while index < letters.count {
            if !vowel(at: index) && vowel(at: index - 1) { return index + 1 }
            index += 1
        }
        return letters.count
    }

    mutating func prelude() {
        if letters.first == Self.quote { letters.removeFirst() }
        for index in letters.indices where letters[index] == Self.y && (index == 0 || vowel(at: index - 1)) {
            letters[index] = Self.bigY
        }
        let word = String(decoding: letters, as: UTF8.self)
        if let prefix = ["gener", "commun", "arsen"].first(where: { word.hasPrefix($0) }) {
            r1 = prefix.utf8.count
        } else {
            r1 = region(after: 0)
        }
        r2 = r1 < letters.count ? region(after: r1) : letters.count
        r2 = max(r2, r1)
    }

    mutating func step0() {
        if let suffix = longest(["'s'", "'s", "'"]) { letters.removeLast(suffix.utf8.count) }
    }

    mutating func step1a() {
        guard let suffix = longest(["sses", "ied", "ies", "us", "ss", "s"]) else { return }
        switch suffix {
        case "sses": letters.removeLast(2)
        case "ied", "ies": replace(3, with: letters.count > 4 ? "i" : "ie")
        case "s":
            // Delete if a vowel comes before the letter preceding the s.
            if letters.count >= 3, letters[..<(letters.count - 2)].contains(where: Self.isVowel) { letters.removeLast() }
        default: break
        }
    }

    private func containsVowel(before end: Int) -> Bool { letters[..<end].contains(where: Self.isVowel) }

    /// Ends in a short syllable: non-vowel, vowel, non-vowel other than w, x, Y; or is vowel, non-vowel.
    func endsInShortSyllable() -> Bool {
        let n = letters.count
        if n == 2 { return vowel(at: 0) && !vowel(at: 1) }
        guard n >= 3 else { return false }
        let last = letters[n - 1]
        return !vowel(at: n - 3) && vowel(at: n - 2) && !vowel(at: n - 1)
            && last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != Self.bigY
    }

    private var isShort: Bool { r1 >= letters.count && endsInShortSyllable() }

    mutating func step1b() {
        guard let suffix = longest(["eed", "eedly", "ed", "edly", "ing", "ingly"]) else { return }
        let count = suffix.utf8.count
        if suffix == "eed" || suffix == "eedly" {
            if letters.count - count >= r1 { replace(count, with: "ee") }
            return
        }
        guard containsVowel(before: letters.count - count) else { return }
        letters.removeLast(count)
        if ends("at") || ends("bl") || ends("iz") {
            letters.append(Self.e)
        } else if ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"].contains(where: ends) {
            letters.removeLast()
        } else if isShort {
            letters.append(Self.e)
        }
    }

    mutating func step1c() {
        let n = letters.count
        guard n > 2, letters[n - 1] == Self.y || letters[n - 1] == Self.bigY, !vowel(at: n - 2) else { return }
        letters[n - 1] = Self.i
    }

    private static let step2Rules: [(String, String)] = [
        ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"),
        ("izer", "ize"), ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"),
        ("alism", "al"), ("aliti", "al"), ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"), ("ousness", "ous"),
        ("iveness", "ive"), ("iviti", "ive"), ("biliti", "ble"), ("bli", "ble"), ("ogi", "og"), ("fulli", "ful"),
        ("lessli", "less"), ("li", ""),
    ]

    mutating func step2() {
        guard let suffix = longest(Self.step2Rules.map(\.0)) else { return }
        let count = suffix.utf8.count
        guard letters.count - count >= r1 else { return }
        let before = letters.count > count ? letters[letters.count - count - 1] : 0
        if suffix == "ogi" && before != UInt8(ascii: "l") { return }
        if suffix == "li" && !Array("cdeghkmnrt".utf8).contains(before) { return }
        replace(count, with: Self.step2Rules.first { $0.0 == suffix }!.1)
    }

    private static let step3Rules: [(String, String)] = [
        ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ical", "ic"),
        ("ful", ""), ("ness", ""), ("ative", ""),
    ]

    mutating func step3() {
        guard let suffix = longest(Self.step3Rules.map(\.0)) else { return }
        let count = suffix.utf8.count
        guard letters.count - count >= r1 else { return }
        if suffix == "ative" && letters.count - count < r2 { return }
        replace(count, with: Self.step3Rules.first { $0.0 == suffix }!.1)
    }

    private static let step4Suffixes = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous",
        "ive", "ize", "ion",
    ]

    mutating func step4() {
        guard let suffix = longest(Self.step4Suffixes) else { return }
        let count = suffix.utf8.count
        guard letters.count - count >= r2 else { return }
        if suffix == "ion" {
            let before = letters.count > count ? letters[letters.count - count - 1] : 0
            guard before == UInt8(ascii: "s") || before == UInt8(ascii: "t") else { return }
        }
        letters.removeLast(count)
    }

    mutating func step5() {
        let n = letters.count
        guard n > 0 else { return }
        if letters[n - 1] == Self.e {
            if n - 1 >= r2 {
                letters.removeLast()
            } else if n - 1 >= r1 {
                var stem = self
                stem.letters.removeLast()
                if !stem.endsInShortSyllable() { letters.removeLast() }
            }
        } else if letters[n - 1] == UInt8(ascii: "l"), n - 1 >= r2, n >= 2, letters[n - 2] == UInt8(ascii: "l") {
            letters.removeLast()
        }
    }
}
