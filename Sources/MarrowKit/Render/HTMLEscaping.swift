/// Escaping for HTML text and attribute values, on UTF-8 bytes.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        var text = text
        let escaped: String? = text.withUTF8 { bytes in
            guard bytes.contains(where: isSpecial) else { return nil }
            var out = [UInt8]()
            out.reserveCapacity(bytes.count + 16)
            appendEscaped(bytes, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
        return escaped ?? text
    }

    /// Percent-encodes what may not stand in an href, keeping what URLs already allow.
    public static func encodeURL(_ url: String) -> String {
        var allAllowed = true
        for byte in url.utf8 where !urlAllowed[Int(byte)] {
            allAllowed = false
            break
        }
        guard !allAllowed else { return escape(url) }
        var out = [UInt8]()
        out.reserveCapacity(url.utf8.count + 16)
        for byte in url.utf8 {
            if urlAllowed[Int(byte)] {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return escape(String(decoding: out, as: UTF8.self))
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    /// Copies runs of plain bytes whole and the five special characters as entities.
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var runStart = 0
        for (index, byte) in bytes.enumerated() where isSpecial(byte) {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            switch byte {
            case 0x26: out.append(contentsOf: amp)
            case 0x3C: out.append(contentsOf: lt)
            case 0x3E: out.append(contentsOf: gt)
            case 0x22: out.append(contentsOf: quot)
            default: out.append(contentsOf: apos)
            }
            runStart = index + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    private static let amp = Array("&amp;".utf8), lt = Array("&lt;".utf8), gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8), apos = Array("&#39;".utf8)
    private static let hexDigits = Array("0123456789ABCDEF".utf8)
    /// Letters, digits and `-._~:/?#[]@!$&'()*+,;=%`.
    private static let urlAllowed: [Bool] = (0..<256).map { value in
        let byte = UInt8(value)
        return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || "-._~:/?#@!$&'()*+,;=%".utf8.contains(byte)  // `[` and `]` encoded, as cmark-gfm does.
    }
}
