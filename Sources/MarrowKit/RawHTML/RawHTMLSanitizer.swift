/// Raw HTML as GitHub treats it: an allow-list of harmless elements and attributes reaches the
/// page; comments, declarations and unknown elements (`<Listing>`, `<font>`) go, keeping their
/// text; a tag that could run code or take over the page (`<script>`, `<style>`, `<iframe>`,
/// forms, an event handler, a `javascript:` URL) is shown as text.
struct RawHTMLSanitizer {
    /// Elements written as they are (with allowed attributes only).
    static let allowedElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "center", "cite", "code", "col", "colgroup",
        "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
        "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s",
        "samp", "section", "small", "source", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr",
    ]
    /// Elements shown as text, with a warning: they run code, load other pages or take input.
    static let dangerousElements: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "select",
        "textarea", "option", "base", "link", "meta", "title", "noscript", "template", "xmp", "plaintext", "noembed",
        "noframes", "svg", "math", "audio", "video", "canvas", "dialog", "portal",
    ]
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
        /// What was shown as text, for a warning: `<script>`, `onclick`, `javascript:`.
        var refused: [String] = []
    }

    static func sanitize(_ html: String) -> Result {
        var result = Result(fragment: HTMLFragment(tokens: []))
        for piece in HTMLTagScanner.scan(html) {
            switch piece {
            case .text(let text):
                result.fragment.tokens.append(.text(String(text)))
            case .ignored:
                continue
            case .endTag(let name, let source):
                if allowedElements.contains(name) {
                    result.fragment.tokens.append(.endTag(name: name))
                } else if dangerousElements.contains(name) {
                    result.fragment.tokens.append(.escaped(String(source)))
                }
            case .startTag(let name, let attributes, let selfClosing, let source):
                if dangerousElements.contains(name) {
                    result.fragment.tokens.append(.escaped(String(source)))
                    result.refused.append("<\(name)>")
                    continue
                }
                guard allowedElements.contains(name) else { continue }
                var kept: [HTMLFragment.Attribute] = []
                var refused: String?
                for attribute in attributes {
                    let value = attribute.value.map(String.init) ?? ""
                    if attribute.name.hasPrefix("on") {
                        refused = attribute.name
                        break
                    }
                    guard globalAttributes.contains(attribute.name) || elementAttributes[name]?.contains(attribute.name) == true else { continue }
                    if ["href", "src", "cite", "srcset"].contains(attribute.name), ScriptURL.isScript(value) {
                        refused = "\(attribute.name)=\"\(value.prefix(11))\""
                        break
                    }
                    kept.append(HTMLFragment.Attribute(name: attribute.name, value: .text(value)))
                    if attribute.name == "id" || (name == "a" && attribute.name == "name"), !value.isEmpty {
                        result.ids.append(HTMLEntities.decode(value))
                    }
                }
                if let refused {
                    result.fragment.tokens.append(.escaped(String(source)))
                    result.refused.append(refused)
                    continue
                }
                result.fragment.tokens.append(.startTag(name: name, attributes: kept, selfClosing: selfClosing))
            }
        }
        return result
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
