/// What the answers list at the end of a chapter says of each quiz: the question, the correct
/// choices and their feedback, in plain text (the quiz itself already carries the citations and
/// links, whose ids must not repeat).
struct QuizAnswer {
    let id: String
    let question: String
    let correct: [String]
    let feedback: [String]

    init(id: String, quiz: UnsafePointer<MarkdownNode>) {
        self.id = id
        var question = ""
        var correct: [String] = [], feedback: [String] = []
        quiz.forEachChild { child in
            switch child.pointee.kind {
            case .paragraph where question.isEmpty:
                question = Self.clean(child.pointee.plainText)
            case .quizChoice(true):
                var first = true
                var said: [String] = []
                child.forEachChild { part in
                    if first { correct.append(Self.clean(part.pointee.plainText)) } else { said.append(Self.clean(part.pointee.plainText)) }
                    first = false
                }
                if !said.isEmpty { feedback.append(said.joined(separator: " ")) }
            default:
                break
            }
        }
        self.question = question
        self.correct = correct
        self.feedback = feedback
    }

    /// White space collapsed, and a space left before punctuation by a citation taken out closed up.
    static func clean(_ text: String) -> String {
        var out = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        for mark in [".", ",", ";", ":"] { out = out.replacingOccurrences(of: " " + mark, with: mark) }
        return out
    }
}
