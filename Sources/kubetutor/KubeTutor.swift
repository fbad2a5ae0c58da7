import ArgumentParser
import Foundation
import Shell
import Terminal

/// Command-line parsing only; everything the commands do lives in the Terminal target.
@main
struct KubeTutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kubetutor",
        abstract: "Learn Kubernetes by typing kubectl at a simulated cluster.",
        subcommands: [Interactive.self, Script.self, Test.self, Lint.self, BenchCommand.self],
        defaultSubcommand: Interactive.self)
}

struct ClusterOptions: ParsableArguments {
    @Option(help: "Worker nodes in the simulated cluster.")
    var nodes = 3

    @Option(help: "Seed for the simulation: the same seed replays the same cluster.")
    var seed: UInt64 = 1

    func validate() throws {
        guard nodes >= 1 else { throw ValidationError("--nodes must be at least 1") }
    }

    var session: SessionOptions { SessionOptions(nodes: nodes, seed: seed) }
}

struct Interactive: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell", abstract: "Type commands at a prompt.")

    @OptionGroup var cluster: ClusterOptions
    @OptionGroup var lessons: LessonFlags

    @Option(name: .customLong("record"), help: ArgumentHelp("Record the session as an asciinema v2 file, to replay with `asciinema play`.", valueName: "FILE.cast"))
    var recordPath: String?

    func run() throws {
        var options = cluster.session
        options.lessons = lessons.options
        // ArgumentParser calls run() on the main thread; libedit needs to stay there.
        let status = MainActor.assumeIsolated { InteractiveShell.run(options: options, recordPath: recordPath) }
        if status != 0 { throw ExitCode(status) }
    }
}

struct Script: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run commands from a file, one a line; exit 1 if any failed.")

    @Flag(help: "Print each command before its output, as a transcript.")
    var echo = false

    @OptionGroup var cluster: ClusterOptions

    @Argument(help: "The script to run; '-' or none reads standard input.")
    var file: String?

    func run() throws {
        let (options, file, echo) = (cluster.session, file, echo)
        let status = MainActor.assumeIsolated { ScriptCommand.run(path: file, options: options, echo: echo) }
        if status != 0 { throw ExitCode(status) }
    }
}

struct LessonFlags: ParsableArguments {
    @Option(name: .customLong("lessons"), help: "A folder of your own lessons, added to the course (repeatable).")
    var folders: [String] = []

    @Flag(help: "Instructor mode: notes shown, goals never block `next`, `goto STEP` and `reset`.")
    var instructor = false

    var options: LessonOptions {
        .forUser(folders: folders, instructor: instructor, environment: ProcessInfo.processInfo.environment)
    }
}

struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Play lessons headless and compare each with its golden transcript.")

    @Option(name: .customLong("lessons"), help: "A folder of lessons to test (repeatable).")
    var folders: [String] = []

    @Flag(help: "Write the golden transcripts instead of comparing.")
    var update = false

    @Argument(help: "Lesson ids, .lesson files or folders; none means every lesson.")
    var names: [String] = []

    func run() throws {
        let r = LessonTools.test(lessons: names, folders: folders, update: update)
        print(r.output, terminator: "")
        if r.failed > 0 { throw ExitCode.failure }
    }
}

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report every mistake in lesson files, as FILE:LINE: MESSAGE.")

    @Argument(help: "Lesson files or folders of them.")
    var files: [String]

    func run() throws {
        let r = LessonTools.lint(paths: files)
        print(r.output, terminator: "")
        if r.errorCount > 0 { throw ExitCode.failure }
    }
}

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the scale scenarios (build with -c release): one line per figure.")

    @Option(help: "Nodes in the big cluster.")
    var nodes = 5_000

    @Option(help: "Replicas of the big deployment.")
    var replicas = 150_000

    @Option(help: "Smaller deployments measured first, comma-separated.")
    var growth = "15000,50000"

    @Flag(help: "Leave out playing back every lesson.")
    var noLessons = false

    @Option(help: "Runs of each size of the create scenario; its figure is the median.")
    var repeats = 3

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1") }
    }

    func run() throws {
        let plan = Bench.Plan(nodes: nodes, replicas: replicas,
                              growth: growth.split(separator: ",").compactMap { Int($0) }, lessons: !noLessons,
                              repeats: repeats)
        let report = Bench.run(plan) { print($0.line); fflush(nil) }
        for f in report.failures { print("FAILED: \(f)") }
        if !report.failures.isEmpty { throw ExitCode.failure }
    }
}
