import Foundation

/// Renders one item through a layout: what CSL 1.0.2 says each element does. One renderer is
/// made per cite (the item with its citation number, locator and position).
struct CSLRenderer {
    let style: CSLStyle
    let locale: CSLLocale
    let item: CSLItem
    /// Inheritable name options and section options (style's, overridden by the section's).
    let options: [String: String]
    var citationNumber: Int?
    var locator: String?
    var locatorLabel: String?
    var position = "first"
    var nearNote = false
    var firstReferenceNote: Int?
    /// Rendering a macro as a sort key: names bare, dates and numbers as sortable digits.
    var sortKey = false
    /// A sort key's `names-min`, `names-use-first`, `names-use-last` (as et-al options).
    var etAlOverrides: [String: String] = [:]
    var yearSuffix: String?
    var language: String?
    /// Variables a `<substitute>` already rendered: later references to them render nothing.
    var suppressed: Set<String> = []
    var depth = 0
    var substituteDepth = 0
    var yearSuffixUsed = false
    /// Variables rendered inside the current <substitute>.
    var substituteRendered: Set<String> = []
    /// The first names this item rendered, for `subsequent-author-substitute` and cite grouping.
    var firstNames: CSLRendered?
    /// The first names without their labels, for telling whether two entries name the same people.
    var firstNamesKey: String?
    /// `subsequent-author-substitute`: the names of the entry before, and what replaces the
    /// first names when they are the same.
    var repeatedNames: (previous: String?, substitute: String)?
    /// A later cite of the same authors inside a collapsed citation: its first names are left out.
    var suppressFirstNames = false
    /// What disambiguation decided for this item (names shown, given names expanded, the
    /// `disambiguate` condition).
    var disambiguation = CSLDisambiguation()

    init(style: CSLStyle, locale: CSLLocale, item: CSLItem, options: [String: String]) {
        self.style = style
        self.locale = locale
        self.item = item
        self.options = options
        language = item.string("language") ?? locale.language
    }

    mutating func render(_ elements: [CSLElement]) -> [CSLRendered] {
        elements.map { render($0) }
    }

    mutating func render(_ element: CSLElement) -> CSLRendered {
        depth += 1
        defer { depth -= 1 }
        guard depth < 60 else { return CSLRendered() }  // A macro calling itself.
        switch element.name {
        case "layout", "group":
            let parts = render(element.children)
            var joined = CSLFormatting.join(parts, delimiter: element["delimiter"])
            // A group that called variables and rendered none of them is suppressed (what a group
            // inside it rendered counts as rendered).
            let nested = Self.nestedOutput(element.children, parts)
            if element.name == "group", joined.calledVariable, !joined.renderedVariable, !nested { return CSLRendered(calledVariable: true) }
            if element.name == "layout" { return joined }
            let called = joined.calledVariable, rendered = joined.renderedVariable
            joined = CSLFormatting.decorate(joined, element.attributes, locale: locale)
            joined.calledVariable = called
            joined.renderedVariable = rendered
            return joined
        case "text": return renderText(element)
        case "choose": return renderChoose(element)
        case "number": return renderNumber(element)
        case "label": return renderLabel(element, variable: element["variable"] ?? "")
        case "names": return renderNames(element)
        case "date": return renderDate(element)
        default: return CSLRendered()
        }
    }

    /// Whether a group or macro inside these elements rendered something: that counts as
    /// rendered content for the group or macro around them.
    static func nestedOutput(_ elements: [CSLElement], _ parts: [CSLRendered]) -> Bool {
        zip(elements, parts).contains { ($0.name == "group" || ($0.name == "text" && $0["macro"] != nil)) && !$1.isEmpty }
    }

    // MARK: text

