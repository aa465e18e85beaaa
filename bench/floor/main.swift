// marrow-floor: the least a site generator built on Marrow's required libraries must do, timed
// by `make bench` beside marrow. For every chapter: cmark-gfm parses it and renders it to HTML
// with its own renderer (the same extensions as the cmark-gfm floor), swift-mustache renders
// Marrow's page template around it (title, content and the page's way back to the root only: no
// contents, no breadcrumbs, no links between pages), and the page is written to a file. Both
// cores, as marrow uses them. No citations, cross-references, link checking or search index.
//
// usage: marrow-floor CONTENT TEMPLATES OUTPUT (OUTPUT must not exist)
import CCmarkGFM
import Foundation
import MarrowKit
import Mustache

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: marrow-floor CONTENT TEMPLATES OUTPUT\n".utf8))
    exit(2)
}
let content = URL(fileURLWithPath: arguments[1])
let templatesFolder = URL(fileURLWithPath: arguments[2])
let output = URL(fileURLWithPath: arguments[3])

/// The chapters, as paths under `content`, in a stable order.
func chapterPaths() -> [String] {
    let files = FileManager.default.enumerator(atPath: content.path)!.compactMap { $0 as? String }
    return files.filter { $0.hasSuffix(".md") && $0 != "SUMMARY.md" }.sorted()
}

/// The theme's templates, compiled as marrow compiles them (its escaping included).
func loadTemplates() -> TemplateSet {
    var templates: [String: String] = [:]
    for name in try! FileManager.default.contentsOfDirectory(atPath: templatesFolder.path) where name.hasSuffix(".mustache") {
        templates[String(name.dropLast(".mustache".count))] =
            try! String(contentsOf: templatesFolder.appendingPathComponent(name), encoding: .utf8)
    }
    var diagnostics: [Diagnostic] = []
    guard let set = TemplateSet(theme: Theme(templates: templates, assets: [:]), templatesDisplayPath: "templates",
                                diagnostics: &diagnostics) else {
        fatalError("templates: \(diagnostics)")
    }
    return set
}

struct FloorSite: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return "Bench"
        case "language": return "en"
        default: return nil
        }
    }
}

struct FloorPage: MustacheParent {
    var root: String
    var pagePath: String
    var title: String
    var contentHTML: String

    func child(named name: String) -> Any? {
        switch name {
        case "site": return FloorSite()
        case "root": return root
        case "pagePath": return pagePath
        case "title", "headTitle", "description": return title
        case "contentHTML": return contentHTML
        default: return nil
        }
    }
}

/// cmark-gfm's own HTML for one chapter. Its extensions keep process-wide state while inline
/// parsing (github/cmark-gfm#176), so that step takes a lock, as in marrow.
enum CmarkHTML {
    static let extensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        let names = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
        return names.compactMap { name in name.withCString { cmark_find_syntax_extension($0) } }
    }()
    static let lock = NSLock()

    static func render(_ data: Data) -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
        let parser = cmark_parser_new(options)!
        defer { cmark_parser_free(parser) }
        for ext in extensions { cmark_parser_attach_syntax_extension(parser, ext) }
        data.withUnsafeBytes { bytes in
            if let base = bytes.bindMemory(to: CChar.self).baseAddress { cmark_parser_feed(parser, base, bytes.count) }
        }
        let root = lock.withLock { cmark_parser_finish(parser) }!
        defer { cmark_node_free(root) }
        let html = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser))!
        defer { free(html) }
        return String(cString: html)
    }
}

let paths = chapterPaths()
let templates = loadTemplates()
try FileManager.default.createDirectory(at: output, withIntermediateDirectories: false)
for folder in Set(paths.map { ($0 as NSString).deletingLastPathComponent }) where !folder.isEmpty {
    try FileManager.default.createDirectory(at: output.appendingPathComponent(folder), withIntermediateDirectories: true)
}
DispatchQueue.concurrentPerform(iterations: paths.count) { index in
    let path = paths[index]
    let markdown = try! Data(contentsOf: content.appendingPathComponent(path))
    let pagePath = String(path.dropLast(3)) + ".html"
    let depth = pagePath.split(separator: "/").count - 1
    let page = FloorPage(root: String(repeating: "../", count: depth), pagePath: pagePath,
                         title: ((path as NSString).lastPathComponent as NSString).deletingPathExtension,
                         contentHTML: CmarkHTML.render(markdown))
    let html = templates.render(page, template: "page")
    try! Data(html.utf8).write(to: output.appendingPathComponent(pagePath))
}
print("wrote \(paths.count) pages")
