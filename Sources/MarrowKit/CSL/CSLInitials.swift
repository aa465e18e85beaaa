import Foundation

/// Given names as initials (`initialize-with`): "John Ronald" -> "J. R."; "Jean-Paul" -> "J.-P.";
/// initials already written ("M.E.", "Ph.") keep their letters and take the style's mark.
extension CSLRenderer {
    /// One piece of a given name: its letters, whether a period followed them, and whether a
    /// hyphen joins it to the piece before.
    private struct GivenPiece {
        var text: String
        var period = false
        var hyphenated = false
    }

    private static func pieces(_ given: String) -> [GivenPiece] {
        var out: [GivenPiece] = []
        var current = GivenPiece(text: "")
        var hyphenNext = false
        func flush(period: Bool) {
            if !current.text.isEmpty {
                current.period = period
                out.append(current)
            } else if period, !out.isEmpty {
                out[out.count - 1].period = true
            }
            current = GivenPiece(text: "", hyphenated: hyphenNext)
        }
        for ch in given {
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
        // Each unit: its text and whether it is an initial.
        var units: [(text: String, initial: Bool, hyphenated: Bool)] = []
        for piece in pieces(given) {
            let isLower = piece.text.first?.isLowercase == true
            if piece.period {
                units.append((piece.text, true, piece.hyphenated))
            } else if isLower {
                if piece.hyphenated, initialize { continue }
                units.append((piece.text, false, piece.hyphenated))
            } else if piece.text.count == 1 || initialize {
                // "TSerendorjiin": a name opening with two capitals keeps both ("Ts.").
                let letters = Array(piece.text)
                let double = letters.count > 2 && letters[0].isUppercase && letters[1].isUppercase && letters[2].isLowercase
                let initial = double ? String(letters[0]) + String(letters[1]).lowercased() : String(letters[0]).uppercased()
                units.append((initial, true, piece.hyphenated))
            } else {
                units.append((piece.text, false, piece.hyphenated))
            }
        }
        var out = ""
        for (index, unit) in units.enumerated() {
            if index > 0 {
                let previous = units[index - 1]
                if unit.hyphenated {
                    out += (previous.initial ? trimmed : "") + (hyphen || !previous.initial || !unit.initial ? "-" : "")
                } else if previous.initial {
                    out += unit.initial ? mark : trimmed + " "
                } else {
                    out += " "
                }
            }
            out += unit.text
        }
        if let last = units.last, last.initial { out += trimmed }
        return out.trimmingCharacters(in: .whitespaces)
    }
}
