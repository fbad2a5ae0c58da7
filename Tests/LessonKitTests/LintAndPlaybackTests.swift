import Foundation
import Testing
@testable import LessonKit
@testable import Shell

/// A small lesson that exercises every kind of beat, for the tools and the shell tests.
enum Fixture {
    static let lesson = """
    # Fixture
    id: fixture
    summary: A lesson for tests.
    minutes: 3
    cluster: 2 nodes

    note: Only instructors read this.

    Intro.

    ## Make a pod

        $ kubectl run p --image=busybox -- sleep 3600

    goal: pod p is Running
    hint: first hint
    hint: second hint
    solution: settle

    note: A note in step one.

    ## Questions

    ? predict: How many nodes will the lesson add?
      answer: 1 | one
      check: 3 nodes are Ready
      explain: It adds one.

    ! node add node-3

    ? Pick b.
      - a
      * b
      explain: B is right.

    ? Type yes.
      answer: yes | y
      explain: Yes means yes.

    ## Scale

        $ kubectl create deployment web --image=nginx --replicas=2

    goal: 2 pods labelled app=web are Running
    solution: settle

    ## End

    Takeaway.
    """

    static func folder(_ extra: [String: String] = [:]) -> ScratchDirectory {
        let dir = ScratchDirectory()
        dir.write("fixture.lesson", lesson)
        for (name, text) in extra { dir.write(name, text) }
        return dir
    }
}

@Suite struct LintTests {
    @Test func aCleanFileSaysSo() {
        let dir = Fixture.folder()
        let r = LessonLinter.lint(paths: [dir.file("fixture.lesson")])
        #expect(r == ("1 lesson file: no mistakes found\n", 0))
    }

