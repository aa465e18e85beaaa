import Foundation

/// Cite grouping and collapsing (CSL 1.0.2, `collapse="year"`, `"year-suffix"`,
/// `"year-suffix-ranged"`, `cite-group-delimiter`): neighbouring cites of the same names form a
/// group whose names are written once; years of a group follow each other, year suffixes of the
/// same year too ("2000a, b", or ranged "2000a–c").
extension CSLProcessor {
    func groupedCites(_ rendered: [RenderedCite], section: CSLSection, numbers: [String: Int], yearSuffixes: [String: String],
                      disambiguation: [String: CSLDisambiguation], link: ((String) -> String?)?) -> CSLRendered {
        let collapse = section.options["collapse"]
        let delimiter = section.layout["delimiter"]
        // An unsorted citation keeps its cites' order: a group's cites part with the layout
        // delimiter unless the style sets cite-group-delimiter, groups with after-collapse-delimiter.
        let unsorted = section.sort.isEmpty && collapse != nil
        let groupDelimiter = section.options["cite-group-delimiter"] ?? (unsorted ? delimiter ?? ", " : ", ")
        let afterCollapse = section.options["after-collapse-delimiter"] ?? delimiter
        let suffixDelimiter = section.options["year-suffix-delimiter"] ?? section.options["cite-group-delimiter"] ?? delimiter ?? ", "
        // Cites that open with the same names: in a sorted citation all of them, gathered where
        // the first stands; otherwise runs of neighbours.
        var groups: [[RenderedCite]] = []
        // Cites that name nobody group together when collapsing (their years alone).
        func key(_ cite: RenderedCite) -> String? { cite.names ?? (collapse != nil ? "" : nil) }
        for cite in rendered {
            let index = section.sort.isEmpty ? (groups.last?.last.map(key) == key(cite) ? groups.count - 1 : nil)
                : groups.firstIndex { key($0[0]) == key(cite) }
            if key(cite) != nil, let index {
                groups[index].append(cite)
            } else {
                groups.append([cite])
            }
        }
        var out = CSLRendered()
        for (number, members) in groups.enumerated() {
            var group = members[0].full
            var suffixRun: [String] = []  // Letters of a year-suffix-ranged run not yet written.
            func write(_ text: String, after separator: String) {
                group = CSLFormatting.append(group, separator)
                group.html += CSLFormatting.escape(text)
                group.plain += text
            }
            var collapsedSuffixes = false  // The last cite written was only a year suffix.
            func flushRun() {
                guard let last = suffixRun.last else { return }
                if suffixRun.count >= 2 { write(last, after: "–") } else { write(last, after: suffixDelimiter) }
                suffixRun = []
            }
            for (position, member) in members.enumerated() where position > 0 {
                let before = members[position - 1]
                let year = member.cite.item.dates["issued"]?.year
                if collapse?.hasPrefix("year-suffix") == true, let suffix = yearSuffixes[member.cite.item.id], year != nil,
                   year == before.cite.item.dates["issued"]?.year, let previous = yearSuffixes[before.cite.item.id],
                   member.cite.locator == nil, before.cite.locator == nil {
                    let consecutive = Self.follows(suffix, suffixRun.last ?? previous)
                    if collapse == "year-suffix-ranged", consecutive {
                        suffixRun.append(suffix)
                    } else {
                        flushRun()
                        write(suffix, after: suffixDelimiter)
                    }
                    collapsedSuffixes = true
                    continue
                }
                flushRun()
                var renderer = citeRenderer(member.cite, section: section, numbers: numbers, yearSuffixes: yearSuffixes, disambiguation: disambiguation)
                renderer.suppressFirstNames = collapse != nil
                var short = CSLFormatting.join(renderer.render(section.layout.children), delimiter: nil)
                short.html = short.html.trimmingCharacters(in: .whitespaces)
                short.plain = short.plain.trimmingCharacters(in: .whitespaces)
                guard !short.plain.isEmpty else { continue }
                short = Self.linked(short, link?(member.cite.item.id))
                short = Self.affix(short, prefix: member.cite.prefix, suffix: member.cite.suffix, locale: locale)
                // After a cite with a locator or a run of year suffixes, the group goes on after the after-collapse delimiter.
                let afterRun = before.cite.locator != nil || collapsedSuffixes
                group = CSLFormatting.append(group, afterRun ? afterCollapse ?? groupDelimiter : groupDelimiter)
                collapsedSuffixes = false
                group.html += short.html
                group.plain += short.plain
            }
            flushRun()
            if number > 0 {
                let separator = (groups[number - 1].count > 1 || unsorted) && collapse != nil ? afterCollapse : delimiter
                if let separator { out = CSLFormatting.append(out, separator) }
            }
            out.html += group.html
            out.plain += group.plain
        }
        return out
    }

    /// Whether one year suffix follows another in the alphabet ("b" after "a").
    static func follows(_ suffix: String, _ previous: String) -> Bool {
        guard let a = suffix.unicodeScalars.last?.value, let b = previous.unicodeScalars.last?.value, suffix.count == previous.count else { return false }
        return a == b + 1 && suffix.dropLast() == previous.dropLast()
    }
}
