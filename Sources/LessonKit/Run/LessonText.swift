/// Everything a lesson says to the learner in its own voice, in one place.
public enum LessonText {
    static func header(_ lesson: Lesson) -> String {
        var s = "Lesson: \(lesson.title)"
        if let m = lesson.minutes { s += " (about \(m) minutes)" }
        s += "\n" + lesson.summary + "\n"
        s += "Type the commands it asks for; `hint` when stuck, `lesson quit` to leave.\n"
        return s
    }
    static func resumed(at step: Int) -> String {
        "Welcome back. The cluster has been rebuilt as the lesson left it before step \(step).\n"
    }
    static let reviewing = "You finished this lesson: this is review mode. The lesson runs each step itself; `next` and `back` move freely.\n"
    static func stepHeading(_ n: Int, of total: Int, _ title: String) -> String {
        "── Step \(n) of \(total): \(title) ──\n"
    }
    static func yourTurn(_ command: String) -> String { "Your turn:  \(command)\n" }
    static func goal(_ text: String) -> String { "Goal: \(text)\n" }
    static func goalReached(_ text: String) -> String { "✓ Goal reached: \(text)\n" }
    static func lessonRuns(_ command: String) -> String { "» The lesson runs: \(command)\n" }
    static func note(_ text: String) -> String { wrap("Note for the instructor: " + text) }
    static func stepDone(_ n: Int) -> String { "✓ Step \(n) done. Type `next` when you are ready.\n" }
    static func lessonDone(_ lesson: Lesson, score: Int, questions: Int) -> String {
        let end = lesson.title.last.map { ".?!".contains($0) } == true ? "" : "."
        var s = "✓ Lesson complete: \(lesson.title)\(end)"
        if questions > 0 { s += " Questions: \(score) of \(questions) right first time." }
        return s + "\n`lessons` shows the course and what comes next.\n"
    }

    // Corrections and hints
    static func correction(_ expected: String, _ why: String) -> String {
        wrap("That ran, but it is not what this step asks for (\(why)). The step wants:") + "    \(expected)\n"
    }
    static func unresolved(_ p: UnresolvedPlaceholder) -> String {
        "(The lesson wanted to use \(p.placeholder.text), but \(p.message); it carries on without it.)\n"
    }
    static func hint(_ n: Int, of total: Int, _ text: String) -> String {
        var s = wrap("Hint \(n) of \(total): \(text)")
        if n == total { s += "That was the last hint; `solution` shows the answer.\n" }
        return s
    }
    static func commandHint(_ command: String) -> String { "Type this command:  \(command)\n" }
    static let noHintGoal = "No hints for this one. `solution` shows one way to get there.\n"
    static let noHintQuestion = "No hints for questions: think it through, or `skip` to see the answer.\n"
    static let nothingToHint = "Nothing is waiting for you right now: `next` moves on.\n"
    static func hintsFirst(_ left: Int) -> String {
        "Try `hint` first (\(left) \(left == 1 ? "hint" : "hints") left); then `solution` shows the answer.\n"
    }
    static func solution(_ lines: [String]) -> String {
        lines.count == 1 ? "Solution:  \(lines[0])\n" : "Solution, one line at a time:\n" + lines.map { "    \($0)\n" }.joined()
    }
    static let noSolution = "This goal has no worked solution; `skip` lets the lesson move on.\n"
    static let questionSolution = "Answer it, or `skip` to see the answer and why.\n"
    static func notFinished(_ what: String) -> String {
        "This step is not finished: \(what). `hint` helps, `skip` moves past it.\n"
    }
    static func waitingFor(_ waiting: LessonRun.Waiting, _ run: LessonRun) -> String {
        switch waiting {
        case .command: return "it waits for `\(run.currentCommand ?? "")`"
        case .goal: return "the goal is not reached yet"
        case .question: return "a question is waiting for your answer"
        default: return "it is still going"
        }
    }
    static let lastStep = "This is the last step. `lessons` lists the course.\n"
    static let firstStep = "This is the first step; `restart` starts it again.\n"
    static func rebuilt(_ step: Int) -> String { "(The cluster is back where it was when step \(step) began.)\n" }
    static func movedOn(_ step: Int) -> String { "(The lesson did the rest of step \(step) for you.)\n" }
    static func skipped(_ what: String) -> String { "Skipped \(what); the lesson does it for you:\n" }
    static func skippedGoal(_ text: String) -> String { "Skipped the goal (\(text)); the lesson reaches it for you:\n" }
    static let goalNotReachedBySkip = "(The lesson could not reach this goal itself; it moves on anyway.)\n"
    static func badStep(_ text: String, count: Int) -> String { "no step \"\(text)\": give a number from 1 to \(count)\n" }
    static let backToStart = "(Back to the start of the lesson, on a fresh cluster.)\n"
    static let instructorOnly = "Only in instructor mode (`kubetutor --instructor`).\n"

    // Questions
    /// The question and its choices; with `asking`, how to answer it.
    static func question(_ q: Question, asking: Bool = true) -> String {
        var s = wrap((q.isPrediction ? "? Predict: " : "? ") + q.text, hanging: "  ")
        switch q.kind {
        case .choices(let choices):
            for (i, c) in choices.enumerated() { s += "    \(letter(i))) \(c.text)\n" }
            if asking { s += "(Answer with a letter: `B` or `answer B`.)\n" }
        case .typed:
            if asking {
                s += q.isPrediction ? "(Type your prediction. kubectl commands still work if you want to look first.)\n"
                                    : "(Type your answer.)\n"
            }
        }
        return s
    }
    static func letter(_ i: Int) -> String { String(UnicodeScalar(UInt8(65 + i))) }
    static func right(_ shown: String) -> String { "✓ Right: \(shown).\n" }
    static func wrong(_ shown: String) -> String { "✗ Not quite. The answer is \(shown).\n" }
    static func explanation(_ text: String) -> String { wrap(text, indent: "  ") }
    static func predicted(_ given: String) -> String { "You predict \(given). Let's see.\n" }
    static func recorded(_ given: String?, correct: Bool) -> String {
        guard let given else { return "(You skipped this one.)\n" }
        return "(You answered \(given): \(correct ? "right" : "not quite").)\n"
    }
    static func reveal(_ given: String?, observed: String?, answer: String, correct: Bool) -> String {
        var s = given.map { "Your prediction: \($0)." } ?? "You made no prediction."
        if let observed { s += " The cluster shows: \(observed)." }
        s = wrap(s)
        s += given == nil ? "The answer is \(answer).\n" : correct ? right(answer) : wrong(answer)
        return s
    }
    static func badChoice(_ count: Int) -> String { "Answer with a letter from A to \(letter(count - 1)).\n" }
    static let emptyAnswer = "Type an answer after `answer`.\n"
    static let noQuestion = "No question is waiting for an answer right now.\n"

    /// Wraps at 78 columns, keeping words whole; lines after the first start with `hanging`.
    static func wrap(_ text: String, indent: String = "", hanging: String? = nil) -> String {
        var out = "", line = indent, lead = indent
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.count > lead.count && line.count + 1 + word.count > 78 {
                out += line + "\n"
                lead = hanging ?? indent
                line = lead
            }
            line += (line.count > lead.count ? " " : "") + word
        }
        return out + line + "\n"
    }
}
