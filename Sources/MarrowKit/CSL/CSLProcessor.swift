import Foundation

/// The CSL processor's entry point: a style and a locale give citations and a bibliography for
/// items, in the HTML the CSL test suite writes. Numeric styles take their citation numbers from
/// the caller (Marrow numbers book-wide or per chapter).
public struct CSLProcessor: Sendable {
    public let style: CSLStyle
    public let locale: CSLLocale
    /// The shortcut for bare numeric citations, when the style allows it (`CSLNumericCluster`).
    private(set) var numericCluster: CSLNumericCluster?
    /// Off in the tests that hold the shortcut equal to the general path.
    var usesNumericShortcut = true

    /// One cited item inside a citation: `[see @key, p. 33]`.
    public struct Cite {
        public var item: CSLItem
        public var locator: String?
        public var label: String?
        public var prefix: String?
        public var suffix: String?
        /// `first`, `subsequent`, `ibid` or `ibid-with-locator` (`near-note` is read as subsequent and near).
        public var position = "first"
        /// The previous cite of the item is in a note no further back than `near-note-distance`.
        public var nearNote = false
        /// The note of the item's first cite (`first-reference-note-number`).
        public var firstReferenceNote: Int?
        /// `[-@key]`: the cite without its first names (the author is named in the sentence).
        public var suppressAuthor = false

        public init(item: CSLItem, locator: String? = nil, label: String? = nil, prefix: String? = nil, suffix: String? = nil,
                    suppressAuthor: Bool = false) {
            self.item = item
            self.locator = locator
            self.label = label
            self.prefix = prefix
            self.suffix = suffix
            self.suppressAuthor = suppressAuthor
        }
    }

    /// The locale file for `language` (or the style's default, or en-US), from the folders given,
    /// with the style's own `<locale>` overrides over it.
    public init(style: CSLStyle, language: String? = nil, localeFolders: [URL]) {
        self.init(style: style, language: language) { name in
            localeFolders.lazy.compactMap { try? String(contentsOf: $0.appendingPathComponent("locales-\(name).xml"), encoding: .utf8) }.first
        }
    }

    /// The same, with `localeText` giving a locale file's text by its name ("en-US"), or nil.
    public init(style: CSLStyle, language: String? = nil, localeText: (String) -> String?) {
        self.style = style
        let wanted = language ?? style.defaultLocale ?? "en-US"
        var file: CSLLocale?
        let candidates = [wanted, Self.fullLanguage[String(wanted.prefix(2))] ?? wanted, "en-US"]
        for name in candidates {
            if let text = localeText(name), let root = try? CSLXML.parse(text) {
                file = CSLLocale(element: root)
                break
            }
        }
        let primary = String(wanted.prefix(2))
        let overrides = style.locales.filter { $0.language.isEmpty } .map(\.locale)
            + style.locales.filter { $0.language.count == 2 && $0.language == primary }.map(\.locale)
            + style.locales.filter { $0.language.count > 2 && $0.language == wanted }.map(\.locale)
        locale = CSLLocale.merged(file: file, overrides: overrides)
        numericCluster = CSLNumericCluster(processor: self)
    }

