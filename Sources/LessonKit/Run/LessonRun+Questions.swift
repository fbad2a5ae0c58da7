/// Answers: graded on the first try, explained every time; predictions revealed against the
/// cluster once the lesson has run what they predict.
extension LessonRun {
    public var currentQuestion: Question? {
        guard waiting == .question, case .question(let q) = lesson.steps[step].items[item] else { return nil }
        return q
    }

    public func answer(_ raw: String) -> String {
        guard let q = currentQuestion else { return LessonText.noQuestion }
        let text = raw.trimmingSpaces
        guard !text.isEmpty else { return LessonText.emptyAnswer }
        guard let (given, correct) = Self.grade(q, text) else {
            if case .choices(let c) = q.kind { return LessonText.badChoice(c.count) }
            return LessonText.emptyAnswer
        }
        let key = lesson.questionKey(step: step, item: item)
        progress.answers[key] = RecordedAnswer(given: given, correct: correct)
        save()
        item += 1
        waiting = .nothing
        if q.isPrediction {
            pendingPredictions.append((key, q))
            return "\n" + LessonText.predicted(given) + proceed()
        }
        let verdict = correct ? LessonText.right(Self.shownAnswer(q)) : LessonText.wrong(Self.shownAnswer(q))
        return "\n" + verdict + LessonText.explanation(q.explanation) + proceed()
    }

    /// What the learner's answer was (a letter for a choice) and whether it is right; nil
    /// when a choice question got something that is neither a letter nor a choice's text.
    static func grade(_ q: Question, _ text: String) -> (String, Bool)? {
        switch q.kind {
        case .choices(let choices):
            var t = text
            if t.count == 2, t.last == ")" || t.last == "." { t.removeLast() }
            if t.count == 1, let c = t.uppercased().unicodeScalars.first, c.value >= 65, Int(c.value) - 65 < choices.count {
                let i = Int(c.value) - 65
                return (LessonText.letter(i), choices[i].correct)
            }
            if let i = choices.firstIndex(where: { normalise($0.text) == normalise(text) }) {
                return (LessonText.letter(i), choices[i].correct)
            }
            return nil
        case .typed(let spellings):
            return (text, spellings.contains { normalise($0) == normalise(text) })
        }
    }

    /// Lowercase, single spaces, no surrounding quotes or final full stop.
    static func normalise(_ s: String) -> String {
        var t = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        while let f = t.first, "\"'`".contains(f) { t.removeFirst() }
        while let l = t.last, "\"'`.!".contains(l) { t.removeLast() }
        return t
    }

    /// `B) the ReplicaSet controller`, or the first accepted spelling.
    static func shownAnswer(_ q: Question) -> String {
        switch q.kind {
        case .choices(let choices):
            return choices.enumerated().filter { $0.element.correct }.map { "\(LessonText.letter($0.offset))) \($0.element.text)" }
                .joined(separator: " or ")
        case .typed(let spellings): return spellings.first ?? ""
        }
    }

    /// After the actions a prediction was about: what was predicted, what the cluster shows.
    func revealPredictions() -> String {
        var out = ""
        for (key, q) in pendingPredictions {
            var observed: String? = nil
            if let check = q.check {
                let ev = check.condition.evaluate(context())
                observed = ev.summary
                if !ev.holds { fail(check.line, "the prediction's check does not hold: expected \(check.text), but \(ev.summary)") }
            }
            let recorded = progress.answers[key]
            out += "\n" + LessonText.reveal(recorded?.given, observed: observed, answer: Self.shownAnswer(q), correct: recorded?.correct ?? false)
            out += LessonText.explanation(q.explanation)
        }
        pendingPredictions = []
        return out
    }
}
