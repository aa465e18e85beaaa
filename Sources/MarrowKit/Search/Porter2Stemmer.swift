/// The English (Porter2) Snowball stemmer, written from the algorithm's published description
/// (snowballstem.org/algorithms/english/stemmer.html). Words are folded lower-case ASCII
/// letters; anything else (digits, other scripts) is returned unchanged. `search-text.js` holds a
/// line-for-line port; `Tests/search-stems.tsv` keeps the two in step.
public enum Porter2Stemmer {
    public static func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard bytes.count > 2, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 == 0x27 }) else { return word }
        if let exception = exceptions[word] { return exception }
        var w = Porter2Word(bytes)
        w.prelude()
        if w.letters.count <= 2 { return w.result }
        w.step0()
        w.step1a()
        if w.letters.count <= 2 { return w.result }
        if invariantAfter1a.contains(w.result) { return w.result }
        w.step1b()
        w.step1c()
        w.step2()
        w.step3()
        w.step4()
        w.step5()
        return w.result
    }

    static let exceptions: [String: String] = [
        "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "idly": "idl",
        "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl",
        "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos", "bias": "bias",
        "andes": "andes",
    ]

    static let invariantAfter1a: Set<String> = [
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    ]
}
