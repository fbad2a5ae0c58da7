import Kubectl

/// A mistake in a lesson file, at a line. Rendered as a compiler would:
/// `pods-are-mortal.lesson:12: unknown directive 'expct' (did you mean 'expect'?)`.
public struct LessonDiagnostic: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public init(line: Int, _ message: String) { self.line = line; self.message = message }
    public func rendered(file: String) -> String { "\(file):\(line): \(message)" }
    public var description: String { "\(line): \(message)" }
}

/// Every message the parser and linter can give, worded in one place.
enum Diagnose {
    static func didYouMean(_ word: String, _ candidates: [String]) -> String {
        guard let s = Suggest.closest(word, among: candidates), s != word else { return "" }
        return " (did you mean '\(s)'?)"
    }

    // Structure
    static let emptyFile = "the file is empty: a lesson starts with its title, `# Title`"
    static let missingTitle = "a lesson starts with its title on the first line: `# Title`"
    static let secondTitle = "a lesson has one `#` title; steps start with `##`"
    static func deepHeading(_ hashes: Int) -> String {
        "headings are `#` (the title) and `##` (a step); `\(String(repeating: "#", count: hashes))` is not one"
    }
    static let emptyStepTitle = "a step needs a title after `##`"
    static let noSteps = "the lesson has no steps: start one with `## Step title`"
    static let unterminatedFence = "this ``` block is never closed"

    // Front matter
    static func unknownKey(_ key: String) -> String {
        "unknown front matter key '\(key)'" + didYouMean(key, LessonSyntax.frontMatterKeys)
            + "; known keys: " + LessonSyntax.frontMatterKeys.joined(separator: ", ")
    }
    static func duplicateKey(_ key: String) -> String { "'\(key)' is given twice" }
    static func keyInBody(_ key: String) -> String { "'\(key):' belongs in the front matter, right under the title" }
    static func missingKey(_ key: String) -> String { "the front matter needs '\(key):'" }
    static func badID(_ id: String) -> String {
        "id '\(id)' must be lowercase letters, digits and dashes, starting with a letter"
    }
    static func idMismatch(_ id: String, file: String) -> String {
        "id '\(id)' does not match the file name '\(file)'; name the file '\(id).lesson'"
    }
    static func duplicateID(_ id: String, other: String) -> String {
        "id '\(id)' is also the id of \(other); every lesson needs its own"
    }
    static func badMinutes(_ v: String) -> String { "minutes must be a whole number, not '\(v)'" }
    static func badSeed(_ v: String) -> String { "seed must be a whole number, not '\(v)'" }
    static func badCluster(_ v: String) -> String { "cluster must read like '3 nodes' (1 to 100), not '\(v)'" }
    static func badPrerequisite(_ v: String) -> String { "'after:' lists lesson ids separated by commas; '\(v)' is not one" }
    static func unknownPrerequisite(_ id: String, known: [String]) -> String {
        "'after:' names an unknown lesson '\(id)'" + didYouMean(id, known)
    }
    static func badImage(_ detail: String) -> String {
        "image: \(detail); write for example `image: shop:v2 crashes after 3s` or `image: shop:v1 serves port 8080, pull 2s`"
    }

    // Directives
    static func unknownDirective(_ word: String) -> String {
        "unknown directive '\(word)'" + didYouMean(word, LessonSyntax.directives + LessonSyntax.questionFields)
    }
    static func questionFieldOutside(_ word: String) -> String {
        "'\(word):' belongs to a question: indent it under its `?` line"
    }
    static let hintWithoutBeat = "a hint follows the `$` command or `goal:` it helps with"
    static let solutionWithoutGoal = "'solution:' follows the `goal:` it reaches"
    static let expectWithoutCommand = "'expect:' follows the `$` command or `!` action whose result it checks"
    static func emptyDirective(_ word: String) -> String { "'\(word):' needs some text after it" }
    static let outsideStep = "commands, actions, goals and questions go inside a step (`## Step title`)"

