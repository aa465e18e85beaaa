/// Quizzes for a book read on an e-reader, where forms and scripts may not run: the question, its
/// choices as a numbered list, and a note reference to the answer; the answers (each choice said
/// right or not, with its feedback, citations included) as the chapter's last section, the notes
/// the references lead to.
enum EPUBQuizzes {
    static func rewrite(_ document: inout MarkdownNode) {
        var answers: [MarkdownNode] = []
        document.rewrite { node in
            guard case .quiz(let id, _) = node.kind else { return }
            let number = answers.count / 2 + 1
            var blocks: [MarkdownNode] = []
            var choices: [MarkdownNode] = []
            var answer: [MarkdownNode] = []
            for child in node.children {
                switch child.kind {
                case .paragraph where blocks.isEmpty:
                    blocks.append(MarkdownNode(.paragraph, children: [MarkdownNode(.strong, children: [MarkdownNode(.text("Question \(number). "))] + child.children)]))
                case .quizChoice(let right):
                    let text = child.children.first ?? MarkdownNode(.paragraph)
                    choices.append(MarkdownNode(.item(task: nil), children: [text]))
                    let verdict = MarkdownNode(.strong, children: [MarkdownNode(.text("\(choices.count). \(right ? "Correct" : "Not correct"): "))])
                    answer.append(MarkdownNode(.paragraph, children: [verdict] + text.children))
                    answer.append(contentsOf: child.children.dropFirst())
                default:
                    break
                }
            }
            blocks.append(MarkdownNode(.list(ordered: true, start: 1, tight: true), children: choices))
            blocks.append(MarkdownNode(.paragraph, children: [MarkdownNode(.link(destination: "#answer-\(id)", title: ""), children: [MarkdownNode(.text("Answer"))])]))
            answers.append(MarkdownNode(.definitionTerm(id: "answer-\(id)"), children: [MarkdownNode(.text("Question \(number)"))]))
            answers.append(MarkdownNode(.definitionDetails, children: answer))
            node = MarkdownNode(.blockQuote, children: blocks, range: node.range)
        }
        guard !answers.isEmpty else { return }
        let section = [MarkdownNode(.heading(level: 2, anchor: "answers"), children: [MarkdownNode(.text("Answers to the questions"))]),
                       MarkdownNode(.definitionList, children: answers)]
        // Before the chapter's References when it ends with them.
        if case .bibliography? = document.children.last?.kind {
            document.children.insert(contentsOf: section, at: document.children.count - 1)
        } else {
            document.children += section
        }
    }
}
