/// Raw HTML as GitHub treats it: an allow-list of harmless elements and attributes reaches the
/// page; comments, declarations and unknown elements (`<Listing>`, `<font>`) go, keeping their
/// text; what could run code or take over the page (`<script>` and `<style>` with their content,
/// `<iframe>`, forms, a tag with an event handler or a `javascript:` URL) goes too, and is named
/// in a warning.
struct RawHTMLSanitizer {
    /// Elements written as they are (with allowed attributes only).
    static let allowedElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "center", "cite", "code", "col", "colgroup",
        "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
        "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s",
        "samp", "section", "small", "source", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr",
    ]
    /// Elements removed with everything up to their end tag: their content is code or another page.
    static let elementsDroppedWithContent: Set<String> = [
        "script", "style", "textarea", "title", "iframe", "noscript", "template", "xmp", "noembed", "noframes", "object",
        "svg", "math", "select", "plaintext", "applet", "audio", "video", "canvas",
    ]
    /// Elements removed (their text stays) with a warning: they take input or change the page.
    static let refusedElements: Set<String> = ["form", "input", "button", "base", "link", "meta", "frame", "frameset", "embed",
                                                "option", "dialog", "portal", "label", "fieldset", "output"]
    static let globalAttributes: Set<String> = ["id", "class", "title", "lang", "dir", "role", "aria-label", "aria-hidden", "aria-describedby"]
    static let elementAttributes: [String: Set<String>] = [
        "a": ["href", "name"], "img": ["src", "alt", "width", "height", "loading"], "source": ["srcset", "media", "type"],
        "td": ["colspan", "rowspan", "align"], "th": ["colspan", "rowspan", "align", "scope"], "col": ["span"], "colgroup": ["span"],
        "ol": ["start", "type", "reversed"], "li": ["value"], "details": ["open"], "time": ["datetime"],
        "q": ["cite"], "blockquote": ["cite"], "del": ["cite", "datetime"], "ins": ["cite", "datetime"], "tr": ["align"],
    ]

    struct Result {
        var fragment: HTMLFragment
        /// The ids the fragment gives (`<a id>`, `<a name>`, `<span id>`): link targets on the page.
        var ids: [String] = []
        /// What was removed for safety, for a warning: `<script>`, `onclick`, `href="javascript:"`.
        var refused: [String] = []
    }

    /// What carries from one raw HTML node of a chapter to the next: a `<script>` whose end tag is
    /// still to come, and start tags removed for an attribute, whose end tags go too.
    struct State {
        var skippingUntil: String?
        var unmatched: [String: Int] = [:]
    }

    static func sanitize(_ html: String) -> Result {
        var state = State()
        return sanitize(html, state: &state)
    }

    static func sanitize(_ html: String, state: inout State) -> Result {
        var result = Result(fragment: HTMLFragment(tokens: []))
        for piece in HTMLTagScanner.scan(html) {
            if let element = state.skippingUntil {
                if case .endTag(let name, _) = piece, name == element { state.skippingUntil = nil }
                continue
            }
            switch piece {
            case .text(let text):
                result.fragment.tokens.append(.text(String(text)))
            case .ignored:
                continue
            case .endTag(let name, _):
                if let open = state.unmatched[name], open > 0 {
                    state.unmatched[name] = open - 1
                } else if allowedElements.contains(name) {
                    result.fragment.tokens.append(.endTag(name: name))
                }
            case .startTag(let name, let attributes, let selfClosing, _):
                if elementsDroppedWithContent.contains(name) {
                    result.refused.append("<\(name)>")
                    if !selfClosing { state.skippingUntil = name }
                    continue
                }
                if refusedElements.contains(name) {
                    result.refused.append("<\(name)>")
                    continue
                }
                guard allowedElements.contains(name) else { continue }
                switch allowedAttributes(of: name, attributes, ids: &result.ids) {
                case .refused(let what):
                    result.refused.append(what)
                    if !selfClosing { state.unmatched[name, default: 0] += 1 }
                case .kept(let kept):
                    result.fragment.tokens.append(.startTag(name: name, attributes: kept, selfClosing: selfClosing))
                }
            }
        }
        return result
    }

    private enum Attributes {
        case kept([HTMLFragment.Attribute])
        case refused(String)
    }

    private static func allowedAttributes(of element: String, _ attributes: [(name: String, value: Substring?)], ids: inout [String]) -> Attributes {
        var kept: [HTMLFragment.Attribute] = []
        var found: [String] = []
        for attribute in attributes {
            let value = attribute.value.map(String.init) ?? ""
            if attribute.name.hasPrefix("on") { return .refused(attribute.name) }
            guard globalAttributes.contains(attribute.name) || elementAttributes[element]?.contains(attribute.name) == true else { continue }
            if ["href", "src", "cite", "srcset"].contains(attribute.name), ScriptURL.isScript(value) {
                return .refused("\(attribute.name)=\"\(value.prefix(11))\"")
            }
            kept.append(HTMLFragment.Attribute(name: attribute.name, value: .text(value)))
            if attribute.name == "id" || (element == "a" && attribute.name == "name"), !value.isEmpty { found.append(HTMLEntities.decode(value)) }
        }
        ids += found
        return .kept(kept)
    }
}

/// `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs, however spaced, cased or
/// entity-encoded (browsers drop leading spaces and control characters).
enum ScriptURL {
    static func isScript(_ value: String) -> Bool {
        let decoded = HTMLEntities.decode(value)
        let compact = String(decoded.unicodeScalars.filter { $0.value > 0x20 && $0 != "\u{7F}" }.map(Character.init)).lowercased()
        if compact.hasPrefix("data:image/") && !compact.hasPrefix("data:image/svg") { return false }
        return compact.hasPrefix("javascript:") || compact.hasPrefix("vbscript:") || compact.hasPrefix("data:")
            || compact.hasPrefix("file:") || compact.contains("&#")
    }
}

/// The character references an attribute value may hold: numeric ones and the few named ones
/// that matter in URLs and ids. Others stay as written.
enum HTMLEntities {
    static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":",
                                          "sol": "/", "num": "#", "tab": "\t", "newline": "\n", "nbsp": "\u{A0}"]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(32).firstIndex(of: ";"), let scalar = reference(after[..<semi]) {
                out += scalar
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    private static func reference(_ name: Substring) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) } }
        return named[name.lowercased()]
    }
}
