import Foundation

/// Rendered output of one element: HTML as the CSL test suite writes it, the plain text (for
/// punctuation and case decisions), and whether it called and rendered a variable (for group
/// suppression).
struct CSLRendered {
    var html: String = ""
    var plain: String = ""
    var calledVariable = false
    var renderedVariable = false
    /// The text opens with a term (a note's "ibid."), which a citation may capitalise.
    var leadingTerm = false

    var isEmpty: Bool { plain.isEmpty && html.isEmpty }

    static func text(_ plain: String, variable: Bool = false) -> CSLRendered {
        CSLRendered(html: CSLFormatting.escape(plain), plain: plain, calledVariable: variable, renderedVariable: variable && !plain.isEmpty)
    }
}

enum CSLFormatting {
    /// Escaping as citeproc-js writes its HTML: `&`, `<` and `>` as numeric references.
    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
        var out = ""
        for ch in text {
            switch ch {
            case "&": out += "&#38;"
            case "<": out += "&#60;"
            case ">": out += "&#62;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Font style, weight, variant, decoration, vertical alignment, quotes, then affixes
    /// (outside the formatting) and `display`.
    static func decorate(_ inner: CSLRendered, _ attributes: [String: String], locale: CSLLocale) -> CSLRendered {
        guard !inner.isEmpty, !attributes.isEmpty else { return inner }
        var r = inner
        if attributes["strip-periods"] == "true" {
            r.plain = r.plain.replacingOccurrences(of: ".", with: "")
            r.html = r.html.replacingOccurrences(of: ".", with: "")
        }
        if attributes["quotes"] == "true" {
            let open = locale.term("open-quote") ?? "“", close = locale.term("close-quote") ?? "”"
            let innerOpen = locale.term("open-inner-quote") ?? "‘", innerClose = locale.term("close-inner-quote") ?? "’"
            // Quotes inside quotes become the inner pair (an apostrophe, the same mark as a
            // closing quote in some locales, is left alone: only marks closing an open quote change).
            r.html = swapQuotes(r.html, open: open, close: close, innerOpen: innerOpen, innerClose: innerClose)
            r.plain = swapQuotes(r.plain, open: open, close: close, innerOpen: innerOpen, innerClose: innerClose)
            r.html = escape(open) + r.html + escape(close)
            r.plain = open + r.plain + close
        }
        if let style = attributes["font-style"], style == "italic" || style == "oblique" {
            // Italics inside italics flip back to roman when the output is finished (CSLFlipFlop).
            r.html = "<i>" + r.html + "</i>"
        }
        if attributes["font-style"] == "normal", !r.html.isEmpty { r.html = "<span style=\"font-style:normal;\">\(r.html)</span>" }
        if attributes["font-weight"] == "bold" {
            r.html = "<b>" + r.html + "</b>"
        }
        if attributes["font-weight"] == "normal" { r.html = "<span style=\"font-weight:normal;\">\(r.html)</span>" }
        if attributes["font-variant"] == "small-caps" { r.html = "<span style=\"font-variant:small-caps;\">\(r.html)</span>" }
        if attributes["font-variant"] == "normal" { r.html = "<span style=\"font-variant:normal;\">\(r.html)</span>" }
        if attributes["text-decoration"] == "underline" { r.html = "<span style=\"text-decoration:underline;\">\(r.html)</span>" }
        switch attributes["vertical-align"] {
        case "sup": r.html = "<sup>\(r.html)</sup>"
        case "sub": r.html = "<sub>\(r.html)</sub>"
        case "baseline": r.html = "<span style=\"baseline\">\(r.html)</span>"
        default: break
        }
        r = affix(r, prefix: attributes["prefix"], suffix: attributes["suffix"])
        if let display = attributes["display"] { r.html = displayed(r.html, display) }
        return r
    }

    /// `display`: a block on lines of its own, a left margin opening a line, right-inline and
    /// indented text closing it (the layout of the CSL test suite's HTML).
    static func displayed(_ html: String, _ display: String) -> String {
        let div = "<div class=\"csl-\(display)\">\(html)</div>"
        switch display {
        case "block": return "\n\n    " + div + "\n"
        case "left-margin": return "\n    " + div
        case "right-inline", "indent":
            // Trailing spaces go after the block.
            let trimmed = String(html.reversed().drop { $0 == " " }.reversed())
            return "<div class=\"csl-\(display)\">\(trimmed)</div>\n  " + String(repeating: " ", count: html.count - trimmed.count)
        default: return div
        }
    }

    /// Quotation marks inside new quotes take the level their nesting gives them: the first level
    /// the inner marks, the next the outer ones, and so on, whichever marks the text had (a mark
    /// like an apostrophe changes only when it closes an open quotation).
    static func swapQuotes(_ text: String, open: String, close: String, innerOpen: String, innerClose: String) -> String {
        guard text.contains(open) || text.contains(innerOpen) else { return text }
        var out = ""
        var stack: [String] = []  // The closing mark each open quotation expects in the text.
        var rest = Substring(text)
        while !rest.isEmpty {
            if let mark = [open, innerOpen].first(where: { rest.hasPrefix($0) }) {
                out += stack.count % 2 == 0 ? innerOpen : open
                stack.append(mark == open ? close : innerClose)
                rest = rest.dropFirst(mark.count)
            } else if let expected = stack.last, rest.hasPrefix(expected) {
                stack.removeLast()
                out += stack.count % 2 == 0 ? innerClose : close
                rest = rest.dropFirst(expected.count)
            } else {
                out.append(rest.removeFirst())
            }
        }
        return out
    }

    static func affix(_ r: CSLRendered, prefix: String?, suffix: String?) -> CSLRendered {
        var r = r
        if let prefix, !prefix.isEmpty {
            // A prefix ending in a space before text opening with one: the space once.
            if prefix.hasSuffix(" "), r.plain.first == " ", r.html.first == " " {
                r.plain.removeFirst()
                r.html.removeFirst()
            }
            r.html = escape(prefix) + r.html
            r.plain = prefix + r.plain
        }
        if let suffix, !suffix.isEmpty { r = append(r, suffix) }
        return r
    }

    /// Appends text, without doubling the punctuation that meets at the join ("Title?" + "." is "Title?").
    static func append(_ r: CSLRendered, _ text: String) -> CSLRendered {
        var r = r
        var text = Substring(text)
        // "Title. " then "; 2019": the space before the punctuation goes.
        if let first = text.first, ";,".contains(first), r.plain.hasSuffix(" "), r.html.hasSuffix(" ") {
            r.plain.removeLast()
            r.html.removeLast()
        }
        if let first = text.first, let last = r.plain.last {
            switch merge(last, first) {
            case .dropNew: text = text.dropFirst()
            case .dropOld: dropLast(&r, last)
            case .keep: break
            }
        }
        r.html += escape(String(text))
        r.plain += text
        return r
    }

    enum Merge { case keep, dropNew, dropOld }

    /// What happens where two marks meet at a join: a mark twice is written once; a colon or
    /// period after a stronger mark (; ! ?) goes; ! or ? replaces a colon or semicolon before it.
    static func merge(_ last: Character, _ first: Character) -> Merge {
        if last == first { return ".,;:!? ".contains(first) ? .dropNew : .keep }
        switch first {
        case ":": return ";!?".contains(last) ? .dropNew : .keep
        case ".": return ":;!?".contains(last) ? .dropNew : .keep
        case "!", "?": return ":;".contains(last) ? .dropOld : .keep
        default: return .keep
        }
    }

    /// Removes the last mark of the text, where the HTML ends with it too.
    static func dropLast(_ r: inout CSLRendered, _ mark: Character) {
        guard r.html.last == mark else { return }
        r.plain.removeLast()
        r.html.removeLast()
    }

    /// Joins the non-empty parts with a delimiter.
    static func join(_ parts: [CSLRendered], delimiter: String?) -> CSLRendered {
        var out = CSLRendered()
        for part in parts where !part.isEmpty {
            if !out.isEmpty, let delimiter, !delimiter.isEmpty { out = append(out, delimiter) }
            var piece = part
            if let first = piece.plain.first, ";,".contains(first), out.plain.hasSuffix(" "), out.html.hasSuffix(" ") {
                out.plain.removeLast()
                out.html.removeLast()
            }
            if piece.plain.first == " ", out.plain.last == " ", piece.html.first == " " {
                piece.plain.removeFirst()
                piece.html.removeFirst()
            }
            if let first = piece.plain.first, let last = out.plain.last {
                switch merge(last, first) {
                case .dropNew where piece.html.first == first:
                    piece.plain.removeFirst()
                    piece.html.removeFirst()
                case .dropOld: dropLast(&out, last)
                default: break
                }
            }
            out.html += piece.html
            out.plain += piece.plain
        }
        out.leadingTerm = parts.first { !$0.isEmpty }?.leadingTerm ?? false
        out.calledVariable = parts.contains { $0.calledVariable }
        out.renderedVariable = parts.contains { $0.renderedVariable }
        return out
    }

    /// The first letter in upper case, in the plain text and in the HTML (past its tags and entities).
    static func capitalizeFirst(_ r: CSLRendered) -> CSLRendered {
        var out = r
        out.plain = TextCaser.capitalize(r.plain)
        var html = ""
        var rest = Substring(r.html)
        var done = false
        while let ch = rest.first {
            if !done, ch == "<" || ch == "&", let end = rest.firstIndex(of: ch == "<" ? ">" : ";") {
                html += rest[...end]
                rest = rest[rest.index(after: end)...]
                continue
            }
            if !done, ch.isLetter {
                html += String(ch).uppercased()
                done = true
            } else {
                html.append(ch)
            }
            rest = rest.dropFirst()
        }
        out.html = html
        return out
    }

    // MARK: text-case

    /// `text-case` on plain text (terms, numbers, names): see `TextCaser`.
    static func textCase(_ text: String, _ mode: String?, language: String?) -> String {
        guard mode != nil else { return text }
        var caser = TextCaser(mode: mode, language: language)
        return caser.apply(text)
    }
}
