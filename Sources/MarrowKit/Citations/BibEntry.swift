/// A person or organisation named in a BibTeX field, split the way BibTeX and CSL split names.
public struct BibName: Sendable, Hashable {
    public var given: String
    /// "van der" in "Jan van der Berg" (BibTeX's von part): written after the given name in AMA's sort order.
    public var particle: String
    /// A particle that stays before the family name, as CSL-JSON's "non-dropping-particle".
    public var nonDroppingParticle: String
    public var family: String
    /// "Jr", "III".
    public var suffix: String
    /// A corporate author written in braces, printed as it is.
    public var literal: String?

    public init(given: String = "", particle: String = "", nonDroppingParticle: String = "", family: String = "",
                suffix: String = "", literal: String? = nil) {
        self.given = given
        self.particle = particle
        self.nonDroppingParticle = nonDroppingParticle
        self.family = family
        self.suffix = suffix
        self.literal = literal
    }
}

/// A list of names, and whether the source ended it with "and others".
public struct BibNameList: Sendable, Hashable {
    public var names: [BibName]
    public var hasOthers: Bool

    public init(names: [BibName] = [], hasOthers: Bool = false) {
        self.names = names
        self.hasOthers = hasOthers
    }

    public var isEmpty: Bool { names.isEmpty }
}

/// Text with the parts that `{braces}` protect from case changes marked.
public struct BibText: Sendable, Hashable {
    public struct Segment: Sendable, Hashable {
        public var text: String
        public var isProtected: Bool

        public init(_ text: String, isProtected: Bool = false) {
            self.text = text
            self.isProtected = isProtected
        }
    }

    public var segments: [Segment]

    public init(_ segments: [Segment] = []) {
        self.segments = segments
    }

    public init(plain: String) {
        self.segments = plain.isEmpty ? [] : [Segment(plain)]
    }

    public var plain: String { segments.map(\.text).joined() }
    public var isEmpty: Bool { plain.isEmpty }
}

/// One entry of a bibliography, from BibTeX or CSL-JSON, as a CSL item with where it is defined.
public struct BibEntry: Sendable, Hashable {
    public var key: String
    public var item: CSLItem
    /// Where the entry starts, for diagnostics.
    public var location: SourceLocation

    public init(key: String, item: CSLItem, location: SourceLocation) {
        self.key = key
        self.item = item
        self.location = location
    }

    /// PubMed's id, which Marrow links after the entry.
    public var pmid: String? { item.string("PMID") }
}
