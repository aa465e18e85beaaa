import Foundation

/// Rewrites one page's links and images: chapters' `.md` paths to their `.html` pages, local files
/// to copied assets, and unsafe URLs dropped. Every broken target is a located diagnostic.
struct LinkResolver {
    let page: ResolvedPage
    let targets: LinkTargets
    let config: BookConfig
    private(set) var assets: Set<String> = []
    /// Links from this page to other chapters: (target page, where on this page the link stands).
    private(set) var backlinks: [(String, Backlink)] = []
    private var section: HeadingInfo?
    private var linkedTargets = Set<String>()
    /// "Did you mean" answers already computed on this page, by `target#fragment`: a page that
    /// repeats one broken anchor thousands of times searches the candidates once.
    private var anchorSuggestions: [String: String?] = [:]

    init(page: ResolvedPage, targets: LinkTargets, config: BookConfig) {
        self.page = page
        self.targets = targets
        self.config = config
    }

    private var source: ChapterSource { page.chapter.source }

    /// Resolves `document` in place: a node that changes is changed where it stands, one that
    /// goes (an unsafe link keeps only its text) is replaced by its children.
    mutating func resolve(_ document: inout MarkdownNode, diagnostics: inout [Diagnostic]) {
        var headings = page.chapter.headings.makeIterator()
        var index = 0
        while index < document.children.count {
            if case .heading = document.children[index].kind { section = headings.next() }
            index += visit(in: &document.children, at: index, diagnostics: &diagnostics)
        }
    }

    /// Remembers that this page links to `target`, once per section.
    private mutating func recordBacklink(to target: String) {
        guard target != page.outputPath else { return }
        let key = target + "#" + (section?.anchor ?? "")
        guard linkedTargets.insert(key).inserted else { return }
        let title = section.map { "\(page.title) › \($0.text)" } ?? page.title
        backlinks.append((target, Backlink(path: page.outputPath, fragment: section?.anchor, title: title)))
    }

    /// Resolves `nodes[index]` and what it holds; returns how many nodes stand in its place.
    private mutating func visit(in nodes: inout [MarkdownNode], at index: Int, diagnostics: inout [Diagnostic]) -> Int {
        var inner = 0
        while inner < nodes[index].children.count {
            inner += visit(in: &nodes[index].children, at: inner, diagnostics: &diagnostics)
        }
        let replacement: [MarkdownNode]
        switch nodes[index].kind {
        case .link(let destination, let title):
            replacement = resolveLink(nodes[index], destination: destination, title: title, diagnostics: &diagnostics)
        case .image(let src, let title):
            replacement = resolveImage(nodes[index], source: src, title: title, diagnostics: &diagnostics)
        case .crossReference(let label):
            replacement = resolveCrossReference(nodes[index], label: label, diagnostics: &diagnostics)
        case .rawHTML(var fragment, let block):
            resolveRawHTML(&fragment, at: source.location(of: nodes[index].range), diagnostics: &diagnostics)
            nodes[index].kind = .rawHTML(fragment, block: block)
            return 1
        default:
            return 1
        }
        if replacement.count == 1 {
            nodes[index] = replacement[0]
        } else {
            nodes.replaceSubrange(index...index, with: replacement)
        }
        return replacement.count
    }

