import Testing
import Terminal

@MainActor
struct TerminalAppTests {
    @Test func stopsAtExitWithoutReadingFurther() {
        let session = EchoSession()
        let reader = ScriptedReader([.line("say hi"), .line("exit"), .line("say never")])
        let output = RecordingOutput()

        let status = TerminalApp(session: session, reader: reader, output: output).run()

        #expect(status == 0)
        #expect(session.handled == ["say hi", "exit"])
        #expect(output.text(on: .standardOutput) == "hi\n")
        #expect(reader.prompts == ["test> ", "test> "])
    }

    @Test func errorsGoToStandardErrorAndTheLoopCarriesOn() {
        let session = EchoSession()
        let output = RecordingOutput()
        let reader = ScriptedReader([.line("fail boom"), .line("say after")])

        let status = TerminalApp(session: session, reader: reader, output: output).run()

        #expect(status == 0)
        #expect(output.text(on: .standardError) == "boom\n")
        #expect(output.text(on: .standardOutput) == "after\n")
    }

    @Test("Ctrl-C abandons only the line being typed")
    func interruptGivesAFreshPrompt() {
        let session = EchoSession()
        let reader = ScriptedReader([.interrupted, .line("say still here")])
        let output = RecordingOutput()

        let status = TerminalApp(session: session, reader: reader, output: output).run()

        #expect(status == 0)
        #expect(session.handled == ["say still here"])
        #expect(reader.prompts.count == 3)
    }

    @Test func endOfInputLeavesCleanly() {
        let session = EchoSession()
        let status = TerminalApp(session: session, reader: ScriptedReader([]), output: RecordingOutput()).run()
        #expect(status == 0)
        #expect(session.handled.isEmpty)
    }

    @Test("a watch prints each update until Ctrl-C, then the prompt returns")
    func watchStreamsUntilInterrupted() {
        let session = WatchingSession()
        let reader = ScriptedReader([.line("watch"), .line("next")], waitsBeforeInterrupt: 2)
        let output = RecordingOutput()

        let status = TerminalApp(session: session, reader: reader, output: output).run()

        #expect(status == 0)
        #expect(output.text(on: .standardOutput) == "watching\ntick 1\ntick 2\nran next\n")
        #expect(reader.waits == 3)
        #expect(!session.isWatching)
    }

    @Test func sessionsThatNeverStreamAreNotWaitedOn() {
        let reader = ScriptedReader([.line("say a")], waitsBeforeInterrupt: 5)
        _ = TerminalApp(session: EchoSession(), reader: reader, output: RecordingOutput()).run()
        #expect(reader.waits == 0)
    }
}
