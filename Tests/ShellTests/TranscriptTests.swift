import Foundation
import Testing
@testable import Shell

/// Golden transcripts: each `Transcripts/NAME.script` is run in script mode with `--echo`,
/// and its whole output must equal `Transcripts/NAME.golden` byte for byte. A first line
/// `# options: --nodes N --seed S` chooses the cluster. Set KUBETUTOR_UPDATE_GOLDEN=1 to
/// rewrite the golden files after a deliberate change (then read the diff).
@Suite struct TranscriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Transcripts")

    static var scripts: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".script") }.map { String($0.dropLast(7)) }.sorted()
    }

    static func options(from script: String) -> SessionOptions {
        var options = SessionOptions()
        guard let first = script.split(separator: "\n").first, first.hasPrefix("# options:") else { return options }
        let words = first.dropFirst("# options:".count).split(separator: " ").map(String.init)
        var i = 0
        while i + 1 < words.count {
            if words[i] == "--nodes", let n = Int(words[i + 1]) { options.nodes = n }
            if words[i] == "--seed", let s = UInt64(words[i + 1]) { options.seed = s }
            i += 2
        }
        return options
    }

    @Test(arguments: scripts)
    func transcriptMatchesGolden(name: String) throws {
        let scriptURL = Self.folder.appendingPathComponent(name + ".script")
        let goldenURL = Self.folder.appendingPathComponent(name + ".golden")
        let script = try String(contentsOf: scriptURL, encoding: .utf8)
        let output = ScriptRunner.run(script, options: Self.options(from: script), echo: true).output
        if ProcessInfo.processInfo.environment["KUBETUTOR_UPDATE_GOLDEN"] == "1" {
            try output.write(to: goldenURL, atomically: true, encoding: .utf8)
            return
        }
        let golden = (try? String(contentsOf: goldenURL, encoding: .utf8)) ?? ""
        #expect(!golden.isEmpty, "no golden file for \(name); run with KUBETUTOR_UPDATE_GOLDEN=1")
        if output != golden {
            let a = output.split(separator: "\n", omittingEmptySubsequences: false)
            let b = golden.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record("""
            \(name): transcript differs from golden at line \(first + 1)
              got:      \(first < a.count ? String(a[first]) : "<end>")
              expected: \(first < b.count ? String(b[first]) : "<end>")
            """)
        }
    }
}