    private mutating func resolveLink(_ node: MarkdownNode, destination: String, title: String,
                                      diagnostics: inout [Diagnostic]) -> [MarkdownNode] {
        let loc = source.location(of: node.range)
        let url = URLReference(destination)
        if url.isExternal {
            if url.isDangerous && !config.allowRawHTML {
                diagnostics.append(.warning("unsafe-url", "link to '\(url.schemePrefix)' URL removed", at: loc))
                return node.children
            }
            return [node]
        }
        if url.path.isEmpty {
            let here = targets.pagesBySource[source.path]
            if let fragment = url.fragment, let here { checkAnchor(fragment, in: source.path, anchors: here.anchors, at: loc, diagnostics: &diagnostics) }
            var copy = node
            copy.kind = .siteLink(path: page.outputPath, fragment: url.fragment, title: title)
            if copy.children.isEmpty, let here { copy.children = [MarkdownNode(.text(Self.text(for: here, fragment: url.fragment)))] }
            return [copy]
        }
        if let kept = linkLeavingTheBook(url.path, at: loc, diagnostics: &diagnostics) { return kept ? [node] : node.children }
        guard let target = chapterSource(forPage: url.path) ?? localTarget(url.path, at: loc, diagnostics: &diagnostics) else { return node.children }
        var copy = node
        if target.hasSuffix(".md") {
            if targets.drafts.contains(target) {
                diagnostics.append(.error("link-to-draft", "link to draft chapter '\(target)'", at: loc))
                return node.children
            }
            guard let page = targets.pagesBySource[target] else {
                diagnostics.append(.error("link-unlisted-chapter", "link to '\(target)', which SUMMARY.md does not list", at: loc))
                return node.children
            }
            if let fragment = url.fragment { checkAnchor(fragment, in: target, anchors: page.anchors, at: loc, diagnostics: &diagnostics) }
            copy.kind = .siteLink(path: page.output, fragment: url.fragment, title: title)
            if copy.children.isEmpty { copy.children = [MarkdownNode(.text(Self.text(for: page, fragment: url.fragment)))] }
            recordBacklink(to: page.output)
        } else {
            assets.insert(target)
            copy.kind = .siteLink(path: target, fragment: url.fragment, title: title)
        }
        return [copy]
    }

    private mutating func resolveImage(_ node: MarkdownNode, source src: String, title: String,
                                       diagnostics: inout [Diagnostic]) -> [MarkdownNode] {
        let loc = source.location(of: node.range)
        if node.plainText.allSatisfy(\.isWhitespace) {
            diagnostics.append(.warning("image-missing-alt", "image '\(src)' has no alt text; describe it between the brackets, as in ![what it shows](\(src))", at: loc))
        }
        let url = URLReference(src)
        if url.isExternal {
            if url.isDangerous && !config.allowRawHTML {
                diagnostics.append(.warning("unsafe-url", "image with '\(url.schemePrefix)' URL removed", at: loc))
                return node.children
            }
            if !url.isInlineData {
                diagnostics.append(.warning("remote-image", "image '\(src)' loads from the network, which an offline site cannot do", at: loc))
            }
            return [node]
        }
        guard !url.path.isEmpty, let target = localTarget(url.path, at: loc, diagnostics: &diagnostics) else { return node.children }
        assets.insert(target)
        var copy = node
        copy.kind = .siteImage(path: target, title: title)
        return [copy]
    }

    /// `href` and `src` in raw HTML are checked and rewritten as Markdown links and images are:
    /// a chapter's `.md` (or its `.html` page) becomes its page, a file of the book is copied.
    private mutating func resolveRawHTML(_ fragment: inout HTMLFragment, at loc: SourceLocation, diagnostics: inout [Diagnostic]) {
        for t in fragment.tokens.indices {
            guard case .startTag(let name, var attributes, let selfClosing) = fragment.tokens[t] else { continue }
            var changed = false
            for a in attributes.indices where ["href", "src"].contains(attributes[a].name) {
                guard case .text(let raw) = attributes[a].value else { continue }
                let url = URLReference(HTMLEntities.decode(raw))
                if url.isExternal || url.path.isEmpty { continue }
                if attributes[a].name == "href", let kept = linkLeavingTheBook(url.path, at: loc, diagnostics: &diagnostics), kept { continue }
                guard let target = chapterSource(forPage: url.path) ?? localTarget(url.path, at: loc, diagnostics: &diagnostics) else { continue }
                if target.hasSuffix(".md"), attributes[a].name == "href" {
                    guard let page = targets.pagesBySource[target] else {
                        diagnostics.append(.error("link-unlisted-chapter", "link to '\(target)', which SUMMARY.md does not list", at: loc))
                        continue
                    }
                    if let fragment = url.fragment { checkAnchor(fragment, in: target, anchors: page.anchors, at: loc, diagnostics: &diagnostics) }
                    attributes[a].value = .site(path: page.output, fragment: url.fragment)
                    recordBacklink(to: page.output)
                } else {
                    assets.insert(target)
                    attributes[a].value = .site(path: target, fragment: url.fragment)
                }
                changed = true
            }
            if changed { fragment.tokens[t] = .startTag(name: name, attributes: attributes, selfClosing: selfClosing) }
        }
    }

