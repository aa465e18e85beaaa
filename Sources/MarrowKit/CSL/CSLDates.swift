import Foundation

/// `<date>`: localized (`form="text"` or `"numeric"`, the locale's date format with the style's
/// date-part attributes over it) or the style's own date-parts; ranges share what the two dates
/// have in common; seasons, literals and years before 1000 as CSL says.
extension CSLRenderer {
    mutating func renderDate(_ element: CSLElement) -> CSLRendered {
        guard let variable = element["variable"], !suppressed.contains(variable), let date = item.dates[variable] else {
            return CSLRendered(calledVariable: true)
        }
        // A date a <substitute> renders is not rendered again for this item.
        if substituteDepth > 0 { substituteRendered.insert(variable) }
        var r: CSLRendered
        if sortKey, !date.parts.isEmpty {
            // Only the parts the element shows count.
            let shown = element["form"] != nil ? (element["date-parts"] ?? "year-month-day")
                : element.children.compactMap { $0["name"] }.joined(separator: "-")
            var limited = date
            limited.parts = date.parts.map { parts in
                parts.enumerated().map { index, value in shown.contains(["year", "month", "day"][min(index, 2)]) ? value : 0 }
            }
            return .text(CSLProcessor.dateSortKey(limited), variable: true)
        }
        if let literal = date.literal, date.parts.isEmpty {
            r = .text(literal)
        } else if date.parts.isEmpty {
            return CSLRendered(calledVariable: true)
        } else {
            var parts: [CSLElement]
            var delimiter = element["delimiter"]
            var localized: CSLElement?
            if let form = element["form"], let format = locale.dates[form] {
                localized = format
                let wanted = element["date-parts"] ?? "year-month-day"
                let names = wanted == "year" ? ["year"] : wanted == "year-month" ? ["year", "month"] : ["year", "month", "day"]
                parts = format.children.filter { $0.name == "date-part" && names.contains($0["name"] ?? "") }.map { part in
                    var merged = part
                    if let own = element.children.first(where: { $0.name == "date-part" && $0["name"] == part["name"] }) {
                        for (key, value) in own.attributes where key != "name" { merged.attributes[key] = value }
                    }
                    return merged
                }
                delimiter = format["delimiter"]
            } else {
                parts = element.children.filter { $0.name == "date-part" }
            }
            // The year suffix that tells two works apart goes on the first year rendered.
            let suffix = yearSuffixUsed || style.usesYearSuffixVariable ? nil : yearSuffix
            r = renderDateParts(date, parts: parts, delimiter: delimiter, yearSuffix: suffix)
            if suffix != nil, parts.contains(where: { $0["name"] == "year" }) { yearSuffixUsed = true }
            if let localized { r = CSLFormatting.decorate(r, localized.attributes.filter { $0.key == "prefix" || $0.key == "suffix" }, locale: locale) }
            if r.isEmpty { return CSLRendered(calledVariable: true) }
        }
        r.plain = CSLFormatting.textCase(r.plain, element["text-case"], language: language)
        if element["text-case"] != nil { r.html = CSLFormatting.escape(r.plain) }
        r = CSLFormatting.decorate(r, element.attributes.filter { $0.key != "delimiter" }, locale: locale)
        r.calledVariable = true
        r.renderedVariable = true
        return r
    }

