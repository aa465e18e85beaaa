import Foundation
import Testing
@testable import MarrowKit

struct SearchTextTests {
    @Test func foldsCaseAndDiacriticsAndSplitsOnPunctuation() {
        #expect(SearchTokenizer.words("Crème Brûlée, ÉCOLE; naïve—x² IO-access 15G") ==
                ["creme", "brulee", "ecole", "naive", "x2", "io", "access", "15g"])
    }

    @Test func dropsStopWordsAndStems() {
        #expect(SearchTerms.terms("The needles of the intraosseous devices") == ["needl", "intraoss", "devic"])
    }

    /// Pairs from the Porter2 description and its sample vocabulary.
    @Test func porter2KnownStems() {
        let pairs = [
            "consign": "consign", "consigned": "consign", "consigning": "consign", "consignment": "consign",
            "consist": "consist", "consisted": "consist", "consistency": "consist", "consistent": "consist",
            "consistently": "consist", "consisting": "consist", "consists": "consist", "consolation": "consol",
            "consolations": "consol", "consolatory": "consolatori", "console": "consol", "consoled": "consol",
            "consoles": "consol", "consolidate": "consolid", "consolidated": "consolid", "consolidating": "consolid",
            "consoling": "consol", "consolingly": "consol", "consols": "consol", "consonant": "conson",
            "consort": "consort", "consorted": "consort", "consorting": "consort", "conspicuous": "conspicu",
            "conspicuously": "conspicu", "conspiracy": "conspiraci", "conspirator": "conspir", "conspirators": "conspir",
            "conspire": "conspir", "conspired": "conspir", "conspiring": "conspir", "constable": "constabl",
            "constables": "constabl", "constance": "constanc", "constancy": "constanc", "constant": "constant",
            "knack": "knack", "knackeries": "knackeri", "knacks": "knack", "knag": "knag", "knave": "knave",
            "knaves": "knave", "knavish": "knavish", "kneaded": "knead", "kneading": "knead", "knee": "knee",
            "kneel": "kneel", "kneeled": "kneel", "kneeling": "kneel", "kneels": "kneel", "knees": "knee",
            "knell": "knell", "knelt": "knelt", "knew": "knew", "knick": "knick", "knif": "knif", "knife": "knife",
            "knight": "knight", "knightly": "knight", "knights": "knight", "knit": "knit", "knits": "knit",
            "knitted": "knit", "knitting": "knit", "knives": "knive", "knob": "knob", "knobs": "knob",
            "knock": "knock", "knocked": "knock", "knocker": "knocker", "knockers": "knocker", "knocking": "knock",
            "knocks": "knock", "knopp": "knopp", "knot": "knot", "knots": "knot",
            // Special cases of the description: exceptions, R1 prefixes, step 1a/1b rules.
            "generously": "generous", "generate": "generat", "communism": "communism", "skies": "sky", "dying": "die",
            "news": "news", "succeeding": "succeed", "cries": "cri", "ties": "tie", "gas": "gas", "gaps": "gap",
            "kiwis": "kiwi", "hopping": "hop", "hoping": "hope", "luxuriating": "luxuri", "intraosseous": "intraoss",
        ]
        for (word, stem) in pairs.sorted(by: { $0.key < $1.key }) {
            #expect(Porter2Stemmer.stem(word) == stem, "\(word)")
        }
    }

    @Test func leavesShortWordsNumbersAndOtherScriptsAlone() {
        #expect(Porter2Stemmer.stem("io") == "io")
        #expect(Porter2Stemmer.stem("15g") == "15g")
        #expect(Porter2Stemmer.stem("αιμα") == "αιμα")
    }

    /// The browser's stemmer (search-text.js) is checked against the same file by test_search.py.
    @Test func stemsFixtureMatches() throws {
        let url = Repository.root.appendingPathComponent("Tests/search-stems.tsv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count > 1000)
        if ProcessInfo.processInfo.environment["MARROW_UPDATE_FIXTURES"] != nil {
            let updated = lines.map { line -> String in
                let word = String(line.split(separator: "\t", omittingEmptySubsequences: false)[0])
                return "\(word)\t\(Porter2Stemmer.stem(word))\n"
            }.joined()
            try updated.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            #expect(fields.count == 2 && Porter2Stemmer.stem(fields[0]) == fields[1], "\(line)")
        }
    }
}
