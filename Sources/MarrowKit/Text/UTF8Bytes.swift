import Foundation

/// Small helpers for loops over the UTF-8 bytes of valid text (a Swift `String`'s storage):
/// hot paths look at bytes and decode a character only where a non-ASCII byte appears.
enum UTF8Bytes {
    /// The scalar starting at `index` (a lead byte of valid UTF-8) and its length in bytes.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let value: UInt32
        let width: Int
        if lead < 0x80 {
            return (Unicode.Scalar(UInt8(lead)), 1)
        } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            width = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            width = 3
        } else {
            value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F)
            width = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// `_`, a letter or a digit, in any script.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Whether `text` holds `byte` (an ASCII byte), looked for in its bytes at once.
    static func contains(_ text: String, _ byte: UInt8) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// Whether `text` holds the ASCII pair `first` `second` ("{{"), looked for in its bytes.
    static func contains(_ text: String, _ first: UInt8, followedBy second: UInt8) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard var at = bytes.baseAddress else { return false }
            let end = at + bytes.count
            while at < end, let found = memchr(at, Int32(first), end - at) {
                let byte = found.assumingMemoryBound(to: UInt8.self)
                if byte + 1 < end, byte[1] == second { return true }
                at = UnsafePointer(byte + 1)
            }
            return false
        }
    }

    /// The text of `range` in `bytes` (valid UTF-8 cut at character boundaries).
    static func string<R: RangeExpression<Int>>(_ bytes: UnsafeBufferPointer<UInt8>, _ range: R) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// The text with white space and line breaks trimmed from both ends, exactly as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` trims it; Foundation is asked only when
    /// a non-ASCII character (which may be Unicode white space) is left at an end.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var start = 0
        var end = bytes.count
        while start < end, isASCIIWhitespace(bytes[start]) { start += 1 }
        while end > start, isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
        let text = string(bytes, start..<end)
        guard start < end, bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func trimmed(_ text: String) -> String {
        var text = text
        return text.withUTF8 { trimmed($0) }
    }

    /// The words of the text joined by single spaces, with no space at either end: white space is
    /// any run of ASCII or Unicode (`White_Space`) spaces and line breaks. Decodes only non-ASCII bytes.
    static func collapsingWhitespace(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            // Never longer than the input: written straight into the new string's storage. ASCII
            // bytes take a path of their own (one loop for both cost 1% more of a whole build).
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var pendingSpace = false
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        if isASCIIWhitespace(byte) {
                            pendingSpace = count > 0
                        } else {
                            if pendingSpace { out[count] = 0x20; count += 1; pendingSpace = false }
                            out[count] = byte
                            count += 1
                        }
                        index += 1
                        continue
                    }
                    let (scalar, width) = scalar(in: bytes, at: index)
                    if scalar.properties.isWhitespace {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace { out[count] = 0x20; count += 1; pendingSpace = false }
                        for offset in 0..<width { out[count + offset] = bytes[index + offset] }
                        count += width
                    }
                    index += width
                }
                return count
            }
        }
    }
}
