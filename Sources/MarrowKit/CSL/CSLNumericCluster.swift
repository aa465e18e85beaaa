/// The commonest citation of a numeric style, made without the general machinery: bare cites
/// (no prefix, suffix, locator or suppressed author) that each render as their number, sorted,
/// collapsed into ranges, joined and wrapped as the layout says ("<sup>1,3–5</sup>", "[1,3–5]").
/// A book of thousands of chapters formats tens of thousands of these, each a different set of
/// numbers; the general path (affixes and punctuation rules on every join, decoration, the
/// finishing passes) costs several times more for the same bytes. Tests hold the two equal.
struct CSLNumericCluster: Sendable {
    /// What the layout writes before and after the cites, and between them.
    let before: String
    let after: String
    let delimiter: String
    let collapses: Bool

    /// The shortcut for `processor`'s citation layout, or nil when its output could differ from
    /// the general path's: a note style, cite groups, year collapsing, or affixes and decoration
    /// that finishing would change (quotes, italics, non-ASCII marks).
    init?(processor: CSLProcessor) {
        let style = processor.style
        guard !style.isNoteStyle, let section = style.citation else { return nil }
        let collapse = section.options["collapse"]
        guard collapse == nil || collapse == "citation-number", section.options["cite-group-delimiter"] == nil else { return nil }
        guard section.sort.isEmpty || (section.sort.count == 1 && section.sort[0].variable == "citation-number" && section.sort[0].macro == nil)
        else { return nil }
        let delimiter = section.layout["delimiter"] ?? ""
        // The wrapper, found by wrapping a sentinel exactly as a citation is wrapped.
        let sentinel = "8642"
        var wrapped = CSLRendered(html: sentinel, plain: sentinel, calledVariable: true, renderedVariable: true)
        wrapped = CSLFormatting.affix(wrapped, prefix: section.layout["prefix"], suffix: section.layout["suffix"])
        wrapped = CSLFormatting.decorate(wrapped, section.layout.attributes.filter { !["delimiter", "prefix", "suffix"].contains($0.key) },
                                         locale: processor.locale)
        let html = processor.finish(wrapped.html)
        let parts = html.components(separatedBy: sentinel)
        guard parts.count == 2 else { return nil }
        let plain = parts[0] + parts[1] + delimiter
        guard plain.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "'") }),
              !CSLProcessor.hasStyleTags(parts[0] + parts[1]),
              delimiter.utf8.allSatisfy({ !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) && $0 != UInt8(ascii: "<") && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "&") })
        else { return nil }
        before = parts[0]
        after = parts[1]
        self.delimiter = delimiter
        collapses = collapse == "citation-number"
    }

    /// The citation's HTML from its cites in order (`own`: what each renders before it is linked);
    /// nil when a cite is not bare or renders more than its number.
    func html(_ cites: [CSLProcessor.RenderedCite], own: [String], numbers: [String: Int]) -> String? {
        var entries: [(number: Int, html: String)] = []
        entries.reserveCapacity(cites.count)
        for (index, rendered) in cites.enumerated() {
            let cite = rendered.cite
            guard cite.prefix == nil, cite.suffix == nil, cite.locator == nil, !cite.suppressAuthor,
                  let number = numbers[cite.item.id], own[index] == String(number) else { return nil }
            entries.append((number, rendered.full.html))
        }
        var out = before
        var index = 0
        var first = true
        while index < entries.count {
            var end = index
            if collapses {
                while end + 1 < entries.count, entries[end + 1].number == entries[end].number + 1 { end += 1 }
            }
            if !first { out += delimiter }
            first = false
            if end - index >= 2 {
                out += entries[index].html + "–" + entries[end].html
            } else {
                out += entries[index].html
                if end > index { out += delimiter + entries[end].html }
            }
            index = end + 1
        }
        return out + after
    }
}
