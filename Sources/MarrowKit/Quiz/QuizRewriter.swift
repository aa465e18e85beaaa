/// Scored self-check questions, written so the Markdown still reads on GitHub: a `[!QUIZ]`
/// callout holding one question and a task list of choices, the checked ones correct (several
/// allowed: then all must be chosen), the text under a choice its feedback:
///
///     > [!QUIZ] Which site is first choice in an infant?
///     > - [x] Proximal tibia
///     >   Flat, easy to find, away from the chest compressions.
///     > - [ ] Sternum
///     >   Not used in small children.
///
/// Becomes a `.quiz` node: the question (a paragraph), then one `.quizChoice` per item, its first
/// child the choice's text and the rest its feedback. Later stages resolve links and citations
/// inside as anywhere else. A quiz without choices, with a choice that is no task item, or with
/// no correct choice is an error at the quiz.
struct QuizRewriter {
    private(set) var diagnostics: [Diagnostic] = []
    private var count = 0
    let source: ChapterSource

    init(source: ChapterSource) {
        self.source = source
    }

    mutating func rewrite(_ document: inout MarkdownNode) {
        document.rewrite { node in
            guard case .blockQuote = node.kind, let question = Self.question(in: node) else { return }
            count += 1
            if let quiz = quiz(from: node, question: question) { node = quiz }
        }
    }

    /// The question paragraph when the quote opens with `[!QUIZ]` (any case).
    static func question(in quote: MarkdownNode) -> MarkdownNode? {
        guard let first = quote.children.first, case .paragraph = first.kind, case .text(let text)? = first.children.first?.kind,
              text.count >= 7, text.prefix(7).uppercased() == "[!QUIZ]" else { return nil }
        var paragraph = first
        let rest = text.dropFirst(7).drop { $0 == " " || $0 == "\t" }
        if rest.isEmpty { paragraph.children.removeFirst() } else { paragraph.children[0].kind = .text(String(rest)) }
        while let lead = paragraph.children.first, lead.kind == .softBreak || lead.kind == .lineBreak { paragraph.children.removeFirst() }
        return paragraph
    }

    private mutating func quiz(from quote: MarkdownNode, question: MarkdownNode) -> MarkdownNode? {
        let place = source.location(of: quote.range)
        guard !question.children.isEmpty else {
            diagnostics.append(.error("quiz-no-question", "a [!QUIZ] callout needs its question on the [!QUIZ] line", at: place))
            return nil
        }
        let lists = quote.children.dropFirst().filter { if case .list = $0.kind { return true } else { return false } }
        guard lists.count == 1, let list = lists.first, !list.children.isEmpty else {
            diagnostics.append(.error("quiz-no-choices", "a [!QUIZ] callout needs one list of choices, each '- [x]' (correct) or '- [ ]'", at: place))
            return nil
        }
        var choices: [MarkdownNode] = []
        for item in list.children {
            guard case .item(let task) = item.kind, let (correct, item) = Self.taskItem(item, task: task) else {
                diagnostics.append(.error("quiz-choice-not-task", "each choice of a quiz is a task item: '- [x]' when correct, '- [ ]' when not",
                                          at: source.location(of: item.range)))
                return nil
            }
            choices.append(Self.choice(item, correct: correct))
        }
        let correctCount = choices.filter { if case .quizChoice(true) = $0.kind { return true } else { return false } }.count
        guard correctCount > 0 else {
            diagnostics.append(.error("quiz-no-correct", "no choice of this quiz is marked correct ('- [x]')", at: place))
            return nil
        }
        // Anything else in the quote (a paragraph after the list) is not part of a quiz.
        let extra = quote.children.dropFirst().filter { if case .list = $0.kind { return false } else { return true } }
        if let stray = extra.first {
            diagnostics.append(.error("quiz-stray-content", "a quiz holds its question and one list of choices only", at: source.location(of: stray.range)))
            return nil
        }
        return MarkdownNode(.quiz(id: "quiz-\(count)", multiple: correctCount > 1), children: [question] + choices, range: quote.range)
    }

    /// The item's task state and the item without its `[x]`: cmark-gfm's task list extension does
    /// not see task items inside a block quote, so `[x] ` and `[ ] ` are read here as well.
    static func taskItem(_ item: MarkdownNode, task: Bool?) -> (Bool, MarkdownNode)? {
        if let task { return (task, item) }
        guard let paragraph = item.children.first, case .paragraph = paragraph.kind, case .text(let text)? = paragraph.children.first?.kind,
              text.count >= 3 else { return nil }
        let marker = text.prefix(3)
        guard marker == "[x]" || marker == "[X]" || marker == "[ ]" else { return nil }
        let rest = text.dropFirst(3)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var out = item
        let trimmed = rest.drop { $0 == " " || $0 == "\t" }
        if trimmed.isEmpty { out.children[0].children.removeFirst() } else { out.children[0].children[0].kind = .text(String(trimmed)) }
        return (marker != "[ ]", out)
    }

    /// A choice: its first line is the text, the lines and blocks under it the feedback.
    static func choice(_ item: MarkdownNode, correct: Bool) -> MarkdownNode {
        var blocks = item.children
        var text = MarkdownNode(.paragraph, range: item.range)
        var feedback: [MarkdownNode] = []
        if let first = blocks.first, case .paragraph = first.kind {
            blocks.removeFirst()
            if let cut = first.children.firstIndex(where: { $0.kind == .softBreak || $0.kind == .lineBreak }) {
                text.children = Array(first.children[..<cut])
                let rest = Array(first.children[(cut + 1)...])
                if !rest.isEmpty { feedback.append(MarkdownNode(.paragraph, children: rest, range: first.range)) }
            } else {
                text.children = first.children
            }
        }
        feedback += blocks
        return MarkdownNode(.quizChoice(correct: correct), children: [text] + feedback, range: item.range)
    }
}
