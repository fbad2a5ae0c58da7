import Shell
import Testing
import Terminal

@MainActor
struct ScriptCommandTests {
    @Test func missingFileIsOneLineAndExitOne() {
        let output = RecordingOutput()
        let status = ScriptCommand.run(path: "/nonexistent/lesson.txt", options: SessionOptions(),
                                       echo: false, output: output)
        #expect(status == 1)
        #expect(output.text(on: .standardError) == "error: the path \"/nonexistent/lesson.txt\" does not exist\n")
        #expect(output.text(on: .standardOutput).isEmpty)
    }

    @Test func aFolderIsNotAScript() {
        let output = RecordingOutput()
        let status = ScriptCommand.run(path: "/", options: SessionOptions(), echo: false, output: output)
        #expect(status == 1)
        #expect(output.text(on: .standardError) == "error: cannot read \"/\": Is a directory\n")
    }

    @Test func exitOnlyScriptSucceedsAndEchoes() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = try scratch.file("lesson.txt", contents: "# comment\nexit\n")

        let output = RecordingOutput()
        let status = ScriptCommand.run(path: path, options: SessionOptions(), echo: true, output: output)

        #expect(status == 0)
        #expect(output.text(on: .standardOutput) == "$ exit\n")
    }
}
