import Foundation

/// Formatting that meets itself flips (CSL 1.0.2, "flip-flopping"): italics inside italics are
/// roman, bold inside bold normal, small caps inside small caps normal. A "normal" span where
/// nothing is to be undone is left out, and `<span class="nodecor">` undoes whatever is on.
enum CSLFlipFlop {
    private struct State: Equatable {
        var italic = false, bold = false, smallCaps = false
    }

    private static let normalStyle = "<span style=\"font-style:normal;\">"
    private static let normalWeight = "<span style=\"font-weight:normal;\">"
    private static let normalVariant = "<span style=\"font-variant:normal;\">"
    private static let smallCaps = "<span style=\"font-variant:small-caps;\">"

    /// The finished HTML with each formatting tag resolved against what encloses it.
    static func resolve(_ html: String) -> String {
        guard html.contains("<") else { return html }
        var out = ""
        var state = State()
        // Each open tag: what closes it (nil: the closing tag as written) and the state before it.
        var stack: [(close: String?, saved: State)] = []
        var rest = Substring(html)
        while let start = rest.firstIndex(of: "<") {
            out += rest[..<start]
            guard let end = rest[start...].firstIndex(of: ">") else { break }
            let tag = String(rest[start...end])
            rest = rest[rest.index(after: end)...]
            if tag.hasPrefix("</") {
                guard let top = stack.popLast() else { out += tag; continue }
                out += top.close ?? tag
                state = top.saved
                continue
            }
            let saved = state
            switch tag {
            case "<i>":
                out += state.italic ? normalStyle : tag
                stack.append((state.italic ? "</span>" : "</i>", saved))
                state.italic.toggle()
            case "<b>":
                out += state.bold ? normalWeight : tag
                stack.append((state.bold ? "</span>" : "</b>", saved))
                state.bold.toggle()
            case smallCaps:
                out += state.smallCaps ? normalVariant : tag
                stack.append(("</span>", saved))
                state.smallCaps.toggle()
            case normalStyle, normalWeight, normalVariant:
                let on = tag == normalStyle ? state.italic : tag == normalWeight ? state.bold : state.smallCaps
                out += on ? tag : ""
                stack.append((on ? "</span>" : "", saved))
                if tag == normalStyle { state.italic = false } else if tag == normalWeight { state.bold = false } else { state.smallCaps = false }
            case "<span class=\"nodecor\">":
                let spans = [(state.italic, normalStyle), (state.bold, normalWeight), (state.smallCaps, normalVariant)].filter(\.0)
                out += spans.map(\.1).joined()
                stack.append((String(repeating: "</span>", count: spans.count), saved))
                state = State()
            default:
                out += tag
                if !tag.hasSuffix("/>") { stack.append((nil, saved)) }
            }
        }
        out += rest
        return out
    }
}
