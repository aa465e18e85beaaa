import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A CSL 1.0.2 style, read once: its options, macros, citation and bibliography sections, and
/// any locale overrides it carries. Rendering elements keep their attributes as written; the
/// renderer reads what the specification gives each one.
public struct CSLStyle: Sendable {
    public var isNoteStyle: Bool
    public var defaultLocale: String?
    /// Attributes of `<style>` (global and inheritable name options).
    public var options: [String: String]
    public private(set) var macros: [String: [CSLElement]]
    public private(set) var citation: CSLSection?
    public private(set) var bibliography: CSLSection?
    /// Whether the style renders `year-suffix` itself (otherwise it follows the first year):
    /// asked at every date, so found once when the style is read.
    public private(set) var usesYearSuffixVariable = false
    /// `<locale>` elements of the style, by their `xml:lang` ("" for all languages).
    public var locales: [(language: String, locale: CSLLocale)]
}

/// `<citation>` or `<bibliography>`: its options, sort keys and layout.
extension CSLStyle {
    /// Whether any layout or macro names `year-suffix`.
    static func findsYearSuffixVariable(_ style: CSLStyle) -> Bool {
        func uses(_ elements: [CSLElement]) -> Bool {
            elements.contains { $0["variable"]?.split(whereSeparator: \.isWhitespace).contains("year-suffix") == true || uses($0.children) }
        }
        return uses(style.macros.values.flatMap { $0 }) || uses(style.citation.map { [$0.layout] } ?? [])
            || uses(style.bibliography.map { [$0.layout] } ?? [])
    }
}

extension CSLStyle {
    /// Whether a citation renders a later cite otherwise than the first (position tests or
    /// et-al-subsequent options).
    var rendersByPosition: Bool {
        func tests(_ elements: [CSLElement]) -> Bool {
            elements.contains { $0["position"] != nil || tests($0.children) }
        }
        let options = self.options.merging(citation?.options ?? [:]) { $1 }
        return options.keys.contains { $0.hasPrefix("et-al-subsequent") } || tests(macros.values.flatMap { $0 })
            || tests(citation.map { [$0.layout] } ?? [])
    }
}

public struct CSLSection: Sendable {
    public var options: [String: String]
    public var sort: [CSLSortKey]
    public var layout: CSLElement
}

public struct CSLSortKey: Sendable {
    public var variable: String?
    public var macro: String?
    public var descending: Bool
    public var attributes: [String: String]
}

/// One rendering element with its attributes and children (`<if>`/`<else-if>`/`<else>` of a
/// `<choose>`, `<name>`, `<et-al>`, `<label>`, `<substitute>` of `<names>`, `<date-part>`...).
public struct CSLElement: Sendable {
    public var name: String
    public var attributes: [String: String]
    public var children: [CSLElement]

    public subscript(_ attribute: String) -> String? { attributes[attribute] }

    public func child(_ name: String) -> CSLElement? { children.first { $0.name == name } }
}

public enum CSLError: Error, CustomStringConvertible {
    case malformed(String)
    public var description: String {
        switch self { case .malformed(let why): return why }
    }
}

enum CSLXML {
    /// The element tree of an XML document, without comments and white-space text.
    static func parse(_ text: String) throws -> CSLElement {
        let document: XMLDocument
        do {
            document = try XMLDocument(xmlString: text, options: [])
        } catch {
            throw CSLError.malformed("not well-formed XML: \(error.localizedDescription)")
        }
        guard let root = document.rootElement() else { throw CSLError.malformed("no root element") }
        return convert(root)
    }

    static func convert(_ node: XMLElement) -> CSLElement {
        var attributes: [String: String] = [:]
        for attribute in node.attributes ?? [] {
            guard let name = attribute.name else { continue }
            attributes[name] = attribute.stringValue ?? ""
        }
        var children: [CSLElement] = []
        for child in node.children ?? [] {
            if let element = child as? XMLElement {
                children.append(convert(element))
            } else if child.kind == .text, let text = child.stringValue, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                children.append(CSLElement(name: "#text", attributes: ["value": text], children: []))
            }
        }
        return CSLElement(name: node.localName ?? node.name ?? "", attributes: attributes, children: children)
    }
}

extension CSLStyle {
    public init(xml: String) throws {
        let root = try CSLXML.parse(xml)
        guard root.name == "style" else { throw CSLError.malformed("the root element is <\(root.name)>, not <style>") }
        isNoteStyle = root["class"] == "note"
        defaultLocale = root["default-locale"]
        options = root.attributes
        macros = [:]
        locales = []
        for child in root.children {
            switch child.name {
            case "macro":
                if let name = child["name"] { macros[name] = child.children }
            case "citation", "bibliography":
                guard let layout = child.child("layout") else { continue }
                let sort = child.child("sort")?.children.filter { $0.name == "key" }.map {
                    CSLSortKey(variable: $0["variable"], macro: $0["macro"], descending: $0["sort"] == "descending", attributes: $0.attributes)
                } ?? []
                let section = CSLSection(options: child.attributes, sort: sort, layout: layout)
                if child.name == "citation" { citation = section } else { bibliography = section }
            case "locale":
                locales.append((child["xml:lang"] ?? child["lang"] ?? "", CSLLocale(element: child)))
            default:
                continue
            }
        }
        usesYearSuffixVariable = Self.findsYearSuffixVariable(self)
    }
}
