import Foundation

/// Numbers as CSL renders them: what counts as numeric, ordinals and roman numerals from the
/// locale, plurals of ranges, and page ranges in the style's `page-range-format`.
enum CSLNumbers {
    /// CSL's number variables (besides page and locator, which have ranges of their own).
    static let numberVariables: Set<String> = [
        "chapter-number", "collection-number", "edition", "issue", "number", "number-of-pages", "number-of-volumes", "volume",
    ]

    /// "12", "12-15", "12, 15", "12 & 15", "2nd", "xiv": numbers, or numbers joined by range and list signs.
    static func isNumeric(_ value: String) -> Bool {
        let tokens = value.split { " ,&-–".contains($0) }
        guard !tokens.isEmpty else { return false }
        return tokens.allSatisfy { token in
            let digits = token.filter(\.isNumber)
            guard !digits.isEmpty else { return isRoman(String(token)) }
            // A number with an affix of letters: "2nd", "12a", "A1".
            let letters = token.filter(\.isLetter)
            return letters.count <= 2 && token.first.map { $0.isNumber || $0.isLetter } == true && token.allSatisfy { $0.isNumber || $0.isLetter }
        }
    }

    static func isRoman(_ token: String) -> Bool {
        !token.isEmpty && token.lowercased().allSatisfy { "ivxlcdm".contains($0) } && token.count < 8
    }

    static func isPlural(_ value: String, variable: String) -> Bool {
        if variable == "number-of-pages" || variable == "number-of-volumes" { return (Int(value.filter(\.isNumber)) ?? 1) > 1 }
        // Two or more numbers (roman numerals in a range) however joined ("1-2", "213 and 235");
        // an escaped hyphen ("3\-B", "327\-30") makes one token of its two sides.
        let ranged = value.contains("-") || value.contains("–")
        let tokens = value.replacingOccurrences(of: "\\-", with: "_").split { !$0.isNumber && !$0.isLetter && $0 != "_" }
        return tokens.filter { token in
            token.allSatisfy { $0.isNumber || $0.isLetter } && (token.contains(where: \.isNumber) || ranged && isRoman(String(token)))
        }.count > 1
    }

    /// The first number of a value in the form asked for; ranges and lists keep their other parts.
    static func format(_ value: String, form: String, locale: CSLLocale, gender: String?) -> String {
        var out = ""
        var digits = ""
        func flush() {
            guard !digits.isEmpty, let n = Int(digits) else { out += digits; digits = ""; return }
            switch form {
            case "ordinal": out += ordinal(n, locale: locale, gender: gender)
            case "long-ordinal": out += (n >= 1 && n <= 10 ? locale.term(String(format: "long-ordinal-%02d", n), genderForm: gender) : nil) ?? ordinal(n, locale: locale, gender: gender)
            case "roman": out += roman(n)
            default: out += String(n)
            }
            digits = ""
        }
        for ch in value {
            if ch.isNumber { digits.append(ch) } else {
                flush()
                // A hyphen between numbers is an en dash.
                out.append(ch == "-" ? "–" : ch)
            }
        }
        flush()
        return out.replacingOccurrences(of: " – ", with: "–")
    }

    /// CSL 1.0.2's ordinals: `ordinal-10`..`ordinal-99` match the last two digits, `ordinal-00`..
    /// `ordinal-09` the last digit (each may say `match`), `ordinal` is the default suffix.
    static func ordinal(_ n: Int, locale: CSLLocale, gender: String?) -> String {
        func pick(_ name: String, _ fits: (CSLLocale.Term) -> Bool) -> String? {
            guard let variants = locale.terms[name]?["long"]?.filter(fits), !variants.isEmpty else { return nil }
            // The noun's gender form, else the neuter one; a term only in the other gender does not count.
            return (variants.first { $0.genderForm == gender } ?? variants.first { $0.genderForm == nil })?.single
        }
        let lastTwo = n % 100, last = n % 10
        if lastTwo >= 10, let suffix = pick(String(format: "ordinal-%02d", lastTwo), { term in
            switch term.match ?? "last-two-digits" {
            case "whole-number": return n == lastTwo
            default: return true
            }
        }) { return "\(n)\(suffix)" }
        if let suffix = pick(String(format: "ordinal-%02d", last), { term in
            switch term.match ?? "last-digit" {
            case "whole-number": return n == last
            case "last-two-digits": return lastTwo == last
            default: return true
            }
        }) { return "\(n)\(suffix)" }
        return "\(n)\(locale.term("ordinal") ?? "")"
    }

