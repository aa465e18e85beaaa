import Foundation

/// One bibliographic item in CSL's data model (CSL-JSON): string and number variables, names,
/// and dates.
public struct CSLItem: Sendable, Hashable {
    public var id: String
    public var type: String
    public var strings: [String: String] = [:]
    public var names: [String: [CSLName]] = [:]
    public var dates: [String: CSLDate] = [:]

    public init(id: String, type: String) {
        self.id = id
        self.type = type
    }

    /// From a decoded CSL-JSON object; nil without an id.
    public init?(json: [String: Any]) {
        guard let id = json["id"].flatMap(Self.string) else { return nil }
        self.id = id
        type = json["type"] as? String ?? "document"
        for (key, value) in json where key != "id" && key != "type" {
            let name = key.replacingOccurrences(of: "_", with: "-")
            if let list = value as? [[String: Any]] {
                names[name] = list.map(CSLName.init(json:))
            } else if let object = value as? [String: Any], CSLDate.isDate(object) {
                dates[name] = CSLDate(json: object)
            } else if let text = Self.string(value) {
                strings[name] = text
            }
        }
        readNoteVariables()
    }

    static let nameVariables: Set<String> = [
        "author", "editor", "translator", "reviewed-author", "container-author", "collection-editor", "composer", "director",
        "illustrator", "interviewer", "original-author", "recipient", "editorial-director", "chair", "compiler", "contributor",
        "curator", "executive-producer", "guest", "host", "narrator", "organizer", "performer", "producer", "script-writer",
        "series-creator",
    ]
    static let dateVariables: Set<String> = ["accessed", "available-date", "event-date", "issued", "original-date", "submitted"]

    /// Variables written into the note as `name: value` lines (names as "Family || Given", several
    /// joined by " && ", dates as 2004-10-01/2004-10-14): each fills a variable the item lacks,
    /// and the line leaves the note.
    mutating func readNoteVariables() {
        guard let note = strings["note"], note.contains(":") else { return }
        var kept: [String] = []
        for line in note.components(separatedBy: "\n") {
            guard let colon = line.firstIndex(of: ":") else { kept.append(line); continue }
            let key = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, key.allSatisfy({ $0.isLowercase || $0 == "-" }), !value.isEmpty else { kept.append(line); continue }
            if Self.nameVariables.contains(key) {
                if names[key] == nil {
                    names[key] = value.components(separatedBy: " && ").map { entry in
                        let parts = entry.components(separatedBy: "||").map { $0.trimmingCharacters(in: .whitespaces) }
                        return parts.count > 1 ? CSLName(family: parts[0], given: parts[1]) : CSLName(literal: parts[0])
                    }
                }
            } else if Self.dateVariables.contains(key) {
                if dates[key] == nil { dates[key] = CSLDate(json: ["raw": value]) }
            } else if key != "note", strings[key] == nil {
                strings[key] = value
            } else {
                kept.append(line)
                continue
            }
        }
        strings["note"] = kept.joined(separator: "\n")
    }

    static func string(_ value: Any) -> String? {
        if let text = value as? String { return text }
        if let number = value as? NSNumber {
            let double = number.doubleValue
            return double == double.rounded() && abs(double) < 1e15 ? String(Int(double)) : "\(double)"
        }
        return nil
    }

    /// A string variable's value, nil when empty; `archive_location` is `archive-location`.
    public func string(_ name: String) -> String? {
        // Asked for absent variables at every cite: Foundation's replacing only for a name with "_".
        guard let value = strings[name] ?? (name.utf8.contains(UInt8(ascii: "_")) ? strings[name.replacingOccurrences(of: "_", with: "-")] : nil),
              !value.isEmpty else { return nil }
        return value
    }
}

public struct CSLName: Sendable, Hashable {
    public var family: String?
    public var given: String?
    public var droppingParticle: String?
    public var nonDroppingParticle: String?
    public var suffix: String?
    public var literal: String?
    public var commaSuffix = false
    public var staticOrdering = false

    public init(family: String? = nil, given: String? = nil, literal: String? = nil) {
        self.family = family
        self.given = given
        self.literal = literal
    }

