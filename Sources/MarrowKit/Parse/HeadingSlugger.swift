import Foundation

/// Heading anchors as GitHub makes them: lower case, punctuation dropped, spaces to hyphens,
/// and `-1`, `-2` ... for repeats on the same page.
public struct HeadingSlugger: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    public static func slug(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            let props = scalar.properties
            if scalar == " " {
                out.append("-")
            } else if scalar == "-" || scalar == "_" || props.isAlphabetic || props.numericType != nil
                        || props.generalCategory == .nonspacingMark || props.generalCategory == .spacingMark
                        || props.generalCategory == .connectorPunctuation {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A unique anchor for this page; explicit ids are reserved with `reserve` first.
    public mutating func unique(for text: String) -> String {
        let slug = Self.slug(text)
        let base = slug.isEmpty ? "section" : slug
        var candidate = base
        var n = used[base] ?? 0
        while used[candidate] != nil {
            n += 1
            candidate = "\(base)-\(n)"
        }
        used[base] = n
        used[candidate, default: 0] += 0
        return candidate
    }

    public mutating func reserve(_ id: String) {
        used[id, default: 0] += 0
    }
}
