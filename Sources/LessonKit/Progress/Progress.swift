/// What a learner has done, per lesson: the step to come back to, the answers given, and
/// whether the lesson is finished. Saved as JSON (`progress.json`), and what
/// `progress --export` writes and `--import` reads.
public struct ProgressFile: Codable, Sendable, Equatable {
    public var version: Int = 1
    public var lessons: [String: LessonProgress] = [:]
    public init() {}

    public subscript(id: String) -> LessonProgress {
        get { lessons[id] ?? LessonProgress() }
        set { lessons[id] = newValue }
    }

    /// Another file's lessons laid over these (the imported entry wins for the same lesson).
    public mutating func merge(_ other: ProgressFile) {
        for (id, p) in other.lessons { lessons[id] = p }
    }
}

public struct LessonProgress: Codable, Sendable, Equatable {
    /// The step to resume at, from 1.
    public var step: Int = 1
    public var finished: Bool = false
    /// By question key (`"2.1"`: step 2, its first question).
    public var answers: [String: RecordedAnswer] = [:]
    public init() {}

    public var score: Int { answers.values.filter(\.correct).count }
}

public struct RecordedAnswer: Codable, Sendable, Equatable {
    /// What the learner typed, or nil when they skipped the question.
    public var given: String?
    public var correct: Bool
    public init(given: String?, correct: Bool) { self.given = given; self.correct = correct }
}
