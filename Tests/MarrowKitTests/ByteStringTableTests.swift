import Testing
@testable import MarrowKit

/// The byte-keyed table the search index counts words with, and the tokenizer's byte path that
/// feeds it, against their plain `String` equivalents.
@Suite struct ByteStringTableTests {
    @Test func agreesWithADictionaryThroughGrowth() {
        var table = ByteStringTable()
        var reference: [String: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        // Enough keys to grow the table several times, with repeats, an empty key and shared prefixes.
        let words = [""] + (0..<5_000).map { _ in
            String((0..<Int.random(in: 1...12, using: &generator)).map { _ in "abcdefgh".randomElement(using: &generator)! })
        }
        for word in words + words.shuffled() {
            var bytes = Array(word.utf8)
            let found = bytes.withUnsafeBufferPointer { table.value(for: $0) }
            #expect(found == reference[word], "\(word)")
            if found == nil {
                reference[word] = reference.count
                bytes.withUnsafeMutableBufferPointer { table.insert(UnsafeBufferPointer($0), value: reference[word]!) }
            }
        }
        #expect(table.count == reference.count)
        for (word, value) in reference {
            #expect(Array(word.utf8).withUnsafeBufferPointer { table.value(for: $0) } == value)
        }
        #expect(Array("zzz".utf8).withUnsafeBufferPointer { table.value(for: $0) } == nil)
    }

    @Test func theTokenizersBytePathGivesTheSameWords() {
        let samples = ["Tibia, FEMUR and humerus: 25 mm", "naïve Café über-Straße", "IO/IV 10mg", "", "  ", "ÉCOLE école", "x"]
        for text in samples {
            var words: [String] = []
            SearchTokenizer.forEachWord(text, ascii: { words.append(String(decoding: $0, as: UTF8.self)) }, other: { words.append($0) })
            #expect(words == SearchTokenizer.words(text), "\(text)")
        }
        var ascii: [String] = []
        SearchTokenizer.forEachWord("Tibia FEMUR naïve", ascii: { ascii.append(String(decoding: $0, as: UTF8.self)) }, other: { _ in })
        #expect(ascii == ["tibia", "femur"])
    }
}
