import Foundation

/// Given names as initials (`initialize-with`): "John Ronald" -> "J. R."; "Jean-Paul" -> "J.-P.";
/// initials already written ("M.E.", "Ph.") keep their letters and take the style's mark; markup
/// around a name ("<b>John</b>") stays around its initial ("<b>J.</b>").
extension CSLRenderer {
    /// One piece of a given name: its letters, whether a period followed them, whether a hyphen
    /// joins it to the piece before, and the markup tags opening before and closing after it.
    private struct GivenPiece {
        var text = ""
        var period = false
        var hyphenated = false
        var open = ""
        var close = ""
    }

    private static func pieces(_ given: String) -> [GivenPiece] {
        var out: [GivenPiece] = []
        var current = GivenPiece()
        var hyphenNext = false
        func flush(period: Bool) {
            if !current.text.isEmpty {
                current.period = period
                out.append(current)
                current = GivenPiece(hyphenated: hyphenNext)
            } else if period, !out.isEmpty {
                out[out.count - 1].period = true
            }
        }
        var rest = Substring(given)
        while let ch = rest.first {
            // A tag belongs to the piece it opens before or closes after.
            if ch == "<", let end = rest.firstIndex(of: ">") {
                let tag = String(rest[...end])
                rest = rest[rest.index(after: end)...]
                if tag.hasPrefix("</") {
                    if current.text.isEmpty, !out.isEmpty { out[out.count - 1].close += tag } else { current.close += tag }
                } else {
                    current.open += tag
                }
                continue
            }
            rest = rest.dropFirst()
            switch ch {
            case ".": flush(period: true)
            case " ", "\u{A0}": flush(period: false); hyphenNext = false; current.hyphenated = false
            case "-", "‐":
                flush(period: false)
                hyphenNext = true
                current.hyphenated = true
            default:
                if current.text.isEmpty { current.hyphenated = hyphenNext; hyphenNext = false }
                current.text.append(ch)
            }
        }
        flush(period: false)
        return out
    }

    /// The given names with each initial followed by `mark`; whole words are cut to their first
    /// letter unless `initialize` is false. A lower-case particle stays a word; a lower-case part
    /// after a hyphen ("Guo-ping") is left out of the initials.
    static func initialize(_ given: String, with mark: String, initialize: Bool, hyphen: Bool) -> String {
        let trimmed = mark.trimmingCharacters(in: .whitespaces)
        let spacing = mark.hasSuffix(" ") ? " " : ""
        // Each unit: its text (an initial with its mark) and whether it is an initial.
        var units: [(text: String, initial: Bool, hyphenated: Bool)] = []
        for piece in pieces(given) {
            let isLower = piece.text.first?.isLowercase == true
            func unit(_ text: String, initial: Bool) {
                units.append((piece.open + text + (initial ? trimmed : "") + piece.close, initial, piece.hyphenated))
            }
            if piece.period {
                unit(piece.text, initial: true)
            } else if isLower {
                if piece.hyphenated, initialize { continue }
                unit(piece.text, initial: false)
            } else if piece.text.count == 1 || initialize {
                // "TSerendorjiin": a name opening with two capitals keeps both ("Ts.").
                let letters = Array(piece.text)
                let double = letters.count > 2 && letters[0].isUppercase && letters[1].isUppercase && letters[2].isLowercase
                unit(double ? String(letters[0]) + String(letters[1]).lowercased() : String(letters[0]).uppercased(), initial: true)
            } else {
                unit(piece.text, initial: false)
            }
        }
        var out = ""
        for (index, unit) in units.enumerated() {
            if index > 0 {
                let previous = units[index - 1]
                if unit.hyphenated {
                    out += hyphen || !previous.initial || !unit.initial ? "-" : ""
                } else {
                    out += previous.initial && unit.initial ? spacing : " "
                }
            }
            out += unit.text
        }
        return out.trimmingCharacters(in: .whitespaces)
    }
}
