/// `next`, `back`, `restart`, `goto`, `reset`, `hint`, `solution`, `skip`.
extension LessonRun {
    public func next() -> String {
        switch waiting {
        case .stepDone: return enterStep(step + 1)
        case .finished: return LessonText.lastStep
        default:
            guard options.instructor || options.review else {
                return LessonText.notFinished(LessonText.waitingFor(waiting, self))
            }
            completeQuietly()
            if step == stepCount - 1 {
                waiting = .finished
                return "\n" + LessonText.movedOn(step + 1)
            }
            return "\n" + LessonText.movedOn(step + 1) + enterStep(step + 1)
        }
    }

    public func back() -> String {
        guard step > 0 else { return LessonText.firstStep }
        return rebuild(to: step - 1)
    }

    public func restart() -> String { rebuild(to: step) }

    /// Instructor mode: straight to a step (from 1), the cluster rebuilt as it would be there.
    public func goto(_ text: String) -> String {
        guard options.instructor else { return LessonText.instructorOnly }
        guard let n = Int(text), n >= 1, n <= stepCount else { return LessonText.badStep(text, count: stepCount) }
        return rebuild(to: n - 1)
    }

    /// Instructor mode: back to the lesson's start, on a fresh cluster.
    public func reset() -> String {
        guard options.instructor else { return LessonText.instructorOnly }
        var out = "\n" + LessonText.backToStart + buildCluster() + renderStatic(lesson.intro)
        out += enterStep(0)
        return out
    }

    func rebuild(to target: Int) -> String {
        var out = buildCluster()
        fastForward(to: target)
        out += "\n" + LessonText.rebuilt(target + 1)
        return out + enterStep(target)
    }

    /// Plays steps before `target` quietly: their commands, goal solutions and actions.
    func fastForward(to target: Int) {
        for s in 0..<target {
            step = s
            item = 0
            completeQuietly()
        }
        pendingPredictions = []
    }

    /// Does what is left of the current step without a word: what a learner who followed the
    /// lesson would have done.
    func completeQuietly() {
        let items = lesson.steps[step].items
        while item < items.count {
            switch items[item] {
            case .command(let beat):
                if case .success(let line) = resolve(beat.command.text) { lastResult = host.execute(line, narrate: false) }
            case .goal(let beat):
                for line in solutionLines(for: beat, at: item) where !holds(beat.goal) {
                    lastResult = host.execute(line, narrate: false)
                }
            case .action(let beat):
                if case .success(let line) = resolve(beat.command.text) { lastResult = host.execute(line, narrate: false) }
            default: break
            }
            item += 1
        }
        pendingPredictions = []
        currentCommand = nil
        waiting = .nothing
    }

    // MARK: help while stuck

    public func hint() -> String {
        let items = lesson.steps[step].items
        switch waiting {
        case .command:
            guard case .command(let beat) = items[item] else { return "" }
            guard !beat.hints.isEmpty else { return LessonText.commandHint(currentCommand ?? beat.command.text) }
            return nextHint(beat.hints)
        case .goal:
            guard case .goal(let beat) = items[item] else { return "" }
            guard !beat.hints.isEmpty else { return LessonText.noHintGoal }
            return nextHint(beat.hints)
        case .question: return LessonText.noHintQuestion
        default: return LessonText.nothingToHint
        }
    }

    func nextHint(_ hints: [String]) -> String {
        let n = min(hintsShown, hints.count - 1)
        hintsShown = min(hintsShown + 1, hints.count)
        return LessonText.hint(n + 1, of: hints.count, hints[n])
    }

    /// The answer, once the hints are used up (at once in instructor mode).
    public func solution() -> String {
        let items = lesson.steps[step].items
        switch waiting {
        case .command:
            guard case .command(let beat) = items[item] else { return "" }
            if !options.instructor && hintsShown < beat.hints.count { return LessonText.hintsFirst(beat.hints.count - hintsShown) }
            return LessonText.solution([currentCommand ?? beat.command.text])
        case .goal:
            guard case .goal(let beat) = items[item] else { return "" }
            if !options.instructor && hintsShown < beat.hints.count { return LessonText.hintsFirst(beat.hints.count - hintsShown) }
            let lines = solutionLines(for: beat, at: item)
            return lines.isEmpty ? LessonText.noSolution : LessonText.solution(lines)
        case .question: return LessonText.questionSolution
        default: return LessonText.nothingToHint
        }
    }

    /// A goal's `solution:` lines; without them, the commands the step asked for just before it.
    func solutionLines(for beat: GoalBeat, at index: Int) -> [String] {
        var lines = beat.solution.compactMap { try? resolve($0.text).get() }
        if lines.isEmpty {
            var k = index - 1
            let items = lesson.steps[step].items
            var before: [String] = []
            while k >= 0 {
                if case .command(let c) = items[k], let l = try? resolve(c.command.text).get() { before.insert(l, at: 0) }
                else if case .prose = items[k] {} else if case .code = items[k] {} else if case .note = items[k] {} else { break }
                k -= 1
            }
            lines = before
        }
        return lines
    }

    /// Moves past what the lesson waits for, doing it for the learner.
    public func skip() -> String {
        let items = lesson.steps[step].items
        switch waiting {
        case .command:
            guard case .command(let beat) = items[item], let line = currentCommand else { return "" }
            let r = host.execute(line, narrate: false)
            lastResult = r
            item += 1
            waiting = .nothing
            return "\n" + LessonText.skipped("this command") + "$ \(line)\n" + r.text + checkExpects(beat.expects) + proceed()
        case .goal:
            guard case .goal(let beat) = items[item] else { return "" }
            let out = "\n" + LessonText.skippedGoal(beat.goal.text) + reachByItself(beat)
            item += 1
            waiting = .nothing
            return out + proceed()
        case .question:
            guard case .question(let q) = items[item] else { return "" }
            let key = lesson.questionKey(step: step, item: item)
            progress.answers[key] = RecordedAnswer(given: nil, correct: false)
            save()
            item += 1
            waiting = .nothing
            if q.isPrediction {
                pendingPredictions.append((key, q))
                return proceed()
            }
            return "The answer is \(Self.shownAnswer(q)).\n" + LessonText.explanation(q.explanation) + proceed()
        case .stepDone, .finished, .nothing:
            return next()
        }
    }
}