    /// `@fig-x` becomes a link reading "Figure 2.1"; an unknown label is an error.
    private mutating func resolveCrossReference(_ node: MarkdownNode, label: String, diagnostics: inout [Diagnostic]) -> [MarkdownNode] {
        guard let target = targets.labels[label] else {
            var message = "unknown label '@\(label)'"
            if let near = Suggestion.nearest(to: label, among: targets.labels.labels) { message += "; did you mean '@\(near)'?" }
            diagnostics.append(.error("label-unknown", message, at: source.location(of: node.range)))
            return [MarkdownNode(.text("@" + label), range: node.range)]
        }
        if target.page != page.outputPath { recordBacklink(to: target.page) }
        return [MarkdownNode(.siteLink(path: target.page, fragment: target.anchor, title: ""),
                             children: [MarkdownNode(.text(target.text))], range: node.range)]
    }

    /// The text of a link written with none: the chapter's, or the section's, number and title.
    private static func text(for page: LinkTargets.Page, fragment: String?) -> String {
        guard let fragment, let heading = page.headings[fragment] else { return page.label }
        return heading.number.map { "\($0) \(heading.text)" } ?? heading.text
    }

    /// A link that is absolute (`/path`) or climbs out of the book (`../std/index.html`) is kept as
    /// written with a warning: it may well work where the book is published beside other books, but
    /// nothing here can check it. Returns nil for a link inside the book.
    private func linkLeavingTheBook(_ path: String, at loc: SourceLocation, diagnostics: inout [Diagnostic]) -> Bool? {
        if path.hasPrefix("/") || path.hasPrefix("\\") {
            diagnostics.append(.warning("link-absolute", "'\(path)' is an absolute path, which breaks when the site is opened from disk; kept as written", at: loc))
            return true
        }
        guard ContentPath.resolve(path, relativeTo: source.path) == nil else { return nil }
        diagnostics.append(.warning("link-outside-book", "'\(path)' leaves the book; kept as written and not checked", at: loc))
        return true
    }

    /// `chapter.html` or `dir/index.html` that is no file of the book but a chapter's page, as
    /// mdBook authors link: that chapter's source path, so the link is checked as a `.md` one.
    private func chapterSource(forPage path: String) -> String? {
        guard path.hasSuffix(".html"), let target = ContentPath.resolve(path, relativeTo: source.path),
              !targets.files.files.contains(target) else { return nil }
        return targets.sourceByOutput[target]
    }

    /// A path under `content/` that exists and stays inside it, or nil with a diagnostic.
    private func localTarget(_ path: String, at loc: SourceLocation, diagnostics: inout [Diagnostic]) -> String? {
        if path.hasPrefix("/") || path.hasPrefix("\\") {
            diagnostics.append(.error("path-outside-content", "'\(path)' is an absolute path; link with a path relative to this file", at: loc))
            return nil
        }
        guard let target = ContentPath.resolve(path, relativeTo: source.path) else {
            diagnostics.append(.error("path-outside-content", "'\(path)' points outside the content folder", at: loc))
            return nil
        }
        if targets.files.escaping.contains(target) {
            diagnostics.append(.error("path-outside-content", "'\(path)' is a link that resolves outside the content folder", at: loc))
            return nil
        }
        guard targets.files.files.contains(target) else {
            var message = "'\(path)' does not exist"
            if let near = Suggestion.nearest(to: target, among: targets.files.files) {
                message += "; did you mean '\(Self.relative(near, from: source.path))'?"
            }
            diagnostics.append(.error("link-missing-file", message, at: loc))
            return nil
        }
        return target
    }

    private mutating func checkAnchor(_ fragment: String, in target: String, anchors: Set<String>, at loc: SourceLocation,
                                      diagnostics: inout [Diagnostic]) {
        guard !anchors.contains(fragment) else { return }
        var message = "'\(target)' has no heading with anchor '#\(fragment)'"
        let key = target + "#" + fragment
        let near = anchorSuggestions[key] ?? Suggestion.nearest(to: fragment, among: anchors)
        anchorSuggestions[key] = near
        if let near { message += "; did you mean '#\(near)'?" }
        diagnostics.append(.error("link-missing-anchor", message, at: loc))
    }

    /// `a/b.md` as seen from `a/c.md` is `b.md`; from `d/e.md` it is `../a/b.md`.
    static func relative(_ target: String, from base: String) -> String {
        let from = ContentPath.directory(of: base).split(separator: "/")
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)).joined(separator: "/")
    }
}
