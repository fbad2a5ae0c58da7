import Kubectl
import KubeModel
import LessonKit

/// How a session finds lessons and keeps progress (`--lessons DIR`, `--instructor`).
public struct LessonOptions: Sendable, Equatable {
    /// Folders of lessons added to the built-in course.
    public var folders: [String]
    /// Notes shown, goals never block `next`, `goto STEP` and `reset` allowed.
    public var instructor: Bool
    /// Where `progress.json` is kept; nil keeps progress in memory only (scripts, tests).
    public var progressDirectory: String?
    public init(folders: [String] = [], instructor: Bool = false, progressDirectory: String? = nil) {
        self.folders = folders; self.instructor = instructor; self.progressDirectory = progressDirectory
    }
}

/// The lesson commands at the prompt — `lessons`, `lesson NAME`, `next`, `back`, `hint`,
/// `solution`, `skip`, `restart`, `answer`, `lesson quit`, `progress` (and, for
/// instructors, `goto` and `reset`) — and the lesson that is running, if any.
final class LessonShell {
    let options: LessonOptions
    /// Read again for `lessons` and `lesson NAME`, so an author sees their edits.
    private(set) lazy var catalog = LessonCatalog.load(folders: options.folders)
    let store: any ProgressStorage
    var progress: ProgressFile
    /// Shown with the next lesson output (a progress file that could not be read).
    var warning: String?
    var run: LessonRun?

    static let passWhileAnswering: Set<String> = ["kubectl", "k", "help", "exit", "quit", "clock", "decisions", "why", "map", "tree", "timeline"]
    static let commandWords = ["lessons", "lesson", "next", "back", "hint", "solution", "skip", "restart", "answer", "progress", "goto"]

    init(options: LessonOptions, store: (any ProgressStorage)? = nil) {
        self.options = options
        self.store = store ?? options.progressDirectory.map { DirectoryProgressStore(directory: $0) } ?? MemoryProgressStore()
        (progress, warning) = self.store.load()
    }

    var promptPrefix: String { run.map { "[\($0.promptTag)] " } ?? "" }

    // MARK: dispatch

    /// The reply to a lesson command, or nil for a line the session runs itself.
    func intercept(_ line: String, session: Session) -> LineResult? {
        guard let words = try? ShellWords.split(line), let first = words.first else { return nil }
        let rest = Array(words.dropFirst())
        // With a question open, a line is its answer, unless it looks (kubectl, `map` …) or is
        // a lesson command; commands that move the clock wait until it is answered.
        if let run, run.isAnswering, !Self.commandWords.contains(first), first != "reset" {
            if Self.passWhileAnswering.contains(first) { return nil }
            if SimCommand(rawValue: first) != nil {
                return reply("Answer the question first (or `skip` it): the lesson is about to show what happens.\n")
            }
            return reply(run.answer(line))
        }
        switch first {
        case "lessons":
            catalog = LessonCatalog.load(folders: options.folders)
            return reply(list())
        case "lesson":
            if rest.first != "quit" { catalog = LessonCatalog.load(folders: options.folders) }
            return reply(lessonCommand(rest, session: session))
        case "progress": return progressCommand(rest)
        case "next", "back", "hint", "solution", "skip", "restart", "answer", "goto":
            guard let run else { return LineResult(errorOutput: Self.noLesson, failed: true) }
            if ["next", "hint", "solution", "skip"].contains(first), let reached = run.recheck() { return reply(reached) }
            switch first {
            case "next": return reply(run.next())
            case "back": return reply(run.back())
            case "hint": return reply(run.hint())
            case "solution": return reply(run.solution())
            case "skip": return reply(run.skip())
            case "restart": return reply(run.restart())
            case "goto": return reply(run.goto(rest.first ?? ""))
            default: return reply(run.answer(String(line.trimmingSpaces.dropFirst("answer".count))))
            }
        case "reset":
            guard let run else { return nil }
            if options.instructor { return reply(run.reset()) }
            return reply("In a lesson, `restart` starts this step again and `lesson quit` leaves the lesson; `reset` would throw its cluster away.\n")
        default:
            return nil
        }
    }

    /// After a line the session ran: the lesson's reaction, after the command's own output.
    func after(_ line: String, _ result: LineResult) -> LineResult {
        guard let run else { return result }
        let said = run.observe(line: line, result: HostResult(output: result.output, errorOutput: result.errorOutput, failed: result.failed))
        var r = result
        // Keep the order the learner reads: errors print after output, so follow them.
        if r.errorOutput.isEmpty { r.output += said } else { r.errorOutput += said }
        return r
    }

    func reply(_ text: String, failed: Bool = false) -> LineResult {
        let w = warning ?? ""
        warning = nil
        return LineResult(output: w + text, failed: failed)
    }

    static let noLesson = "error: no lesson is running; `lessons` lists them, `lesson NAME` starts one\n"

    // MARK: lessons, lesson NAME, lesson quit

