import Foundation

/// `--record FILE.cast`: the session as an asciinema v2 recording, so a class can replay
/// it afterwards with `asciinema play FILE.cast`. The header is one JSON line, then one
/// `[seconds, "o", text]` line per piece of output. Each event is written and flushed as
/// it happens, so a recording cut short (Ctrl-C, a crash, kill -9) keeps what came before.
///
/// libedit echoes what the learner types straight to the terminal, so the recorder writes
/// the prompt and the finished line itself. Line ends become CR LF, as a terminal in cooked
/// mode would have shown them.
public final class CastRecorder {
    private let handle: FileHandle
    private let start: Double
    private let clock: () -> Double

    public enum RecordError: Error, CustomStringConvertible {
        case cannotCreate(String)
        public var description: String {
            switch self {
            case .cannotCreate(let path): return "error: cannot write the recording \"\(path)\""
            }
        }
    }

    public init(path: String, width: Int, height: Int, clock: @escaping () -> Double,
                timestamp: Int = Int(Date().timeIntervalSince1970), environment: [String: String] = [:]) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { throw RecordError.cannotCreate(path) }
        self.handle = handle
        self.clock = clock
        self.start = clock()
        var header: [String: Any] = ["version": 2, "width": width, "height": height, "timestamp": timestamp]
        let env = environment.filter { $0.key == "TERM" || $0.key == "SHELL" }
        if !env.isEmpty { header["env"] = env }
        write(Self.json(header))
    }

    deinit { try? handle.close() }

    /// Output the learner saw.
    public func output(_ text: String) {
        guard !text.isEmpty else { return }
        let elapsed = (clock() - start) * 1_000_000
        let seconds = (elapsed.rounded() / 1_000_000)
        let cooked = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        write(Self.json([seconds, "o", cooked]))
    }

    /// A line the learner typed after a prompt, as it appeared on the screen.
    public func typed(prompt: String, line: String) {
        output(prompt + line + "\n")
    }

    private func write(_ line: String) {
        handle.write(Data((line + "\n").utf8))
        try? handle.synchronize()
    }

    static func json(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]),
              let text = String(data: data, encoding: .utf8) else { return "{}" }
        return text
    }
}
