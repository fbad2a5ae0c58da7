import Foundation
import Testing

/// Hand-run: `KUBETUTOR_SCRIPT=path swift test --filter Playground` prints the transcript of
/// the script (see `Transcript`), for exploring and for writing golden tests.
@Suite struct Playground {
    static let script = ProcessInfo.processInfo.environment["KUBETUTOR_SCRIPT"]

    @Test(.enabled(if: script != nil)) func printTranscript() throws {
        let text = try String(contentsOfFile: Self.script!, encoding: .utf8)
        let out = Transcript.run(text)
        try out.write(toFile: Self.script! + ".out", atomically: true, encoding: .utf8)
        #expect(!out.isEmpty)
    }
}
