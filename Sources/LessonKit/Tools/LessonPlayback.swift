import Foundation

/// Plays a lesson headless as a model learner would: types each command, reaches each goal
/// with its solution, answers each question from the answer key, and types `next`. The
/// transcript is everything the learner would have read, with what they typed as `$ LINE`.
public enum LessonPlayback {
    public struct Result: Sendable {
        public var transcript: String
        /// Goals not reached, expectations and checks that did not hold, commands that failed.
        public var failures: [String]
    }

    public static func play(_ lesson: Lesson, host: any LessonHost) -> Result {
        let run = LessonRun(lesson: lesson, host: host, files: LessonFiles(folder: lesson.folder))
        var out = run.start()
        var failures: [String] = []
        func type(_ line: String) -> HostResult {
            out += "$ \(line)\n"
            let r = host.execute(line, narrate: false)
            out += r.text
            out += run.observe(line: line, result: r)
            return r
        }
        var turns = 0
        loop: while turns < 10_000 {
            turns += 1
            let items = lesson.steps[run.step].items
            let before = (run.step, run.item)
            switch run.waiting {
            case .command:
                guard let line = run.currentCommand, case .command(let beat) = items[run.item] else { break loop }
                let r = type(line)
                if r.failed && !beat.expectsFailure {
                    failures.append("\(lesson.file):\(beat.command.line): `\(line)` failed: \(r.text.trimmingSpaces)")
                }
                if run.waiting == .command && (run.step, run.item) == before {
                    failures.append("\(lesson.file):\(beat.command.line): typing `\(line)` did not satisfy the step")
                    out += "$ skip\n" + run.skip()
                }
            case .goal:
                guard case .goal(let beat) = items[run.item] else { break loop }
                for line in run.solutionLines(for: beat, at: run.item) {
                    _ = type(line)
                    if run.waiting != .goal || (run.step, run.item) != before { break }
                }
                if run.waiting == .goal && (run.step, run.item) == before {
                    let seen = beat.goal.condition.evaluate(run.context()).summary
                    failures.append("\(lesson.file):\(beat.goal.line): goal not reached: \(beat.goal.text) (the cluster shows: \(seen)); "
                                    + (beat.solution.isEmpty ? "add a `solution:` line that reaches it" : "its solution does not reach it"))
                    out += "$ skip\n" + run.skip()
                }
            case .question:
                guard let q = run.currentQuestion else { break loop }
                let answer = key(q)
                out += "$ answer \(answer)\n" + run.answer(answer)
            case .stepDone:
                out += "$ next\n" + run.next()
            case .finished, .nothing:
                break loop
            }
        }
        return Result(transcript: out, failures: failures + run.failures)
    }

    /// The answer key: the first right choice's letter, or the first accepted spelling.
    static func key(_ q: Question) -> String {
        switch q.kind {
        case .choices(let c): return LessonText.letter(c.firstIndex(where: \.correct) ?? 0)
        case .typed(let s): return s.first ?? ""
        }
    }
}

/// `kubetutor test [LESSON…]`: plays lessons and compares each transcript with the golden
/// file beside it (`NAME.transcript`); `--update` writes the golden files instead.
/// One line per lesson, then `N passed, N failed`.
public enum LessonTestRunner {
    /// `names` are lesson ids, `.lesson` files or folders; none means every lesson in
    /// `folders`, or the built-in course when no folder is given.
    public static func run(names: [String], folders: [String], update: Bool,
                           makeHost: () -> any LessonHost) -> (output: String, failed: Int) {
        let catalog = LessonCatalog.load(folders: folders)
        var entries: [CatalogEntry] = []
        var out = "", passed = 0, failed = 0
        if names.isEmpty {
            entries = folders.isEmpty ? catalog.entries : folders.flatMap { LessonCatalog.lessonFiles(in: $0) }.compactMap(LessonCatalog.read)
        }
        for name in names {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: name, isDirectory: &isDir) {
                entries += isDir.boolValue ? LessonCatalog.lessonFiles(in: name).compactMap(LessonCatalog.read) : [LessonCatalog.read(file: name)].compactMap { $0 }
            } else if let e = catalog.find(name) {
                entries.append(e)
            } else {
                out += "FAIL \(name): no such lesson" + Diagnose.didYouMean(name, catalog.ids) + "\n"
                failed += 1
            }
        }
        for entry in entries {
            let (ok, report) = test(entry, update: update, host: makeHost())
            out += report
            if ok { passed += 1 } else { failed += 1 }
        }
        out += "\(passed) passed, \(failed) failed\n"
        return (out, failed)
    }

    static func transcriptPath(_ lessonPath: String) -> String {
        (lessonPath.hasSuffix(".lesson") ? String(lessonPath.dropLast(7)) : lessonPath) + ".transcript"
    }

    static func test(_ entry: CatalogEntry, update: Bool, host: any LessonHost) -> (Bool, String) {
        guard entry.isValid else {
            return (false, "FAIL \(entry.id): \(entry.diagnostics.count) lint \(entry.diagnostics.count == 1 ? "error" : "errors")\n"
                    + entry.diagnostics.map { "    " + $0.rendered(file: entry.path) + "\n" }.joined())
        }
        let result = LessonPlayback.play(entry.lesson, host: host)
        var problems = result.failures
        let golden = transcriptPath(entry.path)
        var note = ""
        if update {
            let target = sourceTranscript(for: entry.path) ?? golden
            do { try AtomicFile.write(Data(result.transcript.utf8), to: target); note = " (transcript written)" } catch {
                problems.append("cannot write \(target): \(error.message)")
            }
        } else if let data = FileManager.default.contents(atPath: golden), let expected = String(data: data, encoding: .utf8) {
            if let diff = firstDifference(expected, result.transcript) { problems.append("\(golden):\(diff)") }
        } else {
            problems.append("\(golden): no transcript yet; record it with `kubetutor test --update \(entry.id)`")
        }
        if problems.isEmpty { return (true, "ok   \(entry.id)\(note)\n") }
        return (false, "FAIL \(entry.id)\(note)\n" + problems.map { "    \($0)\n" }.joined())
    }

    /// A built-in lesson runs from the copy the build made; `--update` run from the project's
    /// folder writes the transcript beside the source lesson (`Lessons/NAME.transcript`), so the
    /// golden that is committed is the one that changes. Nil for any other lesson.
    static func sourceTranscript(for lessonPath: String) -> String? {
        guard lessonPath.contains("/.build/") else { return nil }
        let name = (lessonPath as NSString).lastPathComponent
        let source = FileManager.default.currentDirectoryPath + "/Lessons/" + name
        return FileManager.default.fileExists(atPath: source) ? transcriptPath(source) : nil
    }

    /// `LINE: expected …, got …` for the first line that differs; nil when equal.
    public static func firstDifference(_ expected: String, _ actual: String) -> String? {
        guard expected != actual else { return nil }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? String(e[i]) : nil, al = i < a.count ? String(a[i]) : nil
            if el != al {
                return "\(i + 1): the transcript differs\n      expected: \(el.map { "\"\($0)\"" } ?? "(end)")\n      actual:   \(al.map { "\"\($0)\"" } ?? "(end)")"
            }
        }
        return "1: the transcript differs"
    }
}
