import Foundation
import Testing
@testable import Terminal

/// `--record`: an asciinema v2 file, header line then one event per output, line ends as a
/// terminal shows them.
@Suite struct CastRecorderTests {
    @Test func writesAsciinemaV2HeaderAndEvents() throws {
        let path = NSTemporaryDirectory() + "cast-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).cast"
        defer { try? FileManager.default.removeItem(atPath: path) }
        var now = 100.0
        let recorder = try CastRecorder(path: path, width: 100, height: 30, clock: { now }, timestamp: 1_700_000_000,
                                        environment: ["TERM": "xterm", "SHELL": "/bin/bash", "HOME": "/root"])
        now = 101.5
        recorder.typed(prompt: "[00:00:00] kubetutor> ", line: "kubectl get pods")
        now = 101.75
        recorder.output("NAME   READY\nweb    1/1\n")
        recorder.output("")
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines == [
            #"{"env":{"SHELL":"/bin/bash","TERM":"xterm"},"height":30,"timestamp":1700000000,"version":2,"width":100}"#,
            #"[1.5,"o","[00:00:00] kubetutor> kubectl get pods\r\n"]"#,
            #"[1.75,"o","NAME   READY\r\nweb    1/1\r\n"]"#,
        ])
    }

    @Test func unwritablePathIsAOneLineError() {
        #expect(throws: CastRecorder.RecordError.self) {
            try CastRecorder(path: "/nonexistent-dir/x.cast", width: 80, height: 24, clock: { 0 })
        }
        #expect(CastRecorder.RecordError.cannotCreate("/x/y.cast").description == "error: cannot write the recording \"/x/y.cast\"")
    }
}
