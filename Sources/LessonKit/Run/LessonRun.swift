import ClusterSim
import Kubectl

/// One learner going through one lesson: where they are, what the lesson waits for, and
/// what it says. It returns text and never prints; the host runs every line.
///
/// The lesson moves through a step's items in order. Prose is shown; `!` actions run at
/// once, their controller decisions narrated; and it stops to wait at a `$` command (until
/// the learner types it in any equivalent spelling — or reaches the goal that follows it by
/// another route), at a goal (until the cluster satisfies it, checked after every command),
/// and at a question (until it is answered). A prediction is revealed once the actions after
/// it have run. At the end of a step it waits for `next`.
public final class LessonRun {
    public enum Waiting: Sendable, Equatable { case nothing, command, goal, question, stepDone, finished }

    public struct Options: Sendable, Equatable {
        /// Notes shown, goals never block `next`, `goto` and `reset` allowed.
        public var instructor: Bool
        /// A finished lesson: the lesson performs each step itself; nothing waits but `next`.
        public var review: Bool
        public init(instructor: Bool = false, review: Bool = false) { self.instructor = instructor; self.review = review }
    }

    public let lesson: Lesson
    public let options: Options
    unowned let host: any LessonHost
    let files: FileSource
    public internal(set) var step = 0
    var item = 0
    public internal(set) var waiting = Waiting.nothing
    var hintsShown = 0
    /// Placeholders resolved so far: each names the same thing for the rest of the run.
    var memo: [Placeholder: String] = [:]
    public internal(set) var progress: LessonProgress
    var pendingPredictions: [(key: String, question: Question)] = []
    var lastResult = HostResult()
    /// Expectations, checks and actions that did not come out as the lesson says, as
    /// `file:line: message` (the playback test fails on any).
    public internal(set) var failures: [String] = []
    /// The command the lesson waits for, placeholders filled in.
    public internal(set) var currentCommand: String?
    /// Called whenever progress changes, to save it.
    public var onProgress: ((LessonProgress) -> Void)?

    public init(lesson: Lesson, host: any LessonHost, files: FileSource, options: Options = Options(),
                progress: LessonProgress = LessonProgress()) {
        self.lesson = lesson
        self.host = host
        self.files = files
        self.options = options
        self.progress = progress
    }

    public var stepCount: Int { lesson.steps.count }
    /// `pods-are-mortal 2/3`, for the prompt.
    public var promptTag: String { "\(lesson.id) \(step + 1)/\(stepCount)\(options.review ? " review" : "")" }
    public var isAnswering: Bool { waiting == .question }

    // MARK: starting

    /// Builds the lesson's cluster and shows the start, or resumes at the saved step.
    public func start() -> String {
        var out = LessonText.header(lesson)
        out += buildCluster()
        let resumeAt = options.review ? 0 : max(0, min(progress.step - 1, stepCount - 1))
        if options.review { out += "\n" + LessonText.reviewing }
        if resumeAt > 0 {
            fastForward(to: resumeAt)
            out += "\n" + LessonText.resumed(at: resumeAt + 1)
        } else {
            out += renderStatic(lesson.intro)
        }
        return out + enterStep(resumeAt)
    }

    /// A fresh cluster as the front matter describes it, with the setup lines run.
    func buildCluster() -> String {
        var config = SimulationConfig()
        config.catalogue = config.catalogue.adding(lesson.cluster.images)
        host.install(Simulation(nodes: lesson.cluster.nodes, seed: lesson.cluster.seed, config: config), files: files)
        memo = [:]
        pendingPredictions = []
        lastResult = HostResult()
        var out = ""
        for line in lesson.cluster.setup {
            let r = host.execute(line.text, narrate: false)
            if r.failed {
                fail(line.line, "setup failed: `\(line.text)`: \(r.text.trimmingSpaces)")
                out += "\n(The lesson's setup `\(line.text)` failed: \(r.text.trimmingSpaces))\n"
            }
        }
        return out
    }

    func enterStep(_ n: Int) -> String {
        step = n
        item = 0
        hintsShown = 0
        waiting = .nothing
        if !options.review && progress.step != n + 1 { progress.step = n + 1; save() }
        return "\n" + LessonText.stepHeading(n + 1, of: stepCount, lesson.steps[n].title) + proceed()
    }

    func renderStatic(_ items: [Item]) -> String {
        var out = ""
        for item in items {
            switch item {
            case .prose(let t): out += "\n" + t + "\n"
            case .code(let t): out += "\n" + Self.indent(t) + "\n"
            case .note(let t): if options.instructor { out += "\n" + LessonText.note(t) }
            default: break
            }
        }
        return out
    }

