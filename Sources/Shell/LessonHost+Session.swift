import ClusterSim
import Kubectl
import LessonKit

/// The session is what lessons run on: they read its cluster and run lines through it, as
/// if typed at the prompt.
extension Session: LessonHost {
    public var simulation: Simulation { sim }

    public func install(_ simulation: Simulation, files: FileSource) {
        installCluster(simulation, files: files)
    }

    public func execute(_ line: String, narrate: Bool) -> HostResult {
        let was = explain
        if narrate { explain = true }
        defer { explain = was }
        let r = dispatch(line: line)
        return HostResult(output: r.output, errorOutput: r.errorOutput, failed: r.failed)
    }
}

extension Session {
    /// The lesson machinery, made on first use with the session's lesson options.
    var lessons: LessonShell {
        if let l = lessonState { return l }
        let l = LessonShell(options: options.lessons)
        lessonState = l
        return l
    }

    /// `[pods-are-mortal 2/3] ` while a lesson runs.
    var lessonPromptPrefix: String { lessonState?.promptPrefix ?? "" }

    /// Lesson commands first; every other line runs as usual, and then the lesson looks at
    /// what it did (was it the command asked for? is the goal reached?).
    func dispatchWithLessons(line: String) -> LineResult {
        if let r = lessons.intercept(line, session: self) { return r }
        let result = dispatch(line: line)
        return lessons.after(line, result)
    }

    /// Lesson words and lesson names; nil when the line is not about lessons.
    func lessonCompletions(before: String, word: String) -> [String]? {
        let words = before.split(separator: " ").map(String.init)
        if words.isEmpty {
            let shell = Completer(sim: sim, listDirectory: DiskFiles.list).candidates(before: before, word: word)
            return Array(Set(shell + LessonShell.commandWords.filter { $0.hasPrefix(word) })).sorted()
        }
        switch words[0] {
        case "lesson" where words.count == 1:
            return (lessons.catalog.ids + ["quit"]).filter { $0.hasPrefix(word) }.sorted()
        case "progress" where words.count == 1:
            return ["--export", "--import"].filter { $0.hasPrefix(word) }
        case _ where LessonShell.commandWords.contains(words[0]):
            return []
        default:
            return nil
        }
    }
}
