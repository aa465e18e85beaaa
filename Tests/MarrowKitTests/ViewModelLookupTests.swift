import Mustache
import Testing
@testable import MarrowKit

/// The view models answer Mustache's lookups themselves (`MustacheParent`) instead of through
/// `Mirror`: every stored property must be answered, with the value `Mirror` would give.
@Suite struct ViewModelLookupTests {
    private func expectLookupsMatchMirror(_ value: some MustacheParent) {
        let mirror = Mirror(reflecting: value)
        #expect(!mirror.children.isEmpty)
        for child in mirror.children {
            guard let label = child.label else { continue }
            let expected = Self.unwrapped(child.value).map { String(describing: $0) }
            let answered = value.child(named: label).map { String(describing: $0) }
            #expect(answered == expected, "\(type(of: value)).\(label)")
        }
        #expect(value.child(named: "noSuchField") == nil)
    }

    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    private let site = SiteView(title: "Marrow", subtitle: nil, language: "en", license: "CC BY 4.0", authors: "A, B", hasPrintPage: true)
    private let link = LinkView(url: "../a.html", title: "Sites", number: "1.2")

    @Test func everyViewModelAnswersEachProperty() {
        expectLookupsMatchMirror(site)
        expectLookupsMatchMirror(link)
        expectLookupsMatchMirror(LinkView(url: nil, title: "Part", number: nil))
        expectLookupsMatchMirror(HeadingLinkView(anchor: "a", title: "A", level: 3, isSubsection: true))
        expectLookupsMatchMirror(PageView(
            site: site, root: "../", pagePath: "a/b.html", headTitle: "B · Marrow", description: "d", title: "B",
            number: "2", authors: nil, contentHTML: "<p>x</p>", onThisPage: [], hasOnThisPage: false,
            breadcrumbs: [link], previous: link, next: nil, editURL: "https://e", linkedFrom: [link], hasLinkedFrom: true,
            readNext: [], hasReadNext: false))
        expectLookupsMatchMirror(ContentsEntryView(url: nil, title: "T", number: "1", depth: 0, partTitle: "P", isDraft: true))
        expectLookupsMatchMirror(ContentsView(site: site, root: "", pagePath: "toc.html", headTitle: "C", description: "d", entries: []))
        expectLookupsMatchMirror(NotFoundView(site: site, root: "", pagePath: "404.html", headTitle: "N", description: "d"))
        let chapter = PrintChapterView(anchor: "ch1", title: "T", number: "1", authors: nil, partTitle: "P", depth: 0, contentHTML: "<p>x</p>")
        expectLookupsMatchMirror(chapter)
        expectLookupsMatchMirror(PrintView(site: site, root: "", pagePath: "print.html", headTitle: "P", description: "d", chapters: [chapter]))
        expectLookupsMatchMirror(SearchPageView(site: site, root: "", pagePath: "search.html", headTitle: "S", description: "d"))
    }

    @Test func absentOptionalsLetTheLookupClimb() {
        // `{{#number}}` inside a breadcrumb without one must not stop at the breadcrumb.
        #expect(LinkView(url: nil, title: "T", number: nil).child(named: "url") as? String == "")
        #expect(site.child(named: "subtitle") == nil)
    }
}
