/// Quizzes: the form the page script grades, and the answers at the chapter's end.
extension HTMLRenderer {
    /// A quiz: a form whose fieldset's legend is the question, a radio button (or a check box when
    /// several choices are correct) per choice with its feedback hidden until checked, a Check
    /// button and a live region for the result; `marrow.js` grades it and keeps the answers.
    mutating func renderQuiz(_ node: UnsafePointer<MarkdownNode>, id: String, multiple: Bool) {
        let quizID = pageID(id)
        let escapedID = HTMLEscaping.escape(quizID)
        quizAnswers.append(QuizAnswer(id: quizID, quiz: node))
        out += "<form class=\"quiz\" id=\"\(escapedID)\" data-multiple=\"\(multiple)\">\n<fieldset>\n<legend class=\"quiz-question\" id=\"\(escapedID)-question\">"
        var index = 0
        node.forEachChild { child in
            switch child.pointee.kind {
            case .paragraph where index == 0:
                renderChildren(child, tightList: false)
                out += "</legend>\n"
                if multiple { out += "<p class=\"quiz-hint\">Choose every answer that applies.</p>\n" }
            case .quizChoice(let correct):
                let choiceID = HTMLEscaping.escape("\(quizID)-\(index)")
                out += "<div class=\"quiz-choice\"><input type=\"\(multiple ? "checkbox" : "radio")\" name=\"\(escapedID)\" id=\"\(choiceID)\" value=\"\(index)\""
                out += correct ? " data-correct>" : ">"
                out += "<label for=\"\(choiceID)\">"
                var first = true
                var feedbackOpen = false
                child.forEachChild { part in
                    if first {
                        renderChildren(part, tightList: false)
                        out += "</label>"
                        first = false
                    } else {
                        if !feedbackOpen { out += "\n<div class=\"quiz-feedback\" id=\"\(choiceID)-feedback\" hidden>\n" }
                        feedbackOpen = true
                        render(part, tightList: false)
                    }
                }
                if first { out += "</label>" }
                if feedbackOpen { out += "</div>" }
                out += "</div>\n"
            default:
                break
            }
            index += 1
        }
        out += "</fieldset>\n<p class=\"quiz-actions\"><button type=\"button\" class=\"quiz-check\">Check</button></p>\n"
        out += "<p class=\"quiz-result\" role=\"status\" aria-live=\"polite\"></p>\n</form>\n"
    }

    /// The answers to the chapter's quizzes, folded (printed open): each question, its correct
    /// choices and their feedback.
    mutating func renderQuizAnswers() {
        guard !quizAnswers.isEmpty else { return }
        let titleID = HTMLEscaping.escape(pageID("quiz-answers-title"))
        out += "<section class=\"quiz-answers\" aria-labelledby=\"\(titleID)\">\n<details\(context.bookPage != nil ? " open" : "")>\n<summary><h2 id=\"\(titleID)\">Answers to the questions</h2></summary>\n<ol>\n"
        for answer in quizAnswers {
            out += "<li><a href=\"#\(HTMLEscaping.escape(answer.id))-question\">\(HTMLEscaping.escape(answer.question))</a> "
            out += "<strong>\(HTMLEscaping.escape(answer.correct.joined(separator: "; ")))</strong>"
            let closed = answer.correct.last?.last.map { ".!?".contains($0) } ?? false
            if !answer.feedback.isEmpty { out += (closed ? " " : ". ") + HTMLEscaping.escape(answer.feedback.joined(separator: " ")) }
            out += "</li>\n"
        }
        out += "</ol>\n</details>\n</section>\n"
    }
}