    mutating func renderText(_ element: CSLElement) -> CSLRendered {
        var r: CSLRendered
        if let macro = element["macro"] {
            let elements = style.macros[macro] ?? []
            let parts = render(elements)
            r = CSLFormatting.join(parts, delimiter: nil)
            // Names left out because the sentence names the author (`[-@key]`) still count as rendered.
            if r.isEmpty, r.renderedVariable { return CSLRendered(calledVariable: r.calledVariable, renderedVariable: true) }
            // A macro that called variables and rendered none of them renders nothing, as a group.
            if r.isEmpty || (r.calledVariable && !r.renderedVariable && !Self.nestedOutput(elements, parts)) {
                return CSLRendered(calledVariable: r.calledVariable)
            }
            let called = r.calledVariable, rendered = r.renderedVariable
            if let mode = element["text-case"] {
                r.plain = CSLFormatting.textCase(r.plain, mode, language: language)
                r.html = CSLFormatting.escape(r.plain)
            }
            r = CSLFormatting.decorate(r, element.attributes, locale: locale)
            r.calledVariable = called
            r.renderedVariable = rendered
            return r
        } else if let variable = element["variable"] {
            // An empty year-suffix does not empty its group: it is only there when needed (citeproc-js and pandoc agree).
            guard let value = variableText(variable, form: element["form"]) else { return CSLRendered(calledVariable: variable != "year-suffix") }
            var text = value
            // A label style's year suffix goes on the label when no year takes it.
            if variable == "citation-label", let suffix = yearSuffix, !yearSuffixUsed, !style.usesYearSuffixVariable {
                text += suffix
                yearSuffixUsed = true
            }
            // Page ranges in the style's format; other number variables' ranges with an en dash.
            if variable == "page" || variable == "locator" {
                let pages = variable == "page" || (locatorLabel ?? "page") == "page"
                text = CSLNumbers.pageRange(text, format: pages ? options["page-range-format"] : nil, locale: locale)
            } else if CSLNumbers.numberVariables.contains(variable), CSLNumbers.isNumeric(text) {
                text = CSLNumbers.pageRange(text, format: nil, locale: locale)
            }
            if ["URL", "DOI", "PMID", "PMCID", "ISBN", "ISSN"].contains(variable) {
                r = .text(text)
            } else {
                r = CSLRichText.render(text, textCase: element["text-case"], language: language, locale: locale)
            }
            r.calledVariable = true
            r.renderedVariable = true
        } else if let term = element["term"] {
            let plural = element["plural"] == "true"
            guard let value = locale.term(term, form: element["form"] ?? "long", plural: plural), !value.isEmpty else { return CSLRendered() }
            r = .text(CSLFormatting.textCase(value, element["text-case"], language: language))
            r.leadingTerm = true
        } else if let value = element["value"] {
            // A value may carry markup and quotes, as a field does.
            r = CSLRichText.render(value, textCase: element["text-case"], language: language, locale: locale)
        } else {
            return CSLRendered()
        }
        let called = r.calledVariable, rendered = r.renderedVariable
        r = CSLFormatting.decorate(r, element.attributes, locale: locale)
        r.calledVariable = called
        r.renderedVariable = rendered
        return r
    }

    /// A variable's text: `citation-number`, `locator`, `year-suffix` from the cite, the rest from
    /// the item; `form="short"` takes the short variant (`title-short`) when there is one.
    mutating func variableText(_ variable: String, form: String? = nil) -> String? {
        guard !suppressed.contains(variable) else { return nil }
        let value = lookUp(variable, form: form)
        // What a <substitute> renders is not rendered again for this item.
        if substituteDepth > 0, value != nil { substituteRendered.insert(variable) }
        return value
    }

    private func lookUp(_ variable: String, form: String?) -> String? {
        switch variable {
        case "citation-number": return citationNumber.map(String.init)
        case "locator": return locator?.trimmingCharacters(in: .whitespaces)
        case "year-suffix": return yearSuffix
        case "first-reference-note-number": return position == "first" ? nil : firstReferenceNote.map(String.init) ?? item.string(variable)
        case "citation-label": return item.citationLabel
        default: break
        }
        if form == "short" {
            if let short = item.string(variable + "-short") { return short }
            if variable == "container-title", let short = item.string("journalAbbreviation") { return short }
            if variable == "title", let short = item.string("shortTitle") { return short }
        }
        if let text = item.string(variable) { return text }
        if variable == "title-short" { return item.string("shortTitle") }
        if variable == "page-first", let page = item.string("page") {
            return page.split { "-–,&".contains($0) }.first.map { $0.trimmingCharacters(in: .whitespaces) }
        }
        if variable == "container-title-short" { return item.string("journalAbbreviation") }
        return nil
    }

    // MARK: choose

