/// One lesson, as read from its `.lesson` file: front matter, an introduction, and steps.
///
/// Everything keeps the line it came from, so the linter and the playback test can point
/// an author at `pods-are-mortal.lesson:23`.
public struct Lesson: Sendable {
    public var id: String = ""
    public var title: String = ""
    /// The one-line summary the course list shows.
    public var summary: String = ""
    public var minutes: Int? = nil
    /// Lessons to take first (`after: what-is-a-pod`).
    public var after: [String] = []
    public var cluster = ClusterSetup()
    /// Instructor notes, prose and code before the first step.
    public var intro: [Item] = []
    public var steps: [Step] = []
    /// The file as it was named when read, and the folder whose files it may use.
    public var file: String = ""
    public var folder: String = ""

    public init() {}

    /// Every question in lesson order, with the key progress files store its answer under.
    public var questions: [(key: String, question: Question)] {
        var all: [(String, Question)] = []
        for (s, step) in steps.enumerated() {
            var n = 0
            for item in step.items {
                if case .question(let q) = item { n += 1; all.append(("\(s + 1).\(n)", q)) }
            }
        }
        return all
    }

    /// The answer key of the question at `item` of step `step` (0-based): `"2.1"`.
    public func questionKey(step: Int, item: Int) -> String {
        var n = 0
        for (i, it) in steps[step].items.enumerated() where i <= item {
            if case .question = it { n += 1 }
        }
        return "\(step + 1).\(n)"
    }
}

public struct Step: Sendable {
    public var title: String
    public var line: Int
    public var items: [Item] = []
    public init(title: String, line: Int) { self.title = title; self.line = line }
}

/// A piece of a step, in the order the file gives them.
public enum Item: Sendable {
    /// A paragraph of narration, its lines as written.
    case prose(String)
    /// A preformatted block (indented or fenced): YAML, output, a diagram.
    case code(String)
    /// `$ kubectl …`: the learner types this (or an equivalent spelling).
    case command(CommandBeat)
    /// `! node crash …`: the lesson acts on the cluster itself.
    case action(ActionBeat)
    /// `goal: …`: a state of the cluster the learner reaches by any route.
    case goal(GoalBeat)
    case question(Question)
    /// `note: …`: shown only in instructor mode.
    case note(String)
}

/// A line of the lesson that runs something: the text as written (placeholders unresolved)
/// and where it came from.
public struct LessonLine: Sendable, Equatable {
    public var text: String
    public var line: Int
    public init(_ text: String, line: Int) { self.text = text; self.line = line }
}

/// A condition written in the lesson, kept with its source text for display.
public struct WrittenCondition: Sendable {
    public var text: String
    public var line: Int
    public var condition: Condition
}

public struct CommandBeat: Sendable {
    public var command: LessonLine
    /// Progressive hints, shown one per `hint`.
    public var hints: [String] = []
    /// Checked right after the command runs (the playback test fails when one does not hold).
    public var expects: [WrittenCondition] = []
}

public struct ActionBeat: Sendable {
    public var command: LessonLine
    public var expects: [WrittenCondition] = []
}

public struct GoalBeat: Sendable {
    public var goal: WrittenCondition
    public var hints: [String] = []
    /// Lines that reach the goal, for `solution`, `skip` and the playback test.
    public var solution: [LessonLine] = []
}

public struct Question: Sendable {
    public struct Choice: Sendable, Equatable {
        public var text: String
        public var correct: Bool
    }
    public enum Kind: Sendable {
        case choices([Choice])
        /// Accepted spellings; the first is the one shown as the answer.
        case typed([String])
    }
    public var line: Int
    public var text: String
    /// `? predict:` — asked before the lesson acts, revealed after.
    public var isPrediction: Bool
    public var kind: Kind
    public var explanation: String
    /// For predictions: what the cluster shows when the answer is revealed.
    public var check: WrittenCondition? = nil
}

/// The cluster a lesson starts on.
public struct ClusterSetup: Sendable {
    public var nodes = 3
    public var seed: UInt64 = 1
    /// Images the lesson adds to the simulated registry.
    public var images: [ImageSpec] = []
    /// Run in order before the lesson starts (`apply: web.yaml` becomes `kubectl apply -f web.yaml`).
    public var setup: [LessonLine] = []
    public init() {}
}
