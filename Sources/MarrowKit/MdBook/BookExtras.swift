import Foundation

/// An mdBook project's own style sheets and scripts (`additional-css`, `additional-js`, paths from
/// the book's folder) become theme assets under `assets/book/`, linked from every page; redirect
/// pages that would replace a chapter are dropped with a warning.
struct BookExtras {
    let layout: ProjectLayout

    func add(to config: inout BookConfig, theme: inout Theme, pages: Set<String>, diagnostics: inout [Diagnostic]) throws {
        config.extraStylesheets = try load(config.extraStylesheets, into: &theme, diagnostics: &diagnostics)
        config.extraScripts = try load(config.extraScripts, into: &theme, diagnostics: &diagnostics)
        config.redirects = config.redirects.filter { redirect in
            guard pages.contains(redirect.page) else { return true }
            diagnostics.append(.warning("redirect-shadowed", "redirect from '\(redirect.page)' is not written: a chapter has that page",
                                        at: settingsMention(of: redirect.page + "\" =")))
            return false
        }
    }

    private func load(_ paths: [String], into theme: inout Theme, diagnostics: inout [Diagnostic]) throws -> [String] {
        var out: [String] = []
        for path in paths {
            let url = layout.root.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path), ContentBoundary(root: layout.root).contains(url) else {
                diagnostics.append(.error("book-file-missing", "'\(path)' does not exist", at: settingsMention(of: path)))
                continue
            }
            theme.assets["assets/book/" + path] = try Data(contentsOf: url)
            out.append("assets/book/" + path)
        }
        return out
    }

    /// Where the settings file names `text`, for a diagnostic about it.
    private func settingsMention(of text: String) -> SourceLocation {
        let url = layout.settings == .bookTOML ? layout.root.appendingPathComponent("book.toml") : layout.content.appendingPathComponent("book.yml")
        return ProjectLoader.firstMention(of: text, in: (try? String(contentsOf: url, encoding: .utf8)) ?? "", file: layout.displayPath(url))
    }
}
