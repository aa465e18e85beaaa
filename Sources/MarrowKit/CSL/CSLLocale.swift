import Foundation

/// A CSL locale: terms (each in its forms, singular and plural, with gender where ordinals need
/// it), the two localized date formats, and the locale's style options. A style's own `<locale>`
/// overrides are laid over the locale file's.
public struct CSLLocale: Sendable {
    public struct Term: Sendable {
        public var single: String
        public var multiple: String
        public var gender: String?
        /// For ordinals: `feminine`/`masculine` forms match a noun of that gender.
        public var genderForm: String?
        public var match: String?
    }

    /// Terms by name, then form (`long`, `short`, `verb`, `verb-short`, `symbol`), each with its variants.
    public var terms: [String: [String: [Term]]] = [:]
    /// `<date form="text">` and `<date form="numeric">`.
    public var dates: [String: CSLElement] = [:]
    public var punctuationInQuote = false
    public var limitDayOrdinalsToDay1 = false
    /// The locale's language (`xml:lang`), e.g. "en-US".
    public var language: String?
    /// The style options this locale states (an override sets only these).
    var statedOptions: Set<String> = []

    public init() {}

    init(element: CSLElement) {
        add(element)
    }

    mutating func add(_ element: CSLElement) {
        if let lang = element["xml:lang"] ?? element["lang"], !lang.isEmpty { language = lang }
        for child in element.children {
            switch child.name {
            case "terms":
                for term in child.children where term.name == "term" {
                    guard let name = term["name"] else { continue }
                    let form = term["form"] ?? "long"
                    var single = "", multiple = ""
                    if let s = term.child("single") {
                        single = s.text
                        multiple = term.child("multiple")?.text ?? s.text
                    } else {
                        single = term.text
                        multiple = term.text
                    }
                    let entry = Term(single: single, multiple: multiple, gender: term["gender"], genderForm: term["gender-form"], match: term["match"])
                    var forms = terms[name] ?? [:]
                    // A later definition of the same term and gender form replaces the earlier one.
                    var list = forms[form] ?? []
                    list.removeAll { $0.genderForm == entry.genderForm && $0.match == entry.match }
                    list.append(entry)
                    forms[form] = list
                    terms[name] = forms
                }
            case "date":
                if let form = child["form"] { dates[form] = child }
            case "style-options":
                if let value = child["punctuation-in-quote"] { punctuationInQuote = value == "true"; statedOptions.insert("punctuation-in-quote") }
                if let value = child["limit-day-ordinals-to-day-1"] {
                    limitDayOrdinalsToDay1 = value == "true"
                    statedOptions.insert("limit-day-ordinals-to-day-1")
                }
            default:
                continue
            }
        }
    }

    /// A term in a form, falling back as CSL says (`verb-short` -> `verb` -> `long`, `symbol` -> `short` -> `long`).
    public func term(_ name: String, form: String = "long", plural: Bool = false, genderForm: String? = nil) -> String? {
        var form = form
        while true {
            if let variants = terms[name]?[form] {
                let chosen = variants.first { $0.genderForm == genderForm } ?? variants.first { $0.genderForm == nil } ?? variants.first
                if let chosen { return plural ? chosen.multiple : chosen.single }
            }
            switch form {
            case "verb-short": form = "verb"
            case "symbol": form = "short"
            case "verb", "short": form = "long"
            default: return nil
            }
        }
    }

    func gender(of name: String) -> String? {
        terms[name]?["long"]?.first?.gender
    }

    /// `ordinal` and `ordinal-00` to `ordinal-99` (not the long ordinals).
    static func isOrdinal(_ name: String) -> Bool { name == "ordinal" || (name.hasPrefix("ordinal-") && name.count == 10) }

    /// The whole locale in effect: the locale file with a style's overrides laid over it.
    static func merged(file: CSLLocale?, overrides: [CSLLocale]) -> CSLLocale {
        var locale = file ?? CSLLocale()
        for override in overrides {
            // A style that defines ordinals replaces all of the locale's (CSL 1.0.2).
            if override.terms.keys.contains(where: isOrdinal) {
                for name in locale.terms.keys where isOrdinal(name) { locale.terms[name] = nil }
            }
            for (name, forms) in override.terms {
                for (form, variants) in forms {
                    var list = locale.terms[name]?[form] ?? []
                    for variant in variants {
                        list.removeAll { $0.genderForm == variant.genderForm && $0.match == variant.match }
                        list.append(variant)
                    }
                    locale.terms[name, default: [:]][form] = list
                }
            }
            for (form, date) in override.dates { locale.dates[form] = date }
            if override.statedOptions.contains("punctuation-in-quote") { locale.punctuationInQuote = override.punctuationInQuote }
            if override.statedOptions.contains("limit-day-ordinals-to-day-1") { locale.limitDayOrdinalsToDay1 = override.limitDayOrdinalsToDay1 }
        }
        return locale
    }
}

extension CSLElement {
    /// The text an element holds.
    var text: String {
        children.filter { $0.name == "#text" }.compactMap { $0["value"] }.joined()
    }
}
