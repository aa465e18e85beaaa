import Foundation
import Testing
@testable import MarrowKit

/// Rules where Marrow follows pandoc 3's citeproc, each as a small fixture in the CSL test
/// suite's form (run by its runner) whose result is what pandoc 3.9 prints for it.
@Suite struct CSLPandocRulesTests {
    static func style(_ citation: String, options: String = "", macros: String = "") -> String {
        """
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
          <info><title>t</title><id>t</id><updated>2020-01-01T00:00:00+00:00</updated></info>
          \(macros)
          <citation \(options)><layout delimiter=" | ">\(citation)</layout></citation>
        </style>
        """
    }

    static func run(_ csl: String, _ input: String) -> String? {
        CSLSuiteTests.run(CSLSuiteTests.Fixture(name: "rule", sections: ["MODE": "citation", "CSL": csl, "INPUT": input]))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/citation-style-language/locales/locales-en-US.xml")))
    func numbers() {
        // A roman numeral alone is a name ("Vol. C"), "7.2" one volume; a report number keeps its
        // hyphen; a choose's elements take the group's delimiter ("no. 99-02").
        let volumes = Self.style("""
        <choose><if is-numeric="volume"><text value="NUM "/></if><else><text value="TXT "/></else></choose>\
        <text variable="volume"/><text value=" "/><label variable="volume" form="short"/>
        """)
        #expect(Self.run(volumes, #"[{"id":"a","type":"book","volume":"C"},{"id":"b","type":"book","volume":"7.2"},{"id":"c","type":"book","volume":"12a"}]"#)
                == "TXT C vol. | TXT 7.2 vol. | NUM 12a vol.")
        let number = Self.style(#"<group delimiter=" "><text term="issue" form="short"/><choose><if variable="number"><text variable="number"/></if></choose></group>"#)
        #expect(Self.run(number, #"[{"id":"a","type":"report","number":"99-02"}]"#) == "no. 99-02")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/citation-style-language/locales/locales-en-US.xml")))
    func titleCase() {
        let csl = Self.style(#"<text variable="title" text-case="title"/>"#)
        let titles = ["2-groups", "07-x test", "vitamin c", "A Of The b", "x-ray vision"]
        let input = "[" + titles.enumerated().map { #"{"id":"i\#($0.offset)","type":"book","title":"\#($0.element)"}"# }.joined(separator: ",") + "]"
        #expect(Self.run(csl, input) == "2-Groups | 07-x Test | Vitamin c | A Of The b | X-Ray Vision")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/citation-style-language/locales/locales-en-US.xml")))
    func yearSuffixAfterNoDate() {
        let input = #"[{"id":"a","type":"book","title":"T"},{"id":"b","type":"book","title":"T"}]"#
        for (form, expected) in [("long", "T, no date a | T, no date b"), ("short", "T, n.d.a | T, n.d.b")] {
            let csl = Self.style("""
            <group delimiter=", "><text variable="title"/><choose><if variable="issued"><date variable="issued"><date-part name="year"/></date></if>\
            <else><text term="no date" form="\(form)"/></else></choose></group>
            """, options: #"disambiguate-add-year-suffix="true""#)
            #expect(Self.run(csl, input) == expected)
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/citation-style-language/locales/locales-en-US.xml")))
    func punctuationAndTheItemsQuotes() {
        // The item's quotation takes the period in, unless it closes inside formatting.
        let input = #"[{"id":"a","type":"book","title":"A “B”","publisher":"P"},{"id":"b","type":"book","title":"A <i>“B”</i>","publisher":"P"}]"#
        let plain = Self.style(#"<group delimiter=". "><text variable="title"/><text variable="publisher"/></group>"#)
        #expect(Self.run(plain, input) == "A “B.” P | A <i>“B”</i>. P")
        let italic = Self.style(#"<group delimiter=". "><text variable="title" font-style="italic"/><text variable="publisher"/></group>"#)
        #expect(Self.run(italic, #"[{"id":"a","type":"book","title":"A “B”","publisher":"P"}]"#) == "<i>A “B”</i>. P")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/citation-style-language/locales/locales-en-US.xml")))
    func anAuthorSubstitutedByATitleWithQuotesHasNoMarks() throws {
        let csl = Self.style(#"<names variable="author"><substitute><text variable="title"/></substitute></names>"#)
        let processor = CSLProcessor(style: try CSLStyle(xml: csl), localeFolders: CSLSuiteTests.localeFolders)
        let item = try #require(CSLItem(json: ["id": "q", "type": "book", "title": "A “B” c"]))
        #expect(processor.author(of: CSLProcessor.Cite(item: item), numbers: [:]) == "A “B” c")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/citation-style-language/locales/locales-en-US.xml")))
    func prefixBeforeAMark() {
        let csl = Self.style("""
        <group><text value="A"/><group prefix=". "><text variable="title" prefix=". "/></group></group>\
        <group><text value="B"/><group prefix=", "><text variable="title" prefix=". "/></group></group>
        """)
        #expect(Self.run(csl, #"[{"id":"a","type":"book","title":"T"}]"#) == "A. TB,. T")
    }
}