    // Questions
    static let emptyQuestion = "a question needs its text after `?`"
    static let questionNeedsExplain = "every question needs 'explain:': the learner reads it after answering"
    static let questionNeedsAnswer = "a question needs choices (`* right`, `- wrong`) or 'answer:'"
    static let questionBothKinds = "a question has either choices or 'answer:', not both"
    static let choicesNeedRight = "mark the right choice with `*`"
    static let choicesNeedTwo = "a multiple-choice question needs at least two choices"
    static let tooManyChoices = "at most 26 choices (A to Z)"
    static let checkOnlyForPredictions = "'check:' is for predictions (`? predict:`): it shows what the cluster says"
    static let predictionNeedsAction = "a prediction needs a lesson action (`!`) after it in the same step, to run what it predicts"
    static func unknownQuestionField(_ word: String) -> String {
        "unknown question field '\(word)'" + didYouMean(word, LessonSyntax.questionFields)
    }
    static func duplicateField(_ word: String) -> String { "'\(word):' is given twice in this question" }
    static let choiceOutsideQuestion = "a choice (`* …`/`- …`) must be indented under its `?` line"

    // Commands
    static let emptyCommand = "a `$` line needs a command after it"
    static let emptyAction = "a `!` line needs an action after it"
    static func unterminatedQuote(_ line: String) -> String { "unterminated quote in `\(line)`" }
    static func notALearnerCommand(_ word: String) -> String {
        "`\(word)` is not something a learner can type here; use a kubectl command or one of: "
            + LessonSyntax.learnerSimCommands.joined(separator: ", ")
    }
    static func notAnAction(_ word: String) -> String {
        "a lesson can only act through " + LessonSyntax.actionWords.joined(separator: ", ")
            + " and kubectl; `\(word)` is not one" + didYouMean(word, LessonSyntax.actionWords + ["kubectl"])
    }
    static func unknownKubectlVerb(_ verb: String) -> String {
        "unknown kubectl command '\(verb)'" + didYouMean(verb, Kubectl.verbs)
    }
    static func actionUsage(_ usage: String) -> String { "usage: \(usage)" }
    static func badDuration(_ text: String) -> String { "'\(text)' is not a duration (30s, 5m, 1h30m)" }
    static func fileOutsideFolder(_ path: String) -> String {
        "'\(path)' is outside the lesson's folder: a lesson may only use files in its own folder"
    }
    static func missingFile(_ path: String) -> String { "'\(path)' does not exist in the lesson's folder" }

    // Placeholders
    static func badPlaceholder(_ text: String) -> String {
        "unknown placeholder {\(text)}; known: {node of pod/NAME}, {node of any pod labelled KEY=VALUE}, "
            + "{pod labelled KEY=VALUE}, {replicaset of deployment/NAME}"
    }
    static let unclosedPlaceholder = "a placeholder `{…` is never closed with `}`"
}

/// The words of the format, for suggestions and checks.
public enum LessonSyntax {
    public static let frontMatterKeys = ["id", "summary", "minutes", "after", "cluster", "seed", "image", "setup", "apply"]
    public static let directives = ["goal", "hint", "solution", "expect", "note"]
    public static let questionFields = ["answer", "explain", "check"]
    /// What a lesson may do to the cluster itself: the simulation's own commands, never the host's.
    public static let actionWords = ["advance", "settle", "step", "node"]
    /// Simulation commands a `$` line may ask the learner to type.
    /// Whether a prose line starting `word:` is meant as a directive: a known word, or one a
    /// typo away from one (`expct:`, `hnit:`). Other words are prose ("Remember: …").
    public static func looksLikeDirective(_ word: String, among known: [String]) -> Bool {
        if known.contains(word) { return true }
        let nearest = known.map { typoDistance(word, $0) }.min() ?? 99
        return nearest <= 1 && word.count >= 3 || nearest == 2 && word.count >= 5
    }

    /// Edit distance where swapping two neighbours counts once (`hnit` is one typo from
    /// `hint`): the optimal string alignment distance.
    static func typoDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
    static var bodyWords: [String] { directives + questionFields + frontMatterKeys }
    static var questionWords: [String] { questionFields + directives }

    public static let learnerSimCommands = ["advance", "settle", "step", "clock", "node", "decisions", "why", "map", "tree", "timeline", "explain"]
}
