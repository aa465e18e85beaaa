import Mustache

// The view models answer Mustache's lookups by name directly: without these conformances
// swift-mustache finds every `{{name}}` through `Mirror` reflection, which was about a fifth of a
// build. Each answers exactly its stored properties, as `Mirror` would (an absent optional is nil,
// so the lookup goes on up the context stack); `ViewModelLookupTests` checks them against `Mirror`.

extension SiteView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "subtitle": return subtitle
        case "language": return language
        case "license": return license
        case "authors": return authors
        case "hasPrintPage": return hasPrintPage
        case "repositoryLink": return repositoryLink
        case "stylesheets": return stylesheets
        case "scripts": return scripts
        case "pdfPath": return pdfPath
        default: return nil
        }
    }
}

extension LinkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "url": return url
        case "hasURL": return hasURL
        case "label": return label
        default: return nil
        }
    }
}

extension HeadingLinkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "anchor": return anchor
        case "title": return title
        case "level": return level
        case "isSubsection": return isSubsection
        default: return nil
        }
    }
}

extension PageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "number": return number
        case "authors": return authors
        case "reviewedISO": return reviewedISO
        case "reviewedText": return reviewedText
        case "contentHTML": return contentHTML
        case "onThisPage": return onThisPage
        case "hasOnThisPage": return hasOnThisPage
        case "breadcrumbs": return breadcrumbs
        case "previous": return previous
        case "next": return next
        case "editURL": return editURL
        case "linkedFrom": return linkedFrom
        case "hasLinkedFrom": return hasLinkedFrom
        case "readNext": return readNext
        case "hasReadNext": return hasReadNext
        default: return shellChild(named: name)
        }
    }
}

extension ContentsEntryView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "url": return url
        case "title": return title
        case "number": return number
        case "depth": return depth
        case "partTitle": return partTitle
        case "isDraft": return isDraft
        default: return nil
        }
    }
}

extension ContentsView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "entries": return entries
        default: return shellChild(named: name)
        }
    }
}

extension NotFoundView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "contentHTML": return contentHTML
        default: return shellChild(named: name)
        }
    }
}

extension PrintChapterView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "anchor": return anchor
        case "title": return title
        case "number": return number
        case "authors": return authors
        case "partTitle": return partTitle
        case "depth": return depth
        case "contentHTML": return contentHTML
        default: return nil
        }
    }
}

extension PrintView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chapters": return chapters
        default: return shellChild(named: name)
        }
    }
}

extension SearchPageView: MustacheParent {
    public func child(named name: String) -> Any? {
        shellChild(named: name)
    }
}

/// What every page's shell (the head, header and footer partials) reads, answered in one place.
protocol PageShellView {
    var site: SiteView { get }
    var root: String { get }
    var pagePath: String { get }
    var headTitle: String { get }
    var description: String { get }
}

extension PageShellView {
    func shellChild(named name: String) -> Any? {
        switch name {
        case "site": return site
        case "root": return root
        case "pagePath": return pagePath
        case "headTitle": return headTitle
        case "description": return description
        default: return nil
        }
    }
}

extension PageView: PageShellView {}
extension ContentsView: PageShellView {}
extension NotFoundView: PageShellView {}
extension PrintView: PageShellView {}
extension SearchPageView: PageShellView {}