    mutating func renderChoose(_ element: CSLElement) -> CSLRendered {
        for branch in element.children where ["if", "else-if", "else"].contains(branch.name) {
            if branch.name == "else" || test(branch) {
                let parts = render(branch.children)
                return CSLFormatting.join(parts, delimiter: nil)
            }
        }
        return CSLRendered()
    }

    func test(_ branch: CSLElement) -> Bool {
        var results: [Bool] = []
        for (attribute, value) in branch.attributes where attribute != "match" {
            for word in value.split(whereSeparator: \.isWhitespace).map(String.init) {
                switch attribute {
                case "type": results.append(word == item.type)
                case "variable": results.append(hasVariable(word))
                case "is-numeric": results.append(isNumeric(word))
                case "is-uncertain-date": results.append(item.dates[word]?.circa == true)
                case "locator": results.append(locator != nil && (locatorLabel ?? "page") == word || (word == "sub-verbo" && locatorLabel == "sub verbo"))
                case "position": results.append(matchesPosition(word))
                case "disambiguate": results.append((word == "true") == disambiguation.condition)
                default: continue
                }
            }
        }
        guard !results.isEmpty else { return false }
        switch branch["match"] ?? "all" {
        case "any": return results.contains(true)
        case "none": return !results.contains(true)
        default: return !results.contains(false)
        }
    }

    func hasVariable(_ name: String) -> Bool {
        if suppressed.contains(name) { return false }
        switch name {
        case "locator": return locator?.trimmingCharacters(in: .whitespaces) != nil
        case "citation-number": return citationNumber != nil
        case "year-suffix": return yearSuffix != nil
        case "first-reference-note-number": return lookUp(name, form: nil) != nil
        case "citation-label": return item.citationLabel != nil
        default: return item.string(name) != nil || !(item.names[name]?.isEmpty ?? true) || item.dates[name] != nil
        }
    }

    func isNumeric(_ variable: String) -> Bool {
        guard let value = variable == "locator" ? locator : item.string(variable) else { return false }
        return CSLNumbers.isNumeric(value)
    }

    func matchesPosition(_ word: String) -> Bool {
        guard !position.isEmpty else { return false }
        switch word {
        case "first": return position == "first"
        case "subsequent": return position != "first"
        case "ibid": return position == "ibid" || position == "ibid-with-locator"
        case "ibid-with-locator": return position == "ibid-with-locator"
        case "near-note": return position != "first" && nearNote
        default: return false
        }
    }

    // MARK: number and label

    mutating func renderNumber(_ element: CSLElement) -> CSLRendered {
        guard let variable = element["variable"], let value = variableText(variable) else { return CSLRendered(calledVariable: true) }
        var text = value
        if sortKey, let n = Int(value.prefix { $0.isNumber }) { return .text(String(format: "%08d", n), variable: true) }
        if CSLNumbers.isNumeric(value) {
            text = CSLNumbers.format(value, form: element["form"] ?? "numeric", locale: locale, gender: locale.gender(of: variable))
        }
        var r = CSLRendered.text(CSLFormatting.textCase(text, element["text-case"], language: language), variable: true)
        r = CSLFormatting.decorate(r, element.attributes, locale: locale)
        r.calledVariable = true
        r.renderedVariable = true
        return r
    }

    mutating func renderLabel(_ element: CSLElement, variable: String) -> CSLRendered {
        let term: String
        let value: String?
        if variable == "locator" {
            guard let locator else { return CSLRendered() }
            term = (locatorLabel ?? "page").replacingOccurrences(of: " ", with: "-")  // "sub verbo" is the term sub-verbo.
            value = locator
        } else {
            term = variable
            value = item.string(variable)
        }
        guard let value else { return CSLRendered() }
        let plural: Bool
        switch element["plural"] ?? "contextual" {
        case "always": plural = true
        case "never": plural = false
        default: plural = CSLNumbers.isPlural(value, variable: variable)
        }
        guard let text = locale.term(term, form: element["form"] ?? "long", plural: plural), !text.isEmpty else { return CSLRendered() }
        var r = CSLRendered.text(CSLFormatting.textCase(text, element["text-case"], language: language))
        r = CSLFormatting.decorate(r, element.attributes, locale: locale)
        return r
    }
}
