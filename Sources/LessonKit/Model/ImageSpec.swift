import ClusterSim
import KubeModel

/// An image a lesson adds to the simulated registry, written as a sentence:
///
///     image: shop:v1 serves port 8080
///     image: shop:v2 crashes after 3s, log "panic: cannot read config"
///     image: report:1 exits 0 after 20s, pull 4s
///     image: toolbox:1 runs its command, memory 64Mi
///
/// `crashes after D` is `exits 1 after D`. Options after commas: `pull D` (how long the pull
/// takes), `memory Q` (what the process needs; a lower limit is OOMKilled), `log "TEXT"`
/// (a line `kubectl logs` shows; repeatable).
public struct ImageSpec: Sendable, Equatable {
    public var reference: String
    public var behaviour: ImageBehaviour
    public var line: Int

    public struct ParseError: Error, Equatable { public var message: String }

    public static func parse(_ text: String, line: Int) throws(ParseError) -> ImageSpec {
        let parts = splitOptions(text)
        var words = parts[0].split(separator: " ").map(String.init)
        guard let reference = words.first, !reference.isEmpty else { throw ParseError(message: "name the image first") }
        words.removeFirst()
        let run: ImageBehaviour.Run
        switch words.first {
        case "serves":
            let ports = words.dropFirst().filter { $0 != "port" && $0 != "ports" && $0 != "and" && $0 != "on" }
                .flatMap { $0.split(separator: ",") }.map(String.init)
            let numbers = ports.compactMap { Int($0) }.filter { $0 > 0 && $0 < 65536 }
            guard !numbers.isEmpty, numbers.count == ports.count else { throw ParseError(message: "'serves' needs ports: serves port 8080") }
            run = .serve(ports: numbers)
        case "crashes":
            guard words.count == 3, words[1] == "after" else { throw ParseError(message: "write 'crashes after 3s'") }
            run = .exit(code: 1, afterSeconds: try seconds(words[2]))
        case "exits":
            var rest = Array(words.dropFirst())
            if rest.starts(with: ["with", "code"]) { rest.removeFirst(2) }
            guard rest.count == 3, let code = Int(rest[0]), code >= 0, code < 256, rest[1] == "after" else {
                throw ParseError(message: "write 'exits CODE after DURATION', e.g. 'exits 0 after 20s'")
            }
            run = .exit(code: code, afterSeconds: try seconds(rest[2]))
        case "runs":
            guard words == ["runs", "its", "command"] else { throw ParseError(message: "write 'runs its command' for a busybox-like image") }
            run = .command
        default:
            throw ParseError(message: "say what '\(reference)' does: serves port N, crashes after D, exits CODE after D, or runs its command")
        }
        var behaviour = ImageBehaviour(run: run, pullMillis: 1_500, sizeBytes: 20_000_000, memoryBytes: 16 << 20)
        for option in parts.dropFirst() {
            let ws = option.split(separator: " ", maxSplits: 1).map(String.init)
            guard ws.count == 2 else { throw ParseError(message: "'\(option)' is not an option: pull D, memory Q or log \"TEXT\"") }
            switch ws[0] {
            case "pull":
                do { behaviour.pullMillis = try GoDuration.parse(ws[1]) } catch { throw ParseError(message: Diagnose.badDuration(ws[1])) }
            case "memory":
                guard let q = Quantity.parse(ws[1]) else { throw ParseError(message: "'\(ws[1])' is not a quantity like 64Mi") }
                behaviour.memoryBytes = q.value
            case "log":
                var t = ws[1]
                if t.count >= 2, t.first == "\"", t.last == "\"" { t = String(t.dropFirst().dropLast()) }
                behaviour.logLines.append(t)
            default:
                throw ParseError(message: "unknown option '\(ws[0])': use pull D, memory Q or log \"TEXT\"")
            }
        }
        return ImageSpec(reference: reference, behaviour: behaviour, line: line)
    }

    static func seconds(_ text: String) throws(ParseError) -> Int {
        let ms: Millis
        do { ms = try GoDuration.parse(text) } catch { throw ParseError(message: Diagnose.badDuration(text)) }
        guard ms >= 0, ms % 1000 == 0 else { throw ParseError(message: "use whole seconds: '\(text)'") }
        return Int(ms / 1000)
    }

    /// Splits on commas outside quotes.
    static func splitOptions(_ text: String) -> [String] {
        var parts: [String] = [], current = "", quoted = false
        for ch in text {
            if ch == "\"" { quoted.toggle() }
            if ch == "," && !quoted { parts.append(current.trimmingSpaces); current = "" } else { current.append(ch) }
        }
        parts.append(current.trimmingSpaces)
        return parts
    }
}

extension ImageCatalogue {
    /// The catalogue with a lesson's images added (replacing any of the same name and tag).
    public func adding(_ specs: [ImageSpec]) -> ImageCatalogue {
        var c = self
        for spec in specs {
            let ref = ImageCatalogue.reference(spec.reference)
            c.images[ref.repository, default: [:]][ref.tag] = spec.behaviour
        }
        return c
    }
}
