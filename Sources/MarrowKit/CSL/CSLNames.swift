import Foundation

/// `<names>`: each variable's names in the style's order and form, with `et al.`, "and",
/// initials, particles and a label; `<substitute>` when all are empty.
extension CSLRenderer {
    /// An option from the element, then the section and style (inheritable name options).
    func nameOption(_ element: CSLElement?, _ key: String, inherited: String? = nil) -> String? {
        etAlOverrides[key] ?? element?[key] ?? options[inherited ?? key]
    }

    mutating func renderNames(_ element: CSLElement, inheritFrom parent: CSLElement? = nil) -> CSLRendered {
        let nameElement = element.child("name") ?? parent?.child("name")
        let etAlElement = element.child("et-al") ?? parent?.child("et-al")
        let labelElement = element.child("label") ?? (element.child("name") == nil ? parent?.child("label") : nil)
        let labelFirst: Bool = {
            let source = element.child("name") != nil ? element : (parent ?? element)
            guard let label = source.children.firstIndex(where: { $0.name == "label" }),
                  let name = source.children.firstIndex(where: { $0.name == "name" }) else { return false }
            return label < name
        }()
        var variables = (element["variable"] ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
        var used: [String] = []
        // The same people as editors and translators are named once, as "editortranslator".
        var labelTerm: [String: String] = [:]
        let combinedTerm = labelElement.map { locale.term("editortranslator", form: $0["form"] ?? "long") ?? "" } ?? "-"
        if variables.contains("editor"), variables.contains("translator"), let editors = item.names["editor"], editors == item.names["translator"],
           !combinedTerm.isEmpty {
            variables.removeAll { $0 == "translator" }
            labelTerm["editor"] = "editortranslator"
            used.append("translator")
        }
        var parts: [CSLRendered] = []
        var bare: [String] = []  // The names without their labels.
        var labels: [CSLRendered] = []  // The labels, kept where repeated names are replaced.
        var count = 0
        for variable in variables where !suppressed.contains(variable) {
            guard let names = item.names[variable], !names.isEmpty else { continue }
            used.append(variable)
            if (nameElement?["form"] ?? options["name-form"]) == "count" {
                count += min(names.count, etAlCount(names.count, nameElement).shown)
                continue
            }
            var rendered = formatNames(names, nameElement, etAlElement)
            bare.append(rendered.plain)
            if let labelElement, !sortKey {
                var label = renderNameLabel(labelElement, variable: labelTerm[variable] ?? variable, plural: names.count > 1)
                labels.append(label)
                if !label.isEmpty {
                    if labelFirst { label.html += rendered.html; label.plain += rendered.plain; rendered = label } else {
                        rendered.html += label.html
                        rendered.plain += label.plain
                    }
                }
            }
            parts.append(rendered)
        }
        if (nameElement?["form"] ?? options["name-form"]) == "count" {
            guard count > 0 else { return substitute(element) }
            var r = CSLRendered.text(String(count), variable: true)
            r = CSLFormatting.decorate(r, element.attributes, locale: locale)
            return r
        }
        guard !parts.isEmpty else {
            // What stands in for the names (a title, an editor) is the cite's author too: named
            // in the sentence for `@key`, left out for `[-@key]`, as pandoc's citeproc does.
            let substituted = substitute(element)
            if firstNames == nil, !substituted.isEmpty {
                firstNames = substituted
                firstNamesKey = substituted.plain
                if suppressFirstNames { return CSLRendered(calledVariable: true, renderedVariable: true) }
                if let replaced = replacingRepeatedNames() { return replaced }
            }
            return substituted
        }
        for variable in used where isSubstituting { suppressed.insert(variable) }
        var joined = CSLFormatting.join(parts, delimiter: element["delimiter"] ?? options["names-delimiter"])
        joined.calledVariable = true
        joined.renderedVariable = true
        joined = CSLFormatting.decorate(joined, element.attributes, locale: locale)
        joined.calledVariable = true
        joined.renderedVariable = true
        if firstNames == nil {
            firstNames = joined
            firstNamesKey = bare.joined(separator: "\u{1F}")
            if let replaced = replacingRepeatedNames(labels: labelFirst ? [] : labels) { return replaced }
            if suppressFirstNames { return CSLRendered(calledVariable: true, renderedVariable: true) }
        }
        return joined
    }

    /// The substitute for first names the same as the entry before's, their labels after it
    /// (nothing when the substitute is empty).
    func replacingRepeatedNames(labels: [CSLRendered] = []) -> CSLRendered? {
        guard let repeated = repeatedNames, let key = firstNamesKey, key == repeated.previous else { return nil }
        guard !repeated.substitute.isEmpty else { return CSLRendered(calledVariable: true) }
        var out = CSLRendered.text(repeated.substitute, variable: true)
        for label in labels {
            out.html += label.html
            out.plain += label.plain
        }
        return out
    }

    private var isSubstituting: Bool { depth > 0 && substituteDepth > 0 }

    /// The first child of `<substitute>` that renders something; the names it used are not
    /// rendered again for this item.
    mutating func substitute(_ element: CSLElement) -> CSLRendered {
        guard let substitute = element.child("substitute") else { return CSLRendered(calledVariable: true) }
        substituteDepth += 1
        defer { substituteDepth -= 1 }
        substituteRendered = []
        for child in substitute.children {
            var r: CSLRendered
            if child.name == "names" {
                r = renderNames(child, inheritFrom: element)
            } else {
                r = render(child)
            }
            // Names left out because the author is named in the sentence (`[-@key]`) still end the search.
            if r.isEmpty, child.name == "names", r.renderedVariable, suppressFirstNames, firstNames != nil {
                suppressed.formUnion(substituteRendered)
                substituteRendered = []
                return r
            }
            if !r.isEmpty {
                suppressed.formUnion(substituteRendered)
                substituteRendered = []
                r = CSLFormatting.decorate(r, element.attributes.filter { ["prefix", "suffix", "font-style", "font-weight", "font-variant", "text-decoration", "vertical-align", "display"].contains($0.key) }, locale: locale)
                r.calledVariable = true
                r.renderedVariable = true
                return r
            }
        }
        return CSLRendered(calledVariable: true)
    }

    func renderNameLabel(_ element: CSLElement, variable: String, plural: Bool) -> CSLRendered {
        let isPlural: Bool
        switch element["plural"] ?? "contextual" {
        case "always": isPlural = true
        case "never": isPlural = false
        default: isPlural = plural
        }
        guard let text = locale.term(variable, form: element["form"] ?? "long", plural: isPlural), !text.isEmpty else { return CSLRendered() }
        let r = CSLRendered.text(CSLFormatting.textCase(text, element["text-case"], language: language))
        return CSLFormatting.decorate(r, element.attributes, locale: locale)
    }

    /// How many names show, and whether et al. follows, for a list of `total` names.
    func etAlCount(_ total: Int, _ name: CSLElement?) -> (shown: Int, etAl: Bool) {
        let styled = styledEtAlCount(total, name)
        // Disambiguation may show more names than the style, never fewer.
        if let shown = disambiguation.namesShown, shown > styled.shown { return shown >= total ? (total, false) : (shown, true) }
        return styled
    }

    /// How many names show by the style's et-al options alone.
    func styledEtAlCount(_ total: Int, _ name: CSLElement?) -> (shown: Int, etAl: Bool) {
        let subsequent = position != "first" && !position.isEmpty
        let min = Int((subsequent ? nameOption(name, "et-al-subsequent-min") : nil) ?? nameOption(name, "et-al-min") ?? "") ?? 0
        let useFirst = Int((subsequent ? nameOption(name, "et-al-subsequent-use-first") : nil) ?? nameOption(name, "et-al-use-first") ?? "") ?? 0
        // et-al-use-first="0": a list long enough for et al. shows nothing at all.
        if min > 0, total >= min, useFirst == 0, nameOption(name, "et-al-use-first") != nil { return (0, false) }
        if min > 0, useFirst > 0, total >= min, useFirst < total { return (useFirst, true) }
        return (total, false)
    }

    func formatNames(_ names: [CSLName], _ name: CSLElement?, _ etAlElement: CSLElement?) -> CSLRendered {
        // A list ending "and others" (BibTeX) is cut there and followed by "et al.".
        // "and others" counts as a name when deciding on et al., as pandoc counts it.
        let others = names.last?.literal == "others"
        var (shown, etAl) = etAlCount(names.count, name)
        if shown == 0, !etAl { return CSLRendered() }
        let names = others ? Array(names.dropLast()) : names
        shown = min(shown, names.count)
        if others { etAl = true }
        let delimiter = nameOption(name, "delimiter", inherited: "name-delimiter") ?? ", "
        let sortOrder = nameOption(name, "name-as-sort-order")
        let and = nameOption(name, "and")
        let useLast = nameOption(name, "et-al-use-last") == "true" && etAl && shown + 1 < names.count
        var pieces: [CSLRendered] = []
        for (index, person) in names.prefix(shown).enumerated() {
            let inverted = sortOrder == "all" || (sortOrder == "first" && index == 0)
            pieces.append(formatName(person, name, inverted: inverted))
        }
        var out = CSLRendered()
        for (index, piece) in pieces.enumerated() {
            if index > 0 {
                let isLast = index == pieces.count - 1 && !etAl
                if isLast, let and, !sortKey {
                    let word = and == "symbol" ? "&" : (locale.term("and") ?? "and")
                    let precedes = nameOption(name, "delimiter-precedes-last") ?? "contextual"
                    // An institution's name is never inverted.
                    let previousInverted = (sortOrder == "all" || (sortOrder == "first" && index - 1 == 0)) && Self.isPersonal(names[index - 1])
                    let useDelimiter: Bool
                    switch precedes {
                    case "always": useDelimiter = true
                    case "never": useDelimiter = false
                    case "after-inverted-name": useDelimiter = previousInverted
                    default: useDelimiter = pieces.count > 2
                    }
                    out = CSLFormatting.append(out, useDelimiter ? delimiter + word + " " : " " + word + " ")
                } else {
                    out = CSLFormatting.append(out, delimiter)
                }
            }
            out.html += piece.html
            out.plain += piece.plain
        }
        if useLast, let last = names.last {
            out = CSLFormatting.append(out, sortKey ? " " : delimiter + "… ")
            let piece = formatName(last, name, inverted: sortOrder == "all")
            out.html += piece.html
            out.plain += piece.plain
        } else if etAl, !sortKey {
            let term = etAlElement?["term"] ?? "et-al"
            let text = locale.term(term) ?? "et al."
            let precedes = nameOption(name, "delimiter-precedes-et-al") ?? "contextual"
            let previousInverted = (sortOrder == "all" || (sortOrder == "first" && shown == 1)) && shown > 0 && Self.isPersonal(names[shown - 1])
            let useDelimiter: Bool
            switch precedes {
            case "always": useDelimiter = true
            case "never": useDelimiter = false
            case "after-inverted-name": useDelimiter = previousInverted
            default: useDelimiter = shown > 1
            }
            var etAlText = CSLRendered.text(text)
            if let etAlElement { etAlText = CSLFormatting.decorate(etAlText, etAlElement.attributes, locale: locale) }
            out = CSLFormatting.append(out, useDelimiter ? delimiter : " ")
            out.html += etAlText.html
            out.plain += etAlText.plain
        }
        return CSLFormatting.decorate(out, (name?.attributes ?? [:]).filter { $0.key != "delimiter" }, locale: locale)
    }

    /// One name in the element's form. Formatting of the given name-part covers the given names
    /// and dropping particle, of the family part the family name and non-dropping particle, each
    /// word group on its own; the family part's affixes enclose the particles before it (and the
    /// suffix when not inverted), the given part's the particles demoted after it.
    func formatName(_ person: CSLName, _ element: CSLElement?, inverted: Bool) -> CSLRendered {
        let familyPart = element?.children.first { $0.name == "name-part" && $0["name"] == "family" }
        let givenPart = element?.children.first { $0.name == "name-part" && $0["name"] == "given" }
        let affixes = ["prefix", "suffix"]
        /// Words of one name-part, cased and formatted, without the part's affixes.
        func styled(_ text: String?, _ partElement: CSLElement?) -> (raw: String, r: CSLRendered)? {
            guard let text, !text.isEmpty else { return nil }
            let plain = text.replacingOccurrences(of: "'", with: "’")
            var r = CSLRichText.render(plain, textCase: partElement?["text-case"], language: language, locale: locale)
            if let partElement { r = CSLFormatting.decorate(r, partElement.attributes.filter { !affixes.contains($0.key) }, locale: locale) }
            return (plain, r)
        }
        /// Word groups in a row, a particle ending in an apostrophe or hyphen joined without a space.
        func run(_ pieces: [(raw: String, r: CSLRendered)?], suffix: String? = nil, _ partElement: CSLElement?) -> CSLRendered {
            var out = CSLRendered()
            var previous: String?
            for case let piece? in pieces {
                if let previous, !(previous.hasSuffix("’") || previous.hasSuffix("-") || previous.hasSuffix(" ")) { out.html += " "; out.plain += " " }
                out.html += piece.r.html
                out.plain += piece.r.plain
                previous = piece.raw
            }
            while out.plain.last == " ", out.html.last == " " { out.plain.removeLast(); out.html.removeLast() }
            if let suffix, !out.isEmpty { out = CSLFormatting.append(out, suffix) }
            return CSLFormatting.affix(out, prefix: partElement?["prefix"], suffix: partElement?["suffix"])
        }
        // An institution's name (or a family name alone) takes the family part's case and formatting.
        if let literal = person.literal ?? (person.given == nil ? person.family : nil), person.given == nil || person.literal != nil {
            return styled(literal, familyPart)?.r ?? CSLRendered()
        }
        // A given name alone ("Banksy") is the whole name, never initialized.
        if person.family == nil, let given = person.given { return CSLRichText.render(given) }
        var form = nameOption(element, "form", inherited: "name-form") ?? "long"
        let expansion = disambiguation.givenNames[CSLDisambiguation.key(person)] ?? 0
        if form == "short", expansion > 0 { form = "long" }
        let family = styled(person.family, familyPart)
        if form == "short" {
            return person.isNonLatin ? run([family], familyPart) : run([styled(person.nonDroppingParticle, familyPart), family], familyPart)
        }
        var given = person.given ?? ""
        if let initializeWith = nameOption(element, "initialize-with"), expansion < 2 {
            given = Self.initialize(given, with: initializeWith, initialize: nameOption(element, "initialize") != "false",
                                    hyphen: options["initialize-with-hyphen"] != "false")
        }
        if person.isNonLatin {
            return run([styled((person.family ?? "") + given, familyPart)], familyPart)
        }
        let demote = options["demote-non-dropping-particle"] ?? "display-and-sort"
        let givenWords = styled(given, givenPart), dropping = styled(person.droppingParticle, givenPart)
        let nonDropping = styled(person.nonDroppingParticle, familyPart)
        let suffix = person.suffix.flatMap { $0.isEmpty ? nil : $0 }
        if inverted {
            let demoted = !(demote == "never" || demote == "sort-only")
            var out = run(demoted ? [family] : [nonDropping, family], familyPart)
            let givenRendered = run(demoted ? [givenWords, dropping, nonDropping] : [givenWords, dropping], givenPart)
            let sortSeparator = nameOption(element, "sort-separator") ?? ", "
            if !givenRendered.isEmpty {
                out = CSLFormatting.append(out, sortSeparator)
                out.html += givenRendered.html
                out.plain += givenRendered.plain
            }
            if let suffix { out = CSLFormatting.append(out, sortSeparator + suffix) }
            return out
        }
        let givenRendered = run([givenWords], givenPart)
        let familyRendered = run([dropping, nonDropping, family], suffix: suffix.map { (person.commaSuffix ? ", " : " ") + $0 }, familyPart)
        // A given name whose affix ends in a (no-break) space needs no space more.
        let spaced = givenRendered.plain.last?.isWhitespace == true
        return CSLFormatting.join([givenRendered, familyRendered], delimiter: spaced ? nil : " ")
    }

    /// A person's name (given and family), not an institution's or a name given as one string.
    static func isPersonal(_ name: CSLName) -> Bool { name.literal == nil && name.given != nil }

    /// A particle and the name it goes with: "van Gogh", but "d’Alembert" without a space.
    static func joinParticle(_ particle: String?, _ family: String) -> String {
        guard let particle, !particle.isEmpty else { return family }
        if particle.hasSuffix("'") || particle.hasSuffix("’") || particle.hasSuffix("-") || particle.hasSuffix(" ") { return particle + family }
        return particle + " " + family
    }
}
