import Foundation
import Testing
@testable import MarrowKit

/// Image sizes read from file headers (`ImageSizeReader`) and written on `<img>`.
@Suite struct ImageSizeTests {
    func size(_ bytes: [UInt8], _ type: String) -> ImageSize? {
        ImageSizeReader.size(of: Data(bytes), type: type)
    }

    @Test func rasterHeaders() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            + [0, 0, 0x02, 0xA8, 0, 0, 0x01, 0xF4, 8, 6, 0, 0, 0]
        #expect(size(png, "png") == ImageSize(width: 680, height: 500))
        // An APP0 segment first, then SOF2 (progressive): precision, height 300, width 400.
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 6, 0x4A, 0x46, 0x49, 0x46, 0xFF, 0xC2, 0, 11, 8, 0x01, 0x2C, 0x01, 0x90, 3, 0, 0, 0]
        #expect(size(jpeg, "jpg") == ImageSize(width: 400, height: 300))
        #expect(size(Array("GIF89a".utf8) + [0x40, 0x01, 0xF0, 0x00, 0, 0], "gif") == ImageSize(width: 320, height: 240))
        let vp8x: [UInt8] = Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8X".utf8) + [10, 0, 0, 0, 0, 0, 0, 0]
            + [0x7F, 0x02, 0x00, 0xDF, 0x01, 0x00] + [0, 0]
        #expect(size(vp8x, "webp") == ImageSize(width: 640, height: 480))
        #expect(size([0x89, 0x50], "png") == nil)
        #expect(size([0xFF, 0xD8, 0xFF, 0xD9], "jpeg") == nil)
    }

    @Test func svgRootElement() {
        func svg(_ attributes: String) -> ImageSize? {
            size(Array("<?xml version=\"1.0\"?>\n<!-- a figure -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" \(attributes)><rect stroke-width=\"3\"/></svg>".utf8), "svg")
        }
        #expect(svg("viewBox=\"0 0 680 830\" width=\"680\" height=\"830\"") == ImageSize(width: 680, height: 830))
        #expect(svg("viewBox='0,0,200.4,100'") == ImageSize(width: 200, height: 100))
        #expect(svg("width=\"400px\" viewBox=\"0 0 200 100\"") == ImageSize(width: 400, height: 200))
        #expect(svg("width=\"100%\" height=\"100%\" viewBox=\"0 0 300 150\"") == ImageSize(width: 300, height: 150))
        #expect(svg("stroke-width=\"3\"") == nil)
        #expect(svg("width=\"20em\" height=\"10em\"") == nil)
    }

    @Test func pagesGiveLocalImagesTheirSize() throws {
        var files = MinimalBook.files(summary: "- [One](one.md)\n", chapters: [
            "one.md": "# One\n\n![A knee](knee.svg)\n\nInline ![a dot](dot.svg) and ![unsized](plain.svg).\n",
        ], book: "title: Book\nprint_page: true\n")
        files["content/knee.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 680 500\"></svg>"
        files["content/dot.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\"/>"
        files["content/plain.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
        let site = try FixtureSite(files: files)
        defer { site.remove() }
        #expect(site.diagnosticLines(try site.build()) == [])
        for page in ["one.html", "print.html"] {
            let html = try site.page(page)
            // A figure's image: its caption says what the alt text would (see RenderingTests).
            #expect(html.contains("<img src=\"knee.svg\" alt=\"\" width=\"680\" height=\"500\" loading=\"lazy\">"), "\(page)")
            #expect(html.contains("<img src=\"dot.svg\" alt=\"a dot\" width=\"16\" height=\"16\" loading=\"lazy\">"), "\(page)")
            #expect(html.contains("<img src=\"plain.svg\" alt=\"unsized\" loading=\"lazy\">"), "\(page)")
        }
    }
}
