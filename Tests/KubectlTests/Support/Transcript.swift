import ClusterSim
import KubeModel
@testable import Kubectl

/// Runs a script of kubectl commands and simulation steps against a fresh cluster and
/// returns the transcript: each command after `$ `, then what it printed (stdout, then
/// stderr), then `[exit N]` when it failed. Lines: `kubectl …`, `settle`, `advance 30s`,
/// `file NAME <<EOF` … `EOF` (adds an in-memory file), `#` comments.
struct Transcript {
    var files: [String: String]
    let sim: Simulation
    let kubectl: Kubectl

    init(nodes: Int = 3, seed: UInt64 = 1, files: [String: String] = [:]) {
        self.files = files
        sim = Simulation(nodes: nodes, seed: seed)
        kubectl = Kubectl(sim: sim, files: MemoryFiles(files))
    }

    static func run(_ script: String, nodes: Int = 3, seed: UInt64 = 1, files: [String: String] = [:]) -> String {
        var t = Transcript(nodes: nodes, seed: seed, files: files)
        return t.run(script)
    }

    mutating func run(_ script: String) -> String {
        var out = ""
        var lines = script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        while let raw = lines.popFirst() {
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("file "), line.hasSuffix("<<EOF") {
                let name = String(line.dropFirst(5).dropLast(5)).trimmingSpaces
                var body = ""
                while let l = lines.popFirst(), l != "EOF" { body += l + "\n" }
                files[name] = body
                kubectl.files = MemoryFiles(files)
                continue
            }
            out += "$ \(line)\n"
            if line == "settle" { sim.settle(); continue }
            if line.hasPrefix("advance ") {
                sim.advance(by: (try? GoDuration.parse(String(line.dropFirst(8)))) ?? 0)
                continue
            }
            guard line.hasPrefix("kubectl"), let words = try? ShellWords.split(line) else { out += "?? \(line)\n"; continue }
            let r = kubectl.run(Array(words.dropFirst()), line: line)
            out += r.stdout + r.stderr
            if r.exitCode != 0 { out += "[exit \(r.exitCode)]\n" }
        }
        return out
    }
}