    init(json: [String: Any]) {
        family = json["family"] as? String
        given = json["given"] as? String
        droppingParticle = json["dropping-particle"] as? String
        nonDroppingParticle = json["non-dropping-particle"] as? String
        suffix = json["suffix"] as? String
        literal = json["literal"] as? String
        commaSuffix = (json["comma-suffix"] as? Bool) ?? ((json["comma-suffix"] as? NSNumber)?.boolValue ?? false)
        staticOrdering = (json["static-ordering"] as? Bool) ?? false
        // Particles written into the family name ("van Gogh") or the given name ("Vincent van")
        // are split off as CSL processors do, unless the name asks not to be parsed.
        let parse = (json["parse-names"] as? Bool) ?? ((json["parse-names"] as? String).map { $0 != "false" } ?? true)
        if parse, nonDroppingParticle == nil, let family, family.hasPrefix("\"") == false {
            let words = family.split(separator: " ", omittingEmptySubsequences: true)
            // A particle word is in lower case, after any apostrophe ("'t"); "de'" ends in one.
            func isParticle(_ word: Substring) -> Bool { word.first { $0 != "'" && $0 != "’" }?.isLowercase == true }
            if words.count > 1, let index = words.lastIndex(where: isParticle), index < words.count - 1,
               words[...index].allSatisfy({ isParticle($0) || $0.hasSuffix("'") }) {
                // A particle ending in an apostrophe keeps the space written after it ("de' Frinkle").
                let particle = words[...index].joined(separator: " ")
                nonDroppingParticle = particle.hasSuffix("'") || particle.hasSuffix("’") ? particle + " " : particle
                self.family = words[(index + 1)...].joined(separator: " ")
            } else if words.count == 1, let joint = family.firstIndex(where: { "-'’".contains($0) }), family.first?.isLowercase == true,
                      family[family.index(after: joint)...].first?.isUppercase == true {
                // "al-One", "d'Aubignac": a particle joined by a hyphen or apostrophe.
                nonDroppingParticle = String(family[...joint])
                self.family = String(family[family.index(after: joint)...])
            }
        }
        if parse, droppingParticle == nil, let given {
            let words = given.split(separator: " ", omittingEmptySubsequences: true)
            if words.count > 1, let first = words.firstIndex(where: { $0.first?.isLowercase == true && $0.count > 1 }), first > 0,
               words[first...].allSatisfy({ $0.first?.isLowercase == true }) {
                droppingParticle = words[first...].joined(separator: " ")
                self.given = words[..<first].joined(separator: " ")
            }
        }
        // "John, III" or "John, Jr.": a suffix written after the given name.
        if parse, suffix == nil, let given = self.given, let comma = given.range(of: ",! ") ?? given.range(of: ", ") {
            let after = (given[comma].contains("!") ? "!" : "") + String(given[comma.upperBound...])
            if after.hasPrefix("!") {
                commaSuffix = true
                suffix = after.dropFirst().trimmingCharacters(in: .whitespaces)
            } else {
                suffix = after
            }
            self.given = String(given[..<comma.lowerBound])
        }
        if let family = self.family, family.hasPrefix("\""), family.hasSuffix("\""), family.count > 1 {
            self.family = String(family.dropFirst().dropLast())
        }
    }

    /// A name in a script written family first without spaces (Chinese, Japanese, Korean...).
    var isNonLatin: Bool {
        let text = (family ?? "") + (given ?? "")
        return !text.isEmpty && text.unicodeScalars.allSatisfy { $0.value > 0x2E80 || $0 == " " }
    }
}

/// A date: one or two sets of (year, month, day) parts, or a literal; with a season and `circa`.
public struct CSLDate: Sendable, Hashable {
    public var parts: [[Int]]
    public var season: String?
    public var circa = false
    public var literal: String?

    static func isDate(_ object: [String: Any]) -> Bool {
        object["date-parts"] != nil || object["raw"] != nil || object["literal"] != nil || object["year"] != nil
    }

    init(json: [String: Any]) {
        var parts: [[Int]] = []
        if let list = json["date-parts"] as? [Any] {
            for entry in list {
                guard let values = entry as? [Any] else { continue }
                let numbers = values.compactMap { value -> Int? in
                    if let n = value as? NSNumber { return n.intValue }
                    if let s = value as? String { return Int(s.trimmingCharacters(in: .whitespaces)) }
                    return nil
                }
                if !numbers.isEmpty { parts.append(numbers) }
            }
        }
        // A raw date where date-parts give nothing; what does not parse stays as written.
        if parts.isEmpty, let raw = json["raw"] as? String {
            parts = Self.parseRaw(raw)
            if parts.isEmpty { literal = raw }
        }
        self.parts = parts
        if let value = json["season"] { season = CSLItem.string(value) }
        if let circa = json["circa"] { self.circa = (circa as? Bool) ?? ((circa as? NSNumber)?.boolValue ?? ((circa as? String).map { !$0.isEmpty } ?? false)) }
        if let literal = json["literal"] as? String { self.literal = literal }
        if parts.count == 1, parts[0].count >= 2, parts[0][1] >= 13, parts[0][1] <= 16, season == nil {
            season = String(parts[0][1] - 12)
            self.parts[0] = [parts[0][0]]
        }
    }

    /// `2001`, `2001-03`, `2001-03-17`, and ranges of those joined by `/`.
    static func parseRaw(_ raw: String) -> [[Int]] {
        raw.split(separator: "/").compactMap { piece -> [Int]? in
            let numbers = piece.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            return numbers.isEmpty ? nil : numbers
        }
    }

    var year: Int? { parts.first?.first }
    var isRange: Bool { parts.count > 1 }
}
