/// A `?` line and the indented lines under it:
///
///     ? Which controller created the replacement?
///       - the Deployment controller
///       * the ReplicaSet controller
///       explain: The ReplicaSet's only job is to count.
///
///     ? predict: How many copies will be Running?
///       answer: 0 | zero | none
///       check: no pods labelled run=my-debug-pod are Running
///       explain: Nothing watches a naked pod.
///
/// A line that is none of these continues the one before it.
enum QuestionReader {
    enum Part { case text, choice, answer, explain, check }

    static func read(_ block: [SourceLine], _ p: inout Parser) -> Question? {
        let first = block[0]
        var text = String(first.text.dropFirst(1)).trimmingSpaces
        var isPrediction = false
        if text.hasPrefix("predict:") { isPrediction = true; text = String(text.dropFirst(8)).trimmingSpaces }
        var choices: [Question.Choice] = []
        var answer: (String, Int)? = nil, explain: (String, Int)? = nil, check: (String, Int)? = nil
        var current = Part.text
        var ok = true

        for line in block.dropFirst() {
            let t = line.text
            if t.hasPrefix("* ") || t.hasPrefix("- ") {
                choices.append(Question.Choice(text: String(t.dropFirst(2)).trimmingSpaces, correct: t.hasPrefix("*")))
                current = .choice
                continue
            }
            var unindented = line
            unindented.indent = 0
            if let (word, rest) = unindented.directive, LessonSyntax.looksLikeDirective(word, among: LessonSyntax.questionWords) {
                func set(_ slot: inout (String, Int)?, _ part: Part) {
                    if slot != nil { p.error(line.number, Diagnose.duplicateField(word)); ok = false }
                    slot = (rest, line.number)
                    current = part
                }
                switch word {
                case "answer": set(&answer, .answer)
                case "explain": set(&explain, .explain)
                case "check": set(&check, .check)
                default: p.error(line.number, Diagnose.unknownQuestionField(word)); ok = false
                }
                continue
            }
            switch current {
            case .text: text += " " + t
            case .choice: choices[choices.count - 1].text += " " + t
            case .answer: answer!.0 += " " + t
            case .explain: explain!.0 += " " + t
            case .check: check!.0 += " " + t
            }
        }

        if text.isEmpty { p.error(first.number, Diagnose.emptyQuestion); ok = false }
        if explain == nil || explain!.0.isEmpty { p.error(first.number, Diagnose.questionNeedsExplain); ok = false }
        let kind: Question.Kind
        if !choices.isEmpty && answer != nil {
            p.error(first.number, Diagnose.questionBothKinds); return nil
        } else if !choices.isEmpty {
            if choices.count < 2 { p.error(first.number, Diagnose.choicesNeedTwo); ok = false }
            if choices.count > 26 { p.error(first.number, Diagnose.tooManyChoices); ok = false }
            if !choices.contains(where: \.correct) { p.error(first.number, Diagnose.choicesNeedRight); ok = false }
            kind = .choices(choices)
        } else if let (a, line) = answer {
            let spellings = a.split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            if spellings.isEmpty { p.error(line, Diagnose.emptyDirective("answer")); ok = false }
            kind = .typed(spellings)
        } else {
            p.error(first.number, Diagnose.questionNeedsAnswer); return nil
        }
        var written: WrittenCondition? = nil
        if let (c, line) = check {
            if !isPrediction { p.error(line, Diagnose.checkOnlyForPredictions); ok = false }
            written = Body.condition(c, line: line, &p)
            if written == nil { ok = false }
        }
        guard ok else { return nil }
        return Question(line: first.number, text: text, isPrediction: isPrediction, kind: kind,
                        explanation: explain!.0, check: written)
    }
}
