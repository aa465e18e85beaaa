import Foundation
import Testing
@testable import MarrowKit

/// The theme built into `marrow`, and a book's `templates/` overriding it file by file.
@Suite struct DefaultThemeTests {
    @Test func theBuiltInThemeHasEveryRequiredTemplateAndNothingMedical() throws {
        let paths = DefaultTheme.files.map(\.path)
        for name in TemplateSet.required { #expect(paths.contains(name + ".mustache")) }
        #expect(paths.contains("assets/marrow.css"))
        #expect(paths == paths.sorted())
        for file in DefaultTheme.files {
            for word in ["clinical", "Educational material", "intraosseous", "protocol"] {
                let found = file.text.range(of: word, options: .caseInsensitive) != nil
                #expect(!found, "\(file.path) mentions '\(word)'")
            }
        }
    }

    @Test func theEmbeddedFilesAreTheThemeFolderByteForByte() throws {
        let folder = Repository.root.appendingPathComponent("Sources/MarrowKit/Theme/default")
        var onDisk: [String] = []
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        while let url = walker?.nextObject() as? URL {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                onDisk.append(String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)))
            }
        }
        #expect(onDisk.sorted() == DefaultTheme.files.map(\.path))
        for file in DefaultTheme.files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file.path))
            #expect(data == Data(file.text.utf8), "\(file.path)")
        }
    }

    @Test func aBookWithoutTemplatesBuildsWithTheBuiltInTheme() throws {
        let site = try FixtureSite(files: MinimalBook.files())
        defer { site.remove() }
        let report = try site.build()
        #expect(site.diagnosticLines(report) == [])
        let page = try site.page("one.html")
        #expect(page.contains("<link rel=\"stylesheet\" href=\"assets/marrow.css\">"))
        #expect(page.contains("<p class=\"generator\">Built with Marrow.</p>"))
        let css = try Data(contentsOf: site.output.appendingPathComponent("assets/marrow.css"))
        #expect(css == Data(DefaultTheme.files.first { $0.path == "assets/marrow.css" }!.text.utf8))
    }

    @Test func aBooksOwnTemplatesReplaceOnlyTheFilesItHas() throws {
        var files = MinimalBook.files()
        files["templates/footer.mustache"] = "<footer class=\"mine\">Our own notice.</footer>\n"
        files["templates/assets/extra.css"] = "body { color: red; }\n"
        files["templates/assets/marrow.css"] = "/* replaced */\n"
        let site = try FixtureSite(files: files)
        defer { site.remove() }
        let report = try site.build()
        #expect(site.diagnosticLines(report) == [])
        let page = try site.page("one.html")
        #expect(page.contains("<footer class=\"mine\">Our own notice.</footer>"))
        #expect(!page.contains("Built with Marrow."))
        #expect(page.contains("<nav class=\"page-nav\""), "the page template is still the built-in one")
        #expect(try String(contentsOf: site.output.appendingPathComponent("assets/marrow.css"), encoding: .utf8) == "/* replaced */\n")
        #expect(site.exists("assets/extra.css"))
        #expect(site.exists("assets/search.js"))
    }

    @Test func theCourseKeepsItsNoticeThroughItsOwnFooter() throws {
        let footer = try String(contentsOf: Repository.templates.appendingPathComponent("footer.mustache"), encoding: .utf8)
        #expect(footer.contains("not a substitute for local protocols"))
        let page = try String(contentsOf: Repository.root.appendingPathComponent("public/technique.html"), encoding: .utf8)
        #expect(page.contains("not a substitute for local protocols"))
    }
}
