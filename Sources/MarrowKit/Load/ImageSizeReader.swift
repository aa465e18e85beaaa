import Foundation

/// Reads the size of the book's images from their headers: PNG, JPEG, GIF and WebP from their
/// bytes, SVG from the root element's width and height (in px or unitless) or its viewBox.
/// Anything else, or a file it cannot read, has no size: the image is written without one.
enum ImageSizeReader {
    /// The sizes of the images among `paths` (under `root`), by path.
    static func sizes(of paths: [String], in root: URL) -> [String: ImageSize] {
        var sizes: [String: ImageSize] = [:]
        for path in paths {
            let type = (path as NSString).pathExtension.lowercased()
            guard kinds.contains(type), let handle = try? FileHandle(forReadingFrom: root.appendingPathComponent(path)) else { continue }
            defer { try? handle.close() }
            // A JPEG's size comes after its other segments (a thumbnail, a colour profile): read enough for them.
            guard let data = try? handle.read(upToCount: type == "svg" ? 16_384 : 262_144) else { continue }
            sizes[path] = size(of: data, type: type)
        }
        return sizes
    }

    static let kinds: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "svg"]

    /// The size given by the start of an image file of `type` (its file extension).
    static func size(of data: Data, type: String) -> ImageSize? {
        let bytes = [UInt8](data)
        let found: (Int, Int)?
        switch type {
        case "png": found = png(bytes)
        case "jpg", "jpeg": found = jpeg(bytes)
        case "gif": found = gif(bytes)
        case "webp": found = webp(bytes)
        case "svg": found = svg(String(decoding: data, as: UTF8.self))
        default: found = nil
        }
        guard let (width, height) = found, width > 0, height > 0 else { return nil }
        return ImageSize(width: width, height: height)
    }

    private static func bigEndian(_ b: [UInt8], _ at: Int, _ count: Int) -> Int {
        (0..<count).reduce(0) { $0 << 8 | Int(b[at + $1]) }
    }

    private static func littleEndian(_ b: [UInt8], _ at: Int, _ count: Int) -> Int {
        (0..<count).reversed().reduce(0) { $0 << 8 | Int(b[at + $1]) }
    }

    /// The IHDR chunk, first after the signature.
    private static func png(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count >= 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47]), b[12...15].elementsEqual("IHDR".utf8) else { return nil }
        return (bigEndian(b, 16, 4), bigEndian(b, 20, 4))
    }

    /// The first start-of-frame segment (SOF0 to SOF15 but DHT, JPG and DAC).
    private static func jpeg(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count > 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { i += 2; continue }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return (bigEndian(b, i + 7, 2), bigEndian(b, i + 5, 2))
            }
            i += 2 + bigEndian(b, i + 2, 2)
        }
        return nil
    }

    private static func gif(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count >= 10, b.starts(with: Array("GIF8".utf8)) else { return nil }
        return (littleEndian(b, 6, 2), littleEndian(b, 8, 2))
    }

    /// Lossy (VP8), lossless (VP8L) and extended (VP8X) WebP.
    private static func webp(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count >= 30, b.starts(with: Array("RIFF".utf8)), b[8...11].elementsEqual("WEBP".utf8) else { return nil }
        switch String(decoding: b[12...15], as: UTF8.self) {
        case "VP8 ": return (littleEndian(b, 26, 2) & 0x3FFF, littleEndian(b, 28, 2) & 0x3FFF)
        case "VP8L":
            let bits = littleEndian(b, 21, 4)
            return ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
        case "VP8X": return (littleEndian(b, 24, 3) + 1, littleEndian(b, 27, 3) + 1)
        default: return nil
        }
    }

    /// The root element's width and height when both are lengths in px (or unitless); a missing
    /// one from the other and the viewBox's proportions; else the viewBox's own.
    static func svg(_ text: String) -> (Int, Int)? {
        guard let open = text.range(of: "<svg"), let close = text[open.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = String(text[open.upperBound..<close])
        let width = attribute("width", in: tag).flatMap(pixels)
        let height = attribute("height", in: tag).flatMap(pixels)
        let box = attribute("viewBox", in: tag).map {
            $0.split(whereSeparator: { $0 == " " || $0 == "," || $0.isNewline || $0 == "\t" }).compactMap { Double($0) }
        }
        let ratio: Double? = box.flatMap { $0.count == 4 && $0[2] > 0 && $0[3] > 0 ? $0[2] / $0[3] : nil }
        switch (width, height, ratio) {
        case let (w?, h?, _): return (Int(w.rounded()), Int(h.rounded()))
        case let (w?, nil, r?): return (Int(w.rounded()), Int((w / r).rounded()))
        case let (nil, h?, r?): return (Int((h * r).rounded()), Int(h.rounded()))
        case (nil, nil, _?): return box.map { (Int($0[2].rounded()), Int($0[3].rounded())) }
        default: return nil
        }
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        let pattern = "(?:^|\\s)" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')"
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: tag, range: NSRange(tag.startIndex..., in: tag)) else { return nil }
        for group in [2, 3] {
            if let range = Range(match.range(at: group), in: tag) { return String(tag[range]) }
        }
        return nil
    }

    /// "680", "680px", " 12.5 " are pixels; "100%", "20em", "5cm" are not (they depend on where the image goes).
    private static func pixels(_ value: String) -> Double? {
        var text = value.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("px") { text.removeLast(2) }
        guard let number = Double(text), number > 0 else { return nil }
        return number
    }
}