    func renderDateParts(_ date: CSLDate, parts: [CSLElement], delimiter: String?, yearSuffix: String? = nil) -> CSLRendered {
        let start = date.parts[0]
        let end = date.parts.count > 1 ? date.parts[1] : nil
        func value(_ parts: [Int], _ name: String) -> Int? {
            switch name {
            case "year": return parts.first
            case "month": return parts.count > 1 && (1...12).contains(parts[1]) ? parts[1] : nil
            case "day": return parts.count > 2 && parts[2] != 0 ? parts[2] : nil
            default: return nil
            }
        }
        /// A month or season (13-16, 21-24) for telling the two ends of a range apart.
        func monthOrSeason(_ parts: [Int]) -> Int? { parts.count > 1 && parts[1] != 0 ? parts[1] : nil }
        // Without a month, a season stands in the month's place.
        func render(_ part: CSLElement, _ parts: [Int], season: String?, isEnd: Bool = false, dropSuffix: Bool = false) -> CSLRendered {
            let name = part["name"] ?? ""
            var text: String?
            switch name {
            case "year":
                if let year = value(parts, "year") { text = yearText(year, form: part["form"]) + (isEnd ? "" : yearSuffix ?? "") }
            case "month":
                if let month = value(parts, "month") {
                    text = monthText(month, form: part["form"] ?? "long")
                } else if parts.count > 1, (13...24).contains(parts[1]) {
                    // Months 13 to 24 are the four seasons, three times over (13-16 and 21-24 in CSL-JSON).
                    let n = (parts[1] - 13) % 4 + 1
                    text = locale.term(String(format: "season-%02d", n)) ?? String(n)
                } else if let season, let n = Int(season), (1...4).contains(n) {
                    text = locale.term(String(format: "season-%02d", n)) ?? season
                } else if let season, Int(season) == nil {
                    text = season
                }
            case "day":
                if let day = value(parts, "day"), value(parts, "month") != nil {
                    switch part["form"] ?? "numeric" {
                    case "numeric-leading-zeros": text = String(format: "%02d", day)
                    case "ordinal":
                        text = locale.limitDayOrdinalsToDay1 && day != 1 ? String(day) : CSLNumbers.ordinal(day, locale: locale, gender: locale.gender(of: "month-01"))
                    default: text = String(day)
                    }
                }
            default: break
            }
            guard let text else { return CSLRendered() }
            var r = CSLRendered.text(CSLFormatting.textCase(text, part["text-case"], language: language))
            r = CSLFormatting.decorate(r, part.attributes.filter { $0.key != "range-delimiter" && !(dropSuffix && $0.key == "suffix") }, locale: locale)
            return r
        }
        /// The start of a range: its parts, the last one without its suffix (it meets the range delimiter).
        func rangeStart(_ parts: [CSLElement], _ values: [Int]) -> CSLRendered {
            let last = parts.lastIndex { !render($0, values, season: date.season).isEmpty }
            return CSLFormatting.join(parts.indices.map { render(parts[$0], values, season: date.season, dropSuffix: $0 == last) }, delimiter: delimiter)
        }
        // An open range ("1987–"): its end is 0.
        if let end, end.allSatisfy({ $0 == 0 }) {
            let rangeDelimiter = parts.first { $0["name"] == "year" }?["range-delimiter"] ?? "–"
            return CSLFormatting.append(rangeStart(parts, start), rangeDelimiter)
        }
        guard let end, end != start else {
            var out = CSLFormatting.join(parts.map { render($0, start, season: date.season) }, delimiter: delimiter)
            if out.isEmpty, let year = start.first, parts.isEmpty { out = .text(String(year)) }
            return out
        }
        // The largest part in which the dates differ decides what is shown as a range.
        let order = ["year", "month", "day"]
        let differing = order.first { $0 == "month" ? monthOrSeason(start) != monthOrSeason(end) : value(start, $0) != value(end, $0) } ?? "day"
        let rangeParts = order.drop { $0 != differing }
        let inRange = parts.filter { rangeParts.contains($0["name"] ?? "") }
        let rangeDelimiter = parts.first { $0["name"] == differing }?["range-delimiter"] ?? "–"
        if differing == "year" {
            let first = rangeStart(parts, start)
            let second = CSLFormatting.join(parts.map { render($0, end, season: nil, isEnd: true) }, delimiter: delimiter)
            var out = first
            out = CSLFormatting.append(out, rangeDelimiter)
            out.html += second.html
            out.plain += second.plain
            return out
        }
        // The shared parts once, the differing ones as a range, in the format's order.
        var pieces: [CSLRendered] = []
        var rangeDone = false
        for part in parts {
            if inRange.contains(where: { $0["name"] == part["name"] }) {
                guard !rangeDone else { continue }
                rangeDone = true
                let a = rangeStart(inRange, start)
                let b = CSLFormatting.join(inRange.map { render($0, end, season: nil, isEnd: true) }, delimiter: delimiter)
                var range = CSLFormatting.append(a, rangeDelimiter)
                range.html += b.html
                range.plain += b.plain
                pieces.append(range)
            } else {
                pieces.append(render(part, start, season: date.season))
            }
        }
        return CSLFormatting.join(pieces, delimiter: delimiter)
    }

    func yearText(_ year: Int, form: String?) -> String {
        if year < 0 { return "\(-year) \(locale.term("bc") ?? "BC")" }
        if year < 1000 { return "\(year) \(locale.term("ad") ?? "AD")" }
        if form == "short" { return String(String(year).suffix(2)) }
        return String(year)
    }

    func monthText(_ month: Int, form: String) -> String {
        guard (1...12).contains(month) else { return "" }
        switch form {
        case "numeric": return String(month)
        case "numeric-leading-zeros": return String(format: "%02d", month)
        default: return locale.term(String(format: "month-%02d", month), form: form == "short" ? "short" : "long") ?? String(month)
        }
    }
}
