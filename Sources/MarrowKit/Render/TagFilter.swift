/// Raw HTML when a book opts in (`raw_html: true`): GitHub's tagfilter neutralises the tags that
/// could take over a page, and, beyond GitHub, event-handler attributes (`onerror=`, `onclick=`)
/// are renamed to inert `data-blocked-*` ones and script URLs (`javascript:`, `vbscript:`,
/// `data:` other than images) in `href`, `src` and similar attributes become `#`: a contributor's
/// HTML can style and structure a page, never run code in it.
enum TagFilter {
    private static let blocked: Set<String> = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]
    private static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "poster", "background",
                                                      "data", "srcset", "ping", "cite", "longdesc", "lowsrc", "dynsrc"]

    static func filter(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else {
                out.append(bytes[i])
                i += 1
                continue
            }
            var j = i + 1
            let closing = j < bytes.count && bytes[j] == UInt8(ascii: "/")
            if closing { j += 1 }
            let nameStart = j
            while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
            if name.isEmpty || !(name.first!.isLetter) || blocked.contains(name) {
                out += blocked.contains(name) ? Array("&lt;".utf8) : [bytes[i]]
                i += 1
                continue
            }
            out += bytes[i..<j]
            i = closing ? j : filterAttributes(bytes, from: j, into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Copies a start tag's attributes from `start` to its closing `>`, neutralising dangerous
    /// ones, and returns the index after the tag (or the end of the input).
    private static func filterAttributes(_ bytes: [UInt8], from start: Int, into out: inout [UInt8]) -> Int {
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: ">") {
                out.append(byte)
                return i + 1
            }
            if isSpace(byte) || byte == UInt8(ascii: "/") {
                out.append(byte)
                i += 1
                continue
            }
            var j = i
            while j < bytes.count, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "="),
                  j == i || bytes[j] != UInt8(ascii: "/") { j += 1 }
            let name = String(decoding: bytes[i..<j], as: UTF8.self).lowercased()
            var k = j
            while k < bytes.count, isSpace(bytes[k]) { k += 1 }
            var value: ArraySlice<UInt8>?
            var end = j
            if k < bytes.count, bytes[k] == UInt8(ascii: "=") {
                k += 1
                while k < bytes.count, isSpace(bytes[k]) { k += 1 }
                if k < bytes.count, bytes[k] == UInt8(ascii: "\"") || bytes[k] == UInt8(ascii: "'") {
                    let quote = bytes[k]
                    var e = k + 1
                    while e < bytes.count, bytes[e] != quote { e += 1 }
                    value = bytes[(k + 1)..<min(e, bytes.count)]
                    end = min(e + 1, bytes.count)
                } else {
                    var e = k
                    while e < bytes.count, !isSpace(bytes[e]), bytes[e] != UInt8(ascii: ">") { e += 1 }
                    value = bytes[k..<e]
                    end = e
                }
            }
            if name.hasPrefix("on") {
                out += Array("data-blocked-".utf8) + bytes[i..<end]
            } else if urlAttributes.contains(name), let value, isScriptURL(value) {
                out += bytes[i..<j] + Array("=\"#\"".utf8)
            } else {
                out += bytes[i..<end]
            }
            i = max(end, i + 1)
        }
        return i
    }

    /// `javascript:`, `vbscript:` and non-image `data:` URLs, however spaced, cased or entity-encoded
    /// at the start (browsers drop leading spaces and control characters).
    private static func isScriptURL(_ value: ArraySlice<UInt8>) -> Bool {
        let decoded = String(decoding: value, as: UTF8.self)
            .replacingOccurrences(of: "&colon;", with: ":", options: .caseInsensitive)
            .replacingOccurrences(of: "&#58;", with: ":").replacingOccurrences(of: "&#x3a;", with: ":", options: .caseInsensitive)
        let compact = String(decoded.unicodeScalars.filter { $0.value > 0x20 && $0 != "\u{7F}" }.map(Character.init)).lowercased()
        if compact.hasPrefix("data:image/") && !compact.hasPrefix("data:image/svg") { return false }
        return compact.hasPrefix("javascript:") || compact.hasPrefix("vbscript:") || compact.hasPrefix("data:")
            || compact.hasPrefix("&#")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
