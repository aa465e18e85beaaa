/// A person or organisation named in a reference, split the way BibTeX and CSL split names.
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

/// The kinds of work Marrow formats, named as CSL names them.
public enum ReferenceType: String, Sendable, Hashable {
    case articleJournal = "article-journal"
    case book
    case chapter
    case paperConference = "paper-conference"
    case report
    case thesis
    case misc = "article"
    case webpage
}

/// A date as references give it: a year, perhaps a month and a day.
public struct ReferenceDate: Sendable, Hashable {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }
}

/// One entry of a bibliography, from BibTeX or CSL-JSON, in CSL's terms.
public struct BibEntry: Sendable, Hashable {
    public var key: String
    public var type: ReferenceType
    public var authors = BibNameList()
    public var editors = BibNameList()
    public var title = BibText()
    public var containerTitle = BibText()
    public var containerTitleShort: String?
    public var publisher: String?
    public var genre: String?
    public var volume: String?
    public var issue: String?
    public var pages: String?
    public var edition: String?
    public var issued: ReferenceDate?
    public var accessed: ReferenceDate?
    public var doi: String?
    public var pmid: String?
    public var url: String?
    /// Where the entry starts, for diagnostics.
    public var location: SourceLocation

    public init(key: String, type: ReferenceType, location: SourceLocation) {
        self.key = key
        self.type = type
        self.location = location
    }
}