    func list() -> String {
        guard !catalog.entries.isEmpty else { return "No lessons found.\n" }
        let width = catalog.entries.map(\.id.count).max() ?? 0
        let titleWidth = catalog.entries.map(\.lesson.title.count).max() ?? 0
        var out = "The course (✓ finished):\n"
        for e in catalog.entries {
            let p = progress.lessons[e.id]
            let mark = !e.isValid ? "!" : p?.finished == true ? "✓" : " "
            var line = "  \(mark) " + e.id.padded(to: width) + "   "
            if e.isValid {
                line += e.lesson.title.padded(to: titleWidth)
                if let m = e.lesson.minutes { line += "   \(m) min" }
                if let p, !p.finished, p.step > 1 { line += "   (at step \(p.step) of \(e.lesson.steps.count))" }
            } else {
                line += "has mistakes: kubetutor lint \(e.path)"
            }
            out += line.trimmingTrailingSpaces + "\n"
        }
        return out + "Start one with `lesson NAME`.\n"
    }

    func lessonCommand(_ args: [String], session: Session) -> String {
        guard let name = args.first else {
            if let run { return "In lesson \(run.lesson.id), step \(run.step + 1) of \(run.stepCount). `lesson quit` leaves it.\n" }
            return "usage: lesson NAME (`lessons` lists them), lesson quit\n"
        }
        if name == "quit" {
            guard let run else { return "No lesson is running.\n" }
            self.run = nil
            session.installCluster(session.sim, files: session.files)
            return "You left \(run.lesson.id); your progress is saved. The cluster stays as it is. `lesson \(run.lesson.id)` comes back.\n"
        }
        guard let entry = catalog.find(name) else {
            return "No lesson named \"\(name)\"" + (Suggest.closest(name, among: catalog.ids).map { " (did you mean \"\($0)\"?)" } ?? "")
                + ". `lessons` lists them.\n"
        }
        guard entry.isValid else {
            return "Lesson \(entry.id) has mistakes and cannot start:\n" + entry.diagnostics.map { "  " + $0.rendered(file: entry.path) + "\n" }.joined()
        }
        let fresh = args.dropFirst().contains("--fresh")
        if fresh { progress.lessons[entry.id] = nil; save() }
        var saved = progress[entry.id]
        var notice = ""
        let missing = entry.lesson.after.filter { progress.lessons[$0]?.finished != true && catalog.find($0) != nil }
        if !missing.isEmpty && !saved.finished {
            notice = "(This lesson comes after \(missing.joined(separator: ", ")), not finished yet; starting anyway.)\n\n"
        }
        // A finished lesson opens in review mode; instructors start it from the top.
        let review = saved.finished && !options.instructor
        if saved.finished { saved.step = 1 }
        let run = LessonRun(lesson: entry.lesson, host: session,
                            files: LessonFiles(folder: entry.lesson.folder, fallback: session.files),
                            options: LessonRun.Options(instructor: options.instructor, review: review), progress: saved)
        let id = entry.id
        run.onProgress = { [weak self] p in
            guard let self else { return }
            self.progress[id] = p
            self.save()
        }
        self.run = run
        var out = notice + run.start()
        if review { out += "\n(`lesson \(id) --fresh` starts it over as new.)\n" }
        return out
    }

    // MARK: progress

    func save() {
        do { try store.save(progress) } catch { warning = (warning ?? "") + "warning: could not save progress: \(error.message)\n" }
    }

    func progressCommand(_ args: [String]) -> LineResult {
        func path(_ flag: String) -> String? {
            if let i = args.firstIndex(of: flag), i + 1 < args.count { return args[i + 1] }
            return args.first { $0.hasPrefix(flag + "=") }.map { String($0.dropFirst(flag.count + 1)) }
        }
        if let file = path("--export") {
            do { try ProgressCoding.export(progress, to: file) } catch { return LineResult(errorOutput: "error: \(error.message)\n", failed: true) }
            return reply("progress for \(progress.lessons.count) \(progress.lessons.count == 1 ? "lesson" : "lessons") written to \(file)\n")
        }
        if let file = path("--import") {
            let imported: ProgressFile
            do { imported = try ProgressCoding.importFile(file) } catch { return LineResult(errorOutput: "error: \(error.message)\n", failed: true) }
            progress.merge(imported)
            save()
            return reply("progress for \(imported.lessons.count) \(imported.lessons.count == 1 ? "lesson" : "lessons") imported from \(file)\n")
        }
        guard args.isEmpty else { return LineResult(errorOutput: "error: usage: progress [--export FILE | --import FILE]\n", failed: true) }
        guard !progress.lessons.isEmpty else { return reply("No progress yet: `lessons` lists the course.\n") }
        var out = ""
        for id in progress.lessons.keys.sorted() {
            let p = progress.lessons[id]!
            let steps = catalog.find(id)?.lesson.steps.count
            let questions = catalog.find(id)?.lesson.questions.count ?? p.answers.count
            var line = "  \(p.finished ? "✓" : " ") \(id): "
            line += p.finished ? "finished" : "at step \(p.step)" + (steps.map { " of \($0)" } ?? "")
            if questions > 0 { line += ", \(p.score) of \(questions) questions right" }
            out += line + "\n"
        }
        return reply(out)
    }
}

extension String {
    func padded(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}

extension LessonOptions {
    /// What the program runs with: progress kept in `$XDG_STATE_HOME/kubetutor/`
    /// (`~/.local/state/kubetutor/` by default).
    public static func forUser(folders: [String], instructor: Bool, environment: [String: String]) -> LessonOptions {
        LessonOptions(folders: folders, instructor: instructor, progressDirectory: ProgressLocation.directory(environment: environment))
    }
}