    static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    }

    // MARK: moving through a step

    /// Shows and runs items from the current one until something waits or the step ends.
    func proceed() -> String {
        var out = ""
        let items = lesson.steps[step].items
        while item < items.count {
            switch items[item] {
            case .prose, .code, .note:
                out += renderStatic([items[item]])
            case .command(let beat):
                if options.review { out += autoplay(beat); break }
                switch resolve(beat.command.text) {
                case .success(let line):
                    currentCommand = line
                    hintsShown = 0
                    waiting = .command
                    return out + "\n" + LessonText.yourTurn(line)
                case .failure(let p):
                    fail(beat.command.line, p.message)
                    out += "\n" + LessonText.unresolved(p)
                }
            case .goal(let beat):
                if holds(beat.goal) { out += "\n" + LessonText.goalReached(beat.goal.text); break }
                if options.review { out += "\n" + LessonText.goal(beat.goal.text) + reachByItself(beat); break }
                hintsShown = 0
                waiting = .goal
                return out + "\n" + LessonText.goal(beat.goal.text)
            case .question(let q):
                let key = lesson.questionKey(step: step, item: item)
                if let recorded = progress.answers[key] {
                    out += "\n" + LessonText.question(q, asking: false) + LessonText.recorded(recorded.given, correct: recorded.correct)
                    if q.isPrediction { pendingPredictions.append((key, q)) } else { out += LessonText.explanation(q.explanation) }
                    break
                }
                if options.review {
                    out += "\n" + LessonText.question(q, asking: false)
                    if q.isPrediction { pendingPredictions.append((key, q)) } else {
                        out += "The answer is \(Self.shownAnswer(q)).\n" + LessonText.explanation(q.explanation)
                    }
                    break
                }
                hintsShown = 0
                waiting = .question
                return out + "\n" + LessonText.question(q)
            case .action(let beat):
                out += runAction(beat)
                let nextIsAction: Bool
                if item + 1 < items.count, case .action = items[item + 1] { nextIsAction = true } else { nextIsAction = false }
                if !nextIsAction { out += revealPredictions() }
            }
            item += 1
        }
        return out + finishStep()
    }

    func finishStep() -> String {
        var out = revealPredictions()
        currentCommand = nil
        if step == stepCount - 1 {
            waiting = .finished
            if !progress.finished && !options.review { progress.finished = true; save() }
            out += "\n" + LessonText.lessonDone(lesson, score: progress.score, questions: lesson.questions.count)
        } else {
            waiting = .stepDone
            // A finished step resumes at the next one.
            if !options.review && progress.step < step + 2 { progress.step = step + 2; save() }
            out += "\n" + LessonText.stepDone(step + 1)
        }
        return out
    }

    func runAction(_ beat: ActionBeat) -> String {
        switch resolve(beat.command.text) {
        case .failure(let p):
            fail(beat.command.line, p.message)
            return "\n" + LessonText.unresolved(p)
        case .success(let line):
            let r = host.execute(line, narrate: true)
            lastResult = r
            if r.failed && !beat.expects.contains(where: \.expectsFailure) {
                fail(beat.command.line, "the action `\(line)` failed: \(r.text.trimmingSpaces)")
            }
            return "\n" + LessonText.lessonRuns(line) + r.text + checkExpects(beat.expects)
        }
    }

    /// Review mode: the lesson types the command itself.
    func autoplay(_ beat: CommandBeat) -> String {
        guard case .success(let line) = resolve(beat.command.text) else { return "" }
        let r = host.execute(line, narrate: false)
        lastResult = r
        return "\n$ \(line)\n" + r.text
    }

    /// Review mode and `skip`: runs the goal's solution until it holds.
    func reachByItself(_ beat: GoalBeat) -> String {
        var out = ""
        for line in solutionLines(for: beat, at: item) where !holds(beat.goal) {
            let r = host.execute(line, narrate: false)
            lastResult = r
            out += "$ \(line)\n" + r.text
        }
        return out + (holds(beat.goal) ? LessonText.goalReached(beat.goal.text) : LessonText.goalNotReachedBySkip)
    }

    // MARK: after each command the learner types

    /// Called after the host ran a line the learner typed: checks it against the command the
    /// lesson waits for, checks the goal, and carries on when either is met.
    public func observe(line: String, result: HostResult) -> String {
        lastResult = result
        let items = lesson.steps[step].items
        switch waiting {
        case .command:
            guard case .command(let beat) = items[item], let expected = currentCommand else { return "" }
            if CommandMatch.compare(expected: expected, typed: line) == .same {
                let checks = checkExpects(beat.expects)
                item += 1
                waiting = .nothing
                return checks + proceed()
            }
            if let (g, index) = followingGoal(), holds(g.goal) {
                item = index + 1
                waiting = .nothing
                return "\n" + LessonText.goalReached(g.goal.text) + proceed()
            }
            guard case .different(let why) = CommandMatch.compare(expected: expected, typed: line) else { return "" }
            let sameVerb = CanonicalCommand(expected)?.head == CanonicalCommand(line)?.head
            if sameVerb || result.failed || !CommandMatch.isLooking(line) {
                return "\n" + LessonText.correction(expected, why)
            }
            return ""
        case .goal:
            guard case .goal(let beat) = items[item], holds(beat.goal) else { return "" }
            item += 1
            waiting = .nothing
            return "\n" + LessonText.goalReached(beat.goal.text) + proceed()
        default:
            return ""
        }
    }

    /// Time may have passed without a command (the clock follows the wall at the prompt):
    /// a goal reached meanwhile is announced before a lesson command is answered.
    public func recheck() -> String? {
        switch waiting {
        case .goal:
            guard case .goal(let beat) = lesson.steps[step].items[item], holds(beat.goal) else { return nil }
            item += 1
        case .command:
            guard let (g, index) = followingGoal(), holds(g.goal) else { return nil }
            item = index + 1
        default:
            return nil
        }
        waiting = .nothing
        guard case .goal(let beat) = lesson.steps[step].items[item - 1] else { return nil }
        return "\n" + LessonText.goalReached(beat.goal.text) + proceed()
    }

    /// The goal a command beat leads to: the next waiting item, when it is a goal.
    func followingGoal() -> (GoalBeat, Int)? {
        let items = lesson.steps[step].items
        var k = item + 1
        while k < items.count {
            switch items[k] {
            case .prose, .code, .note: k += 1
            case .goal(let g): return (g, k)
            default: return nil
            }
        }
        return nil
    }
}

extension WrittenCondition {
    /// `expect: the command fails` — a failure the lesson means to show.
    var expectsFailure: Bool { condition.clauses.contains(.commandFailed(true)) }
}

extension CommandBeat {
    public var expectsFailure: Bool { expects.contains(where: \.expectsFailure) }
}