    @Test func everyMistakeIsReportedWithFileAndLineThenACount() {
        let dir = Fixture.folder(["pods-are-mortal.lesson": """
        # Pods are mortal
        id: pods-are-mortal
        summary: s
        after: fixture, no-such-lesson

        ## S

        expct: pod x is Running
        ! advance soon
        """])
        let file = dir.file("pods-are-mortal.lesson")
        let r = LessonLinter.lint(paths: [file])
        #expect(r.errorCount == 3)
        #expect(r.output == """
        \(file):4: 'after:' names an unknown lesson 'no-such-lesson'
        \(file):8: unknown directive 'expct' (did you mean 'expect'?)
        \(file):9: 'soon' is not a duration (30s, 5m, 1h30m)
        3 mistakes in 1 lesson file

        """)
    }

    @Test func aFolderIsSearchedAndAMissingFileIsAMistake() {
        let dir = Fixture.folder(["more/second.lesson": "# Second\nid: second\nsummary: s\nafter: fixture\n\n## S\n"])
        #expect(LessonLinter.lint(paths: [dir.path]) == ("2 lesson files: no mistakes found\n", 0))
        let r = LessonLinter.lint(paths: [dir.file("nope.lesson")])
        #expect(r == ("\(dir.file("nope.lesson")): cannot read this file\n1 mistake in 1 lesson file\n", 1))
    }

    @Test func twoLessonsWithOneIdAreAMistake() {
        let dir = Fixture.folder(["copy/fixture.lesson": Fixture.lesson])
        let r = LessonLinter.lint(paths: [dir.file("fixture.lesson")])
        #expect(r.output == "\(dir.file("fixture.lesson")):2: id 'fixture' is also the id of \(dir.file("copy/fixture.lesson")); every lesson needs its own\n1 mistake in 1 lesson file\n")
    }

    @Test func theShippedCourseIsClean() {
        let r = LessonLinter.lint(paths: [CoursePlaybackTests.lessonsFolder])
        #expect(r.errorCount == 0, "\(r.output)")
    }
}

@Suite struct PlaybackTests {
    static func host() -> Session { Session(options: SessionOptions()) }

    @Test func aLessonPlaysToTheEndAnsweringFromTheKey() throws {
        let dir = Fixture.folder()
        let entry = try #require(LessonCatalog.read(file: dir.file("fixture.lesson")))
        let r = LessonPlayback.play(entry.lesson, host: Self.host())
        #expect(r.failures == [])
        #expect(r.transcript.contains("$ kubectl run p --image=busybox -- sleep 3600\npod/p created\n"))
        #expect(r.transcript.contains("$ answer 1\n\nYou predict 1. Let's see.\n"))
        #expect(r.transcript.contains("Your prediction: 1. The cluster shows: 3 nodes are Ready.\n✓ Right: 1.\n"))
        #expect(r.transcript.contains("$ answer B\n\n✓ Right: B) b.\n  B is right.\n"))
        #expect(r.transcript.hasSuffix("✓ Lesson complete: Fixture. Questions: 3 of 3 right first time.\n`lessons` shows the course and what comes next.\n"))
        #expect(!r.transcript.contains("Only instructors read this"))
    }

    @Test func updateWritesTheTranscriptAndTheNextRunCompares() throws {
        let dir = Fixture.folder()
        let first = LessonTools.test(lessons: [dir.file("fixture.lesson")], folders: [], update: false)
        #expect(first.failed == 1)
        #expect(first.output.contains("FAIL fixture\n    \(dir.file("fixture.transcript")): no transcript yet; record it with `kubetutor test --update fixture`\n"))
        #expect(LessonTools.test(lessons: [dir.file("fixture.lesson")], folders: [], update: true) == ("ok   fixture (transcript written)\n1 passed, 0 failed\n", 0))
        #expect(LessonTools.test(lessons: [], folders: [dir.path], update: false) == ("ok   fixture\n1 passed, 0 failed\n", 0))

        let golden = try #require(dir.read("fixture.transcript"))
        dir.write("fixture.transcript", golden.replacingOccurrences(of: "Intro.", with: "Introduction."))
        let r = LessonTools.test(lessons: [dir.file("fixture.lesson")], folders: [], update: false)
        #expect(r.failed == 1)
        #expect(r.output.contains("transcript differs\n      expected: \"Introduction.\"\n      actual:   \"Intro.\"\n"), "\(r.output)")
        #expect(r.output.hasSuffix("0 passed, 1 failed\n"))
    }

    @Test func aGoalThatIsNeverReachedFailsWithItsLineAndWhatTheClusterShows() {
        let dir = ScratchDirectory()
        dir.write("stuck.lesson", """
        # Stuck
        id: stuck
        summary: s

        ## S

            $ kubectl create deployment web --image=nginx:nope

        goal: 1 pod labelled app=web is Running
        solution: settle

        ! advance 1m

        expect: deployment web has 1 ready replica
        """)
        let r = LessonTools.test(lessons: [dir.file("stuck.lesson")], folders: [], update: true)
        #expect(r.failed == 1)
        #expect(r.output.contains("\(dir.file("stuck.lesson")):9: goal not reached: 1 pod labelled app=web is Running (the cluster shows: no pods labelled app=web are Running); its solution does not reach it"), "\(r.output)")
        #expect(r.output.contains("\(dir.file("stuck.lesson")):14: expected deployment web has 1 ready replica, but deployment web has 0 ready replicas"), "\(r.output)")
    }

    @Test func aFailingCommandFailsThePlaybackUnlessTheLessonExpectsIt() {
        let dir = ScratchDirectory()
        dir.write("errors.lesson", """
        # Errors
        id: errors
        summary: s

        ## S

            $ kubectl delete pod ghost

        expect: the command fails
        expect: output contains "not found"

            $ kubectl delete pod ghost2

        ! kubectl delete pod ghost3
        """)
        let r = LessonTools.test(lessons: [dir.file("errors.lesson")], folders: [], update: true)
        let file = dir.file("errors.lesson")
        #expect(r.output == """
        FAIL errors (transcript written)
            \(file):12: `kubectl delete pod ghost2` failed: Error from server (NotFound): pods "ghost2" not found
            \(file):14: the action `kubectl delete pod ghost3` failed: Error from server (NotFound): pods "ghost3" not found
        0 passed, 1 failed

        """)
    }

    @Test func aLessonWithMistakesFailsWithThemAndUnknownNamesAreReported() {
        let dir = ScratchDirectory()
        dir.write("bad.lesson", "# Bad\nid: bad\nsummary: s\n\n## S\nexpct: x\n")
        let r = LessonTools.test(lessons: [dir.file("bad.lesson"), "no-such-lesson"], folders: [], update: false)
        #expect(r.output.contains("FAIL no-such-lesson: no such lesson\n"))
        #expect(r.output.contains("FAIL bad: 1 lint error\n    \(dir.file("bad.lesson")):6: unknown directive 'expct' (did you mean 'expect'?)\n"))
        #expect(r.output.hasSuffix("0 passed, 2 failed\n"))
    }

    @Test func lessonsAreFoundByIdInTheCourse() {
        let r = LessonTools.test(lessons: ["what-is-a-pod"], folders: [], update: false)
        #expect(r == ("ok   what-is-a-pod\n1 passed, 0 failed\n", 0), "\(r.output)")
    }
}

@Suite struct LessonSafetyTests {
    @Test(arguments: [
        ("kubectl apply -f web.yaml", true), ("kubectl apply -f ./m/web.yaml", true), ("kubectl apply -f m/../web.yaml", true),
        ("kubectl apply -f /etc/passwd", false), ("kubectl apply -f ../other/web.yaml", false), ("kubectl apply -f ~/web.yaml", false),
        ("kubectl apply --filename=../x.yaml", false), ("kubectl apply -f https://example.com/x.yaml", false),
    ])
    func filesMustSitInTheLessonsFolder(line: String, allowed: Bool) {
        let problems = CommandPolicy.check(line, as: .action, fileExists: { _ in true })
        #expect(problems.isEmpty == allowed, "\(problems)")
    }

    @Test(arguments: ["bash -c 'rm -rf /'", "rm -rf /", "exit", "reset", "lesson quit", "progress --export /tmp/x", "help"])
    func aLessonCannotActThroughAnythingButTheSimulation(line: String) {
        #expect(!CommandPolicy.check(line, as: .action, fileExists: { _ in true }).isEmpty)
        #expect(!CommandPolicy.check(line, as: .learner, fileExists: { _ in true }).isEmpty)
    }

    @Test func aSymlinkOutOfTheFolderReadsAsMissing() throws {
        let outside = ScratchDirectory()
        outside.write("secret.yaml", "kind: Secret\n")
        let dir = ScratchDirectory()
        dir.write("web.yaml", "kind: Pod\n")
        try FileManager.default.createSymbolicLink(atPath: dir.file("link.yaml"), withDestinationPath: outside.file("secret.yaml"))
        let files = LessonFiles(folder: dir.path)
        #expect(try files.read("web.yaml") == "kind: Pod\n")
        #expect(files.exists("web.yaml") && !files.exists("link.yaml") && !files.exists("../secret.yaml"))
        #expect(throws: (any Error).self) { try files.read("link.yaml") }
        #expect(throws: (any Error).self) { try files.read(outside.file("secret.yaml")) }
    }
}
