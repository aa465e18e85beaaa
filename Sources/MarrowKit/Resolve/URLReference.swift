import Foundation

/// A link destination split into what the resolver needs: external or local, path, fragment.
struct URLReference {
    let raw: String
    let scheme: String?
    /// Percent-decoded local path, without query and fragment.
    let path: String
    let fragment: String?

    init(_ raw: String) {
        self.raw = raw
        scheme = Self.scheme(of: raw)
        var rest = Substring(raw)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            let value = String(rest[rest.index(after: hash)...])
            fragment = value.removingPercentEncoding ?? value
            rest = rest[..<hash]
        }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        self.fragment = fragment.flatMap { $0.isEmpty ? nil : $0 }
        path = String(rest).removingPercentEncoding ?? String(rest)
    }

    /// Anything with a scheme, or protocol-relative `//host`, leaves the site.
    var isExternal: Bool { scheme != nil || raw.hasPrefix("//") }

    var schemePrefix: String { (scheme ?? "") + ":" }

    /// The schemes cmark-gfm's safe mode drops; `data:` images of common raster types stay.
    var isDangerous: Bool {
        guard let scheme else { return false }
        switch scheme {
        case "javascript", "vbscript", "file": return true
        case "data": return !isInlineData
        default: return false
        }
    }

    var isInlineData: Bool {
        let lower = raw.lowercased()
        return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lower.hasPrefix($0) }
    }

    private static func scheme(of raw: String) -> String? {
        let trimmed = raw.drop { $0 == " " || $0 == "\t" }
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let candidate = trimmed[..<colon]
        guard let first = candidate.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic,
              candidate.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || "+.-".unicodeScalars.contains($0)) })
        else { return nil }
        // A single letter is a Windows drive, not a scheme.
        guard candidate.count > 1 else { return nil }
        return candidate.lowercased()
    }
}
