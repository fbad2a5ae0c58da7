/// Reads a `.lesson` file. It never stops at the first mistake: it reports every one it can
/// find, each with its line, and still returns as much of the lesson as it understood.
///
/// The format, line by line (`Lessons/README.md` teaches it by example):
/// - `# Title` first, then `key: value` front matter up to the first blank line;
/// - `## Title` starts a step; everything else is prose, kept as written;
/// - `$ …` (at any indent) is a command the learner types; `! …` an action the lesson takes;
/// - `goal:`, `hint:`, `solution:`, `expect:`, `note:` at the start of a line are directives,
///   and their text may go on over lines indented by two spaces; another lowercase word and a
///   colon is prose, unless it is a typo away from a directive (`expct:`), which is reported;
/// - `? …` (or `? predict: …`) opens a question, its choices and fields indented under it;
/// - lines indented four spaces after a blank line, or between ``` fences, are a code block.
public enum LessonParser {
    public struct Output: Sendable {
        public var lesson: Lesson
        public var diagnostics: [LessonDiagnostic]
        public var isValid: Bool { diagnostics.isEmpty }
    }

    /// `file` is the name used in messages; `folder` is the lesson's folder, and `fileExists`
    /// answers for paths relative to it (so parsing itself does no I/O).
    public static func parse(_ text: String, file: String, folder: String,
                             fileExists: @escaping (String) -> Bool = { _ in false }) -> Output {
        var p = Parser(text: text, file: file, fileExists: fileExists)
        p.lesson.file = file
        p.lesson.folder = folder
        p.run()
        return Output(lesson: p.lesson, diagnostics: p.diagnostics.sorted { $0.line < $1.line })
    }
}

/// One line of the file with what the parser needs to know about its shape.
struct SourceLine {
    var number: Int
    var raw: String
    var text: String      // trimmed
    var indent: Int       // leading spaces, a tab counting as four
    var isBlank: Bool { text.isEmpty }

    init(_ raw: Substring, number: Int) {
        var r = String(raw)
        if r.hasSuffix("\r") { r.removeLast() }
        self.raw = r
        self.number = number
        self.text = r.trimmingSpaces
        var n = 0
        for ch in r { if ch == " " { n += 1 } else if ch == "\t" { n += 4 } else { break } }
        self.indent = n
    }

    /// `word: rest` with a lowercase word (dashes allowed) at the start: a directive or key.
    var directive: (word: String, rest: String)? {
        guard indent == 0, let colon = text.firstIndex(of: ":") else { return nil }
        let word = text[..<colon]
        guard let first = word.first, first.isLowercase, first.isLetter,
              word.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0 == "-" }) else { return nil }
        let after = text[text.index(after: colon)...]
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        return (String(word), String(after).trimmingSpaces)
    }
}

struct Parser {
    var lines: [SourceLine]
    let file: String
    let fileExists: (String) -> Bool
    var lesson = Lesson()
    var diagnostics: [LessonDiagnostic] = []
    var i = 0

    init(text: String, file: String, fileExists: @escaping (String) -> Bool) {
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { SourceLine($1, number: $0 + 1) }
        if lines.last?.isBlank == true && text.hasSuffix("\n") { lines.removeLast() }
        self.file = file
        self.fileExists = fileExists
    }

    mutating func error(_ line: Int, _ message: String) { diagnostics.append(LessonDiagnostic(line: line, message)) }

    mutating func run() {
        while i < lines.count, lines[i].isBlank { i += 1 }
        guard i < lines.count else { error(1, Diagnose.emptyFile); return }
        if lines[i].indent == 0, lines[i].text.hasPrefix("# ") {
            lesson.title = String(lines[i].text.dropFirst(2)).trimmingSpaces
            i += 1
        } else {
            error(lines[i].number, Diagnose.missingTitle)
        }
        var front = FrontMatter()
        front.read(&self)
        var body = Body()
        body.read(&self)
        front.validate(&self)
        for step in lesson.steps {
            for (k, item) in step.items.enumerated() {
                guard case .question(let q) = item, q.isPrediction else { continue }
                let acts = step.items[(k + 1)...].contains { if case .action = $0 { return true } else { return false } }
                if !acts { error(q.line, Diagnose.predictionNeedsAction) }
            }
        }
        if lesson.steps.isEmpty { error(max(1, lines.last?.number ?? 1), Diagnose.noSteps) }
    }
}