    static func roman(_ n: Int) -> String {
        guard n > 0, n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = n, out = ""
        for (value, numeral) in table { while n >= value { out += numeral; n -= value } }
        return out
    }

    /// "321-28" as `expanded` (321–328), `minimal` (321–8), `minimal-two` (321–28) or `chicago`;
    /// without a format, a numeric range as written with an en dash. Both ends may share a
    /// prefix ("N110-N5", "8n11564-8n1568"); a range whose ends are not numbers of the same
    /// prefix ("110-N6", "Michaelson-Morely") and an escaped hyphen ("3\-B") stay as written.
    static func pageRange(_ value: String, format: String?, locale: CSLLocale) -> String {
        // A list of pages or ranges ("142-145 & 235", "1-3, 7-9"): each range on its own.
        // An ampersand is the locale's "and" symbol, where it has one.
        for separator in [" & ", ", ", "; "] where value.contains(separator) {
            let symbol = locale.terms["and"]?["symbol"]?.first?.single ?? "&"
            let joiner = separator == " & " ? " \(symbol) " : separator
            return value.components(separatedBy: separator).map { pageRange($0, format: format, locale: locale) }.joined(separator: joiner)
        }
        if value.contains("\\-") { return value.replacingOccurrences(of: "\\-", with: "-") }
        let delimiter = locale.term("page-range-delimiter") ?? "–"
        let parts = value.components(separatedBy: CharacterSet(charactersIn: "-–")).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty }) else { return value }
        if parts.allSatisfy({ isRoman($0) }) { return parts[0] + delimiter + parts[1] }
        guard let a = prefixed(parts[0]), let b = prefixed(parts[1]), a.prefix == b.prefix else { return parts[0] + "-" + parts[1] }
        guard let format else { return parts[0] + delimiter + parts[1] }
        let start = String(a.number)
        var end = String(b.number)
        if end.count < start.count { end = String(start.prefix(start.count - end.count)) + end }
        guard let full = Int(end), full > a.number else { return parts[0] + delimiter + parts[1] }
        let shown = format == "expanded" ? a.prefix + end : shortened(start: start, end: end, format: format)
        return a.prefix + start + delimiter + shown
    }

    /// "N110" as ("N", 110): the digits at the end and what stands before them.
    static func prefixed(_ text: String) -> (prefix: String, number: Int)? {
        let digits = String(text.reversed().prefix { $0.isASCII && $0.isNumber }.reversed())
        guard !digits.isEmpty, let number = Int(digits) else { return nil }
        return (String(text.dropLast(digits.count)), number)
    }

    /// The end of a range in a short page-range format, `end` written out in full.
    static func shortened(start: String, end: String, format: String) -> String {
        guard let first = Int(start) else { return end }
        func minimal(keeping minimum: Int) -> String {
            let a = Array(start), b = Array(end)
            guard a.count == b.count else { return end }
            var i = 0
            while i < b.count - minimum, a[i] == b[i] { i += 1 }
            return String(b[i...])
        }
        switch format {
        case "minimal": return minimal(keeping: 1)
        case "minimal-two": return end.count > 1 ? minimal(keeping: 2) : end
        case "chicago", "chicago-15", "chicago-16":
            if first < 100 || first % 100 == 0 { return end }
            if first % 100 < 10 { return minimal(keeping: 1) }
            if start.count == 4, format != "chicago-16", minimal(keeping: 1).count >= 3 { return end }
            return minimal(keeping: 2)
        default: return end
        }
    }
}