    static let fullLanguage = ["en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "nl": "nl-NL", "pt": "pt-PT", "ja": "ja-JP", "zh": "zh-CN"]

    func options(for section: CSLSection?) -> [String: String] {
        var options = style.options
        for (key, value) in section?.options ?? [:] { options[key] = value }
        return options
    }

    func renderer(for item: CSLItem, section: CSLSection?, number: Int?, yearSuffixes: [String: String] = [:],
                  disambiguation: [String: CSLDisambiguation] = [:]) -> CSLRenderer {
        var renderer = CSLRenderer(style: style, locale: locale, item: item, options: options(for: section))
        renderer.citationNumber = number
        renderer.yearSuffix = yearSuffixes[item.id]
        if let state = disambiguation[item.id] { renderer.disambiguation = state }
        return renderer
    }

    /// The renderer for one cite of a citation: its item with the cite's locator and position.
    func citeRenderer(_ cite: Cite, section: CSLSection, numbers: [String: Int], yearSuffixes: [String: String] = [:],
                      disambiguation: [String: CSLDisambiguation]) -> CSLRenderer {
        var renderer = renderer(for: cite.item, section: section, number: numbers[cite.item.id], yearSuffixes: yearSuffixes,
                                disambiguation: disambiguation)
        renderer.locator = cite.locator
        renderer.locatorLabel = cite.label
        renderer.position = cite.position == "near-note" ? "subsequent" : cite.position
        renderer.nearNote = cite.nearNote || cite.position == "near-note"
        renderer.firstReferenceNote = cite.firstReferenceNote
        return renderer
    }

    static func letters(_ index: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        return index < 26 ? String(alphabet[index]) : String(alphabet[index / 26 - 1]) + String(alphabet[index % 26])
    }

    /// One citation of several cites, sorted by the citation's sort keys, joined by the layout's delimiter.
    /// `link` gives the address each cite's own text links to (its reference list entry), or nil.
    /// `cache`, when given, keeps each cite's rendering for the next citations that hold it the same
    /// way: give one only while numbers, year suffixes and disambiguation stay the same.
    public func citation(_ cites: [Cite], numbers: [String: Int], yearSuffixes: [String: String] = [:],
                         disambiguation: [String: CSLDisambiguation] = [:], link: ((String) -> String?)? = nil,
                         cache: CSLCiteCache? = nil) -> String {
        guard let section = style.citation else { return "" }
        var cites = cites
        if section.sort.count == 1, let key = section.sort.first, key.variable == "citation-number", key.macro == nil,
           cites.allSatisfy({ numbers[$0.item.id] != nil }) {
            // Numeric styles sort by the number alone: no sort keys to render.
            let keyed = cites.enumerated().map { (number: numbers[$0.element.item.id]!, offset: $0.offset) }
            let order = keyed.sorted { a, b in
                a.number == b.number ? a.offset < b.offset : (key.descending ? a.number > b.number : a.number < b.number)
            }
            cites = order.map { cites[$0.offset] }
        } else if !section.sort.isEmpty {
            cites = sorted(cites.map(\.item), keys: section.sort, section: section, numbers: numbers).map { item in cites.first { $0.item.id == item.id }! }
        }
        var own: [String] = []
        own.reserveCapacity(cites.count)
        let rendered: [RenderedCite] = cites.enumerated().map { index, cite in
            func render() -> CSLCiteCache.Entry {
                var renderer = citeRenderer(cite, section: section, numbers: numbers, yearSuffixes: yearSuffixes, disambiguation: disambiguation)
                renderer.suppressFirstNames = cite.suppressAuthor
                var r = CSLFormatting.join(renderer.render(section.layout.children), delimiter: nil)
                if r.isEmpty { r = .text("[CSL STYLE ERROR: reference with no printed form.]") }
                if style.isNoteStyle, r.leadingTerm, Self.opensSentence(cite.prefix, first: index == 0) {
                    r = CSLFormatting.capitalizeFirst(r)
                }
                return CSLCiteCache.Entry(rendered: r, names: renderer.firstNames?.plain)
            }
            let entry = cache.map { $0.entries.value(for: CSLCiteCache.key(cite, number: numbers[cite.item.id], first: index == 0,
                                                                           note: style.isNoteStyle), make: render) } ?? render()
            own.append(entry.rendered.html == entry.rendered.plain ? entry.rendered.html : "")
            var r = Self.linked(entry.rendered, link?(cite.item.id))
            r = Self.affix(r, prefix: cite.prefix, suffix: cite.suffix, locale: locale)
            return RenderedCite(cite: cite, full: r, names: entry.names)
        }
        if usesNumericShortcut, let numeric = numericCluster, let html = numeric.html(rendered, own: own, numbers: numbers) {
            return html
        }
        let delimiter = section.layout["delimiter"]
        let collapse = section.options["collapse"]
        var joined: CSLRendered
        if collapse == "citation-number", rendered.allSatisfy({ numbers[$0.cite.item.id] != nil }) {
            // A cite with a locator, prefix or suffix stands alone; runs of the others collapse.
            joined = collapseNumbers(rendered.map { ($0.full, numbers[$0.cite.item.id]!, $0.cite.locator == nil && $0.cite.prefix == nil && $0.cite.suffix == nil) },
                                     delimiter: delimiter, afterCollapse: section.options["after-collapse-delimiter"])
        } else if ["year", "year-suffix", "year-suffix-ranged"].contains(collapse ?? "") || section.options["cite-group-delimiter"] != nil {
            joined = groupedCites(rendered, section: section, numbers: numbers, yearSuffixes: yearSuffixes, disambiguation: disambiguation, link: link)
        } else {
            joined = joinCites(rendered, delimiter: delimiter)
        }
        // The citation's affixes inside its formatting: <b>([1]–[3])</b>.
        joined = CSLFormatting.affix(joined, prefix: section.layout["prefix"], suffix: section.layout["suffix"])
        joined = CSLFormatting.decorate(joined, section.layout.attributes.filter { !["delimiter", "prefix", "suffix"].contains($0.key) }, locale: locale)
        return finish(joined.html)
    }

    /// Cites joined by the layout's delimiter, whose punctuation gives way to a cite's own: after
    /// a suffix ending in punctuation only its space stays, before a prefix opening with
    /// punctuation nothing does.
    func joinCites(_ cites: [RenderedCite], delimiter: String?) -> CSLRendered {
        var out = CSLRendered()
        for (index, cite) in cites.enumerated() where !cite.full.isEmpty {
            if !out.isEmpty, let delimiter {
                let opensWithMark = cite.cite.prefix?.first.map { ",;:.".contains($0) } ?? false
                let closesWithMark = cites[index - 1].cite.suffix?.last.map { ",;:.".contains($0) } ?? false
                let used = opensWithMark ? "" : closesWithMark ? String(delimiter.filter(\.isWhitespace)) : delimiter
                out = CSLFormatting.join([out, .text(used)], delimiter: nil)
            }
            out = CSLFormatting.join([out, cite.full], delimiter: nil)
        }
        return out
    }

    /// A cite rendered in full, with the names it opens with (for grouping).
    struct RenderedCite {
        var cite: Cite
        var full: CSLRendered
        var names: String?
    }

    /// The first names a cite renders in this style's citation (the author of `@key` written in the
    /// sentence), as HTML; nil when the citation layout names nobody (numeric styles).
    public func author(of cite: Cite, numbers: [String: Int], disambiguation: [String: CSLDisambiguation] = [:]) -> String? {
        guard let section = style.citation else { return nil }
        var renderer = citeRenderer(cite, section: section, numbers: numbers, disambiguation: disambiguation)
        _ = renderer.render(section.layout.children)
        guard let names = renderer.firstNames, !names.plain.isEmpty else { return nil }
        return Self.withoutMarks(names.html)
    }

    /// Whether a cite stands at the start of a sentence: the first of its note with no prefix, or
    /// after a prefix of more than one word that ends a sentence ("This has been said. ").
    static func opensSentence(_ prefix: String?, first: Bool) -> Bool {
        guard let prefix = prefix?.trimmingCharacters(in: .whitespaces), !prefix.isEmpty else { return first }
        // A sentence may end inside a closing quote: He said “Please work.”
        guard let last = prefix.last(where: { !"”’\"'»)".contains($0) }), ".!?".contains(last) else { return false }
        return prefix.contains(" ")
    }

    /// A cite's text as a link, its whitespace outside.
    static func linked(_ r: CSLRendered, _ href: String?) -> CSLRendered {
        guard let href, !r.plain.isEmpty else { return r }
        var out = r
        out.html = "<a href=\"\(href)\">" + r.html + "</a>"
        return out
    }

    /// A cite's own prefix and suffix, as rich text (an author may write `<i>` or quotes there).
    static func affix(_ r: CSLRendered, prefix: String?, suffix: String?, locale: CSLLocale) -> CSLRendered {
        var out = r
        if let prefix, !prefix.isEmpty {
            let p = CSLRichText.render(prefix, locale: locale)
            out.html = String(protectedStart) + p.html + String(protectedEnd) + out.html
            out.plain = p.plain + out.plain
        }
        if let suffix, !suffix.isEmpty {
            let rendered = CSLRichText.render(suffix, locale: locale)
            var joined = CSLFormatting.append(out, rendered.plain)
            let added = rendered.plain.count == joined.plain.count - out.plain.count ? rendered.html
                : CSLFormatting.escape(String(joined.plain.dropFirst(out.plain.count)))
            joined.html = out.html + String(protectedStart) + added + String(protectedEnd)
            out = joined
        }
        return out
    }

    /// Runs of three or more consecutive citation numbers as "1–3"; two stay a list.
    func collapseNumbers(_ cites: [(CSLRendered, Int, Bool)], delimiter: String?, afterCollapse: String?) -> CSLRendered {
        var pieces: [CSLRendered] = []
        var index = 0
        while index < cites.count {
            var end = index
            while cites[index].2, end + 1 < cites.count, cites[end + 1].2, cites[end + 1].1 == cites[end].1 + 1 { end += 1 }
            if end - index >= 2 {
                var range = CSLFormatting.append(cites[index].0, "–")
                range.html += cites[end].0.html
                range.plain += cites[end].0.plain
                pieces.append(range)
            } else {
                pieces.append(contentsOf: cites[index...end].map(\.0))
            }
            index = end + 1
        }
        return CSLFormatting.join(pieces, delimiter: delimiter)
    }

    /// The bibliography's entries in its sort order, each as HTML.
    public func bibliography(_ items: [CSLItem], numbers: [String: Int], yearSuffixes: [String: String] = [:]) -> [(id: String, html: String)] {
        bibliography(items, numbers: numbers, yearSuffixes: yearSuffixes, disambiguation: [:])
    }

    /// The bibliography with what disambiguation decided (the `disambiguate` condition holds
    /// there too). An entry that renders nothing is left out.
    public func bibliography(_ items: [CSLItem], numbers: [String: Int], yearSuffixes: [String: String],
                             disambiguation: [String: CSLDisambiguation]) -> [(id: String, html: String)] {
        guard let section = style.bibliography else { return [] }
        let ordered = section.sort.isEmpty ? items : sorted(items, keys: section.sort, section: section, numbers: numbers)
        let layout = section.layout
        let layoutAttributes = layout.attributes.filter { $0.key != "delimiter" }
        let substitute = section.options["subsequent-author-substitute"]
        var previousNames: String?
        return ordered.compactMap { item in
            var renderer = renderer(for: item, section: section, number: numbers[item.id], yearSuffixes: yearSuffixes)
            renderer.position = ""  // Position tests are false in the bibliography.
            if let state = disambiguation[item.id] {
                renderer.disambiguation.condition = state.condition
                renderer.disambiguation.givenNames = state.givenNames
            }
            if let substitute { renderer.repeatedNames = (previousNames, substitute) }
            var html: String
            if section.options["second-field-align"] != nil, layout.children.count > 1 {
                // The first field in a margin column, the rest beside it.
                var first = renderer.render(layout.children[0])
                var rest = CSLFormatting.join(renderer.render(Array(layout.children.dropFirst())), delimiter: layout["delimiter"])
                first = CSLFormatting.affix(first, prefix: layout["prefix"], suffix: nil)
                rest = CSLFormatting.affix(rest, prefix: nil, suffix: layout["suffix"])
                html = CSLFormatting.displayed(first.html, "left-margin") + CSLFormatting.displayed(rest.html, "right-inline")
            } else {
                var r = CSLFormatting.join(renderer.render(layout.children), delimiter: layout["delimiter"])
                r = CSLFormatting.decorate(r, layoutAttributes, locale: locale)
                html = r.html
            }
            previousNames = renderer.firstNamesKey
            guard !html.isEmpty else { return nil }
            return (item.id, finish(html))
        }
    }
}

/// Cites rendered once for a book: the same item, number, locator and position render the same
/// in every citation while the book's numbers, year suffixes and disambiguation hold.
public final class CSLCiteCache: Sendable {
    struct Entry: @unchecked Sendable {
        var rendered: CSLRendered
        var names: String?
    }

    let entries = SharedCache<Key, Entry>()

    public init() {}

    /// What a cite's rendering depends on beyond the book-wide state.
    struct Key: Hashable, Sendable {
        var id: String
        var number: Int?
        var locator: String?
        var label: String?
        var position: String
        var suppressAuthor: Bool
        /// Note styles capitalise a leading term after a sentence-ending prefix or first in the note.
        var note: String?
    }

    static func key(_ cite: CSLProcessor.Cite, number: Int?, first: Bool, note: Bool) -> Key {
        Key(id: cite.item.id, number: number, locator: cite.locator, label: cite.label, position: cite.position, suppressAuthor: cite.suppressAuthor,
            note: note ? "\(cite.nearNote)\u{1}\(cite.firstReferenceNote ?? 0)\u{1}\(first)\u{1}" + (cite.prefix ?? "") : nil)
    }
}
