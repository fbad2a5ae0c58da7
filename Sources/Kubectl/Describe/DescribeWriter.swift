import ClusterSim
import KubeModel

/// kubectl's `PrefixWriter` over one tabwriter (`KC/pkg/describe/describe.go`): each level
/// indents two spaces; fields are `Key:\tvalue`, so blocks of them line up.
struct DescribeWriter {
    var tab = GoTabWriter()
    let now: Instant

    init(now: Instant) { self.now = now }

    mutating func write(_ level: Int, _ text: String) {
        tab.write(String(repeating: "  ", count: level) + text)
    }
    mutating func line(_ level: Int, _ text: String) { write(level, text + "\n") }
    mutating func flush() { tab.flush() }
    var text: String { tab.text }

    /// `printLabelsMultilineWithIndent`: `Labels:\tk=v` then `\tk2=v2`, sorted; `<none>`.
    mutating func labels(_ title: String, _ labels: [String: String], indent: String = "") {
        write(0, "\(indent)\(title):\t")
        if labels.isEmpty { write(0, "<none>\n"); return }
        for (i, key) in labels.keys.sorted().enumerated() {
            if i != 0 { write(0, "\(indent)\t") }
            write(0, "\(key)=\(labels[key]!)\n")
        }
    }

    /// `printAnnotationsMultiline`: `key: value`, the last-applied configuration left out,
    /// long or multi-line values on their own lines, cut at 140 characters.
    mutating func annotations(_ title: String, _ annotations: [String: String]) {
        write(0, "\(title):\t")
        let keys = annotations.keys.filter { $0 != Kubectl.lastAppliedKey }.sorted()
        if keys.isEmpty { write(0, "<none>\n"); return }
        for (i, key) in keys.enumerated() {
            if i != 0 { write(0, "\t") }
            var value = annotations[key]!
            if value.hasSuffix("\n") { value.removeLast() }
            if value.utf8.count + key.utf8.count + 2 > 140 || value.contains("\n") {
                write(0, "\(key):\n")
                for s in value.split(separator: "\n", omittingEmptySubsequences: false) {
                    let shown = s.utf8.count > 138 ? String(decoding: Array(s.utf8.prefix(138)), as: UTF8.self) + "..." : String(s)
                    write(0, "\t  \(shown)\n")
                }
            } else {
                write(0, "\(key): \(value)\n")
            }
        }
    }

    /// `printTolerationsMultilineWithIndent`.
    mutating func tolerations(_ title: String, _ tolerations: [Toleration], indent: String = "") {
        write(0, "\(indent)\(title):\t")
        if tolerations.isEmpty { write(0, "<none>\n"); return }
        let sorted = tolerations.enumerated().sorted { ($0.element.key ?? "", $0.offset) < ($1.element.key ?? "", $1.offset) }.map(\.element)
        for (i, t) in sorted.enumerated() {
            if i != 0 { write(0, "\(indent)\t") }
            var s = t.key ?? ""
            if let v = t.value, !v.isEmpty { s += "=\(v)" }
            if let e = t.effect, !e.isEmpty { s += ":\(e)" }
            if t.operator == "Exists" && (t.value ?? "").isEmpty {
                s += (t.key ?? "").isEmpty && (t.effect ?? "").isEmpty ? "op=Exists" : " op=Exists"
            }
            if let secs = t.tolerationSeconds { s += " for \(secs)s" }
            write(0, s + "\n")
        }
    }

    /// `DescribeEvents`: oldest first; `Age` is the first sighting, or
    /// `<last> (x<count> over <first>)` for a repeated event.
    mutating func events(_ events: [Event]) {
        if events.isEmpty { write(0, "Events:\t<none>\n"); return }
        flush()
        write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n")
        line(1, "----\t------\t----\t----\t-------")
        let sorted = events.enumerated().sorted { ($0.element.lastTimestamp, $0.offset) < ($1.element.lastTimestamp, $1.offset) }.map(\.element)
        for e in sorted {
            let first = HumanDuration.format(now - e.firstTimestamp)
            let interval = e.count > 1 ? "\(HumanDuration.format(now - e.lastTimestamp)) (x\(e.count) over \(first))" : first
            line(1, "\(e.type)\t\(e.reason)\t\(interval)\t\(e.source)\t\(e.message.trimmingSpaces)")
        }
    }
}
