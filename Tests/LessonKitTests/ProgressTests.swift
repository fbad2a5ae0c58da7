import Foundation
import Testing
@testable import LessonKit

@Suite struct ProgressTests {
    static func sample() -> ProgressFile {
        var p = ProgressFile()
        var a = LessonProgress()
        a.step = 3
        a.answers["1.1"] = RecordedAnswer(given: "0", correct: true)
        a.answers["2.1"] = RecordedAnswer(given: "A", correct: false)
        p.lessons["pods-are-mortal"] = a
        var b = LessonProgress()
        b.finished = true
        b.answers["1.1"] = RecordedAnswer(given: nil, correct: false)
        p.lessons["what-is-a-pod"] = b
        return p
    }

    @Test func savedProgressLoadsBackAndLeavesNoTemporaryFile() throws {
        let dir = ScratchDirectory()
        let store = DirectoryProgressStore(directory: dir.file("state/kubetutor"))
        try store.save(Self.sample())
        let (loaded, warning) = store.load()
        #expect(loaded == Self.sample() && warning == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.file("state/kubetutor")) == ["progress.json"])
        #expect(loaded["pods-are-mortal"].score == 1)
    }

    @Test func theFileIsStableJSONWithSortedKeys() throws {
        let dir = ScratchDirectory()
        try DirectoryProgressStore(directory: dir.path).save(Self.sample())
        let text = try #require(dir.read("progress.json"))
        #expect(text.hasPrefix("{\n  \"lessons\" : {\n    \"pods-are-mortal\" : {"))
        #expect(text.hasSuffix("\"version\" : 1\n}\n"))
    }

    /// A process killed while writing leaves its temporary file behind, never a half-written
    /// progress.json: the old progress still loads, and the leftover is cleaned away.
    @Test func aWriteCutShortLeavesTheOldProgressIntact() throws {
        let dir = ScratchDirectory()
        let store = DirectoryProgressStore(directory: dir.path)
        try store.save(Self.sample())
        dir.write("progress.json.tmp-999999", "{\"version\": 1, \"less")
        let (loaded, warning) = store.load()
        #expect(loaded == Self.sample() && warning == nil)
        #expect(dir.names == ["progress.json"])
    }

    @Test func everySaveReplacesTheWholeFile() throws {
        let dir = ScratchDirectory()
        let store = DirectoryProgressStore(directory: dir.path)
        var p = ProgressFile()
        for step in 1...20 {
            p.lessons["x"] = LessonProgress()
            p.lessons["x"]!.step = step
            try store.save(p)
            #expect(store.load().0["x"].step == step)
        }
        #expect(dir.names == ["progress.json"])
    }

    @Test(arguments: ["{\"version\": 1, \"less", "not json at all", "", "{\"version\": 7, \"lessons\": {}}", "[1, 2, 3]"])
    func aCorruptFileIsSetAsideWithAWarning(content: String) throws {
        let dir = ScratchDirectory()
        dir.write("progress.json", content)
        let store = DirectoryProgressStore(directory: dir.path)
        let (loaded, warning) = store.load()
        #expect(loaded == ProgressFile())
        let w = try #require(warning)
        #expect(w.hasPrefix("warning: \(dir.file("progress.json")) could not be read ("))
        #expect(w.hasSuffix("it was set aside as progress.json.corrupt-1, and progress starts afresh\n"))
        #expect(dir.names == ["progress.json.corrupt-1"])
        #expect(dir.read("progress.json.corrupt-1") == content)
    }

    @Test func aSecondCorruptFileDoesNotOverwriteTheFirst() throws {
        let dir = ScratchDirectory()
        let store = DirectoryProgressStore(directory: dir.path)
        dir.write("progress.json", "first")
        _ = store.load()
        dir.write("progress.json", "second")
        let (_, warning) = store.load()
        #expect(warning?.contains("progress.json.corrupt-2") == true)
        #expect(dir.read("progress.json.corrupt-1") == "first" && dir.read("progress.json.corrupt-2") == "second")
        try store.save(Self.sample())
        #expect(store.load().0 == Self.sample())
    }

    @Test func exportThenImportRoundTrips() throws {
        let dir = ScratchDirectory()
        try ProgressCoding.export(Self.sample(), to: dir.file("mine.json"))
        #expect(try ProgressCoding.importFile(dir.file("mine.json")) == Self.sample())
    }

    @Test func importingReplacesOnlyTheLessonsItNames() {
        var mine = ProgressFile()
        mine.lessons["deployments"] = LessonProgress()
        mine.lessons["what-is-a-pod"] = LessonProgress()
        mine.merge(Self.sample())
        #expect(mine.lessons.keys.sorted() == ["deployments", "pods-are-mortal", "what-is-a-pod"])
        #expect(mine["what-is-a-pod"].finished)
    }

    @Test func importingSomethingElseIsAClearError() {
        let dir = ScratchDirectory()
        dir.write("notes.txt", "hello")
        #expect(throws: ProgressError(message: "\(dir.file("notes.txt")) is not a kubetutor progress file")) {
            try ProgressCoding.importFile(dir.file("notes.txt"))
        }
        #expect(throws: ProgressError(message: "cannot read \(dir.file("missing.json"))")) {
            try ProgressCoding.importFile(dir.file("missing.json"))
        }
    }

    @Test(arguments: [
        (["XDG_STATE_HOME": "/x/state", "HOME": "/home/a"], "/x/state/kubetutor"),
        (["HOME": "/home/a"], "/home/a/.local/state/kubetutor"),
        (["XDG_STATE_HOME": "relative", "HOME": "/home/a"], "/home/a/.local/state/kubetutor"),
    ])
    func progressLivesInTheXDGStateDirectory(env: [String: String], dir: String) {
        #expect(ProgressLocation.directory(environment: env) == dir)
    }
}
