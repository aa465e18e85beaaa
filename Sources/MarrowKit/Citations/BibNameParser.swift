/// Splits a BibTeX name list ("A and B and others") into names with their First, von, Last
/// and Jr parts, following BibTeX's rules: lowercase words are the von part, a name wholly in
/// braces is a corporate name, and commas separate "von Last, Jr, First".
enum BibNameParser {
    static func parse(_ raw: String) -> BibNameList {
        var list = BibNameList()
        for part in split(raw, separator: { words, i in words[i].lowercased() == "and" }) {
            let words = part
            if words.count == 1, words[0].lowercased() == "others" {
                list.hasOthers = true
            } else if !words.isEmpty {
                list.names.append(name(words))
            }
        }
        return list
    }

    /// A biblatex literal list ("Durham and London") as its items, "and" at brace depth 0 separating them.
    static func splitOnAnd(_ raw: String) -> [String] {
        split(raw, separator: { words, i in words[i] == "and" }).map { $0.joined(separator: " ").replacingOccurrences(of: " , ", with: ", ") }
    }

    /// Splits at depth-0 whitespace into words, then groups words between separators.
    private static func split(_ raw: String, separator: ([String], Int) -> Bool) -> [[String]] {
        let words = words(of: raw)
        var groups: [[String]] = [[]]
        for i in words.indices {
            if separator(words, i) { groups.append([]) } else { groups[groups.count - 1].append(words[i]) }
        }
        return groups
    }

    /// Words at brace depth 0; a comma at depth 0 is its own word.
    static func words(of raw: String) -> [String] {
        var words: [String] = []
        var current = ""
        var depth = 0
        func flush() { if !current.isEmpty { words.append(current); current = "" } }
        for ch in raw {
            switch ch {
            case "{": depth += 1; current.append(ch)
            case "}": depth -= 1; current.append(ch)
            case "," where depth == 0: flush(); words.append(",")
            case _ where depth == 0 && (ch.isWhitespace || ch == "~"): flush()
            default: current.append(ch)
            }
        }
        flush()
        return words
    }

    private static func name(_ words: [String]) -> BibName {
        if words.count == 1, let literal = wholeBraced(words[0]) { return BibName(literal: LaTeXText.plain(literal)) }
        var parts: [[String]] = [[]]
        for word in words {
            if word == "," { parts.append([]) } else { parts[parts.count - 1].append(word) }
        }
        var name = BibName()
        switch parts.count {
        case 1:
            let w = parts[0]
            guard w.count > 1 else { name.family = text(w); return name }
            let lower = w.indices.dropLast().filter { isLowercase(w[$0]) }
            if let first = lower.first, let last = lower.last {
                name.given = text(Array(w[..<first]))
                name.particle = text(Array(w[first...last]))
                name.family = text(Array(w[(last + 1)...]))
            } else {
                name.given = text(Array(w.dropLast()))
                name.family = text([w[w.count - 1]])
            }
        default:
            let w = parts[0]
            var vonEnd = -1
            for i in w.indices.dropLast() where isLowercase(w[i]) { vonEnd = i }
            name.particle = text(Array(w[..<(vonEnd + 1)]))
            name.family = text(Array(w[(vonEnd + 1)...]))
            if parts.count == 2 {
                name.given = text(parts[1])
            } else {
                name.suffix = text(parts[1])
                name.given = text(Array(parts[2...].joined(separator: [","])))
            }
        }
        return name
    }

    private static func text(_ words: [String]) -> String {
        LaTeXText.plain(words.joined(separator: " "))
    }

    /// The inside of `{...}` when the braces enclose the whole word.
    private static func wholeBraced(_ word: String) -> String? {
        guard word.hasPrefix("{"), word.hasSuffix("}") else { return nil }
        var depth = 0
        for (offset, ch) in word.enumerated() {
            if ch == "{" { depth += 1 } else if ch == "}" { depth -= 1 }
            if depth == 0 && offset < word.count - 1 { return nil }
        }
        return String(word.dropFirst().dropLast())
    }

    /// BibTeX's test for a von word: its first letter at brace depth 0 (or in a special
    /// character such as `{\"u}`) is lowercase; a word starting with a plain brace group is not.
    private static func isLowercase(_ word: String) -> Bool {
        var depth = 0
        var chars = Array(word)[...]
        while let ch = chars.first {
            chars = chars.dropFirst()
            if ch == "{" {
                if depth == 0, chars.first != "\\" { return false }
                depth += 1
            } else if ch == "}" {
                depth -= 1
            } else if ch == "\\" {
                let command = chars.prefix { $0.isLetter }
                if command.count > 1 { return command.first!.isLowercase }
                chars = chars.dropFirst(max(command.count, 1))
            } else if ch.isLetter {
                return ch.isLowercase
            }
        }
        return false
    }
}
