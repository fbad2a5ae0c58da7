import KubeModel

/// Small text helpers for the shell model (ClusterSim has no Foundation): busybox argument
/// formats, `echo -e` escapes, `date` output, and substring search and replace.
enum ShellText {
    /// busybox `sleep` arguments: `5`, `0.5`, `2m`, `1h`, `1d`.
    static func duration(_ s: String) -> Millis? {
        var number = s, factor = 1000.0
        if let last = s.last, "smhd".contains(last) {
            number = String(s.dropLast())
            factor = last == "s" ? 1000 : last == "m" ? 60_000 : last == "h" ? 3_600_000 : 86_400_000
        }
        guard let v = Double(number), v >= 0 else { return nil }
        return Millis((v * factor).rounded())
    }

    /// `stress --vm-bytes 250M` sizes: B, K, M, G as powers of 1024.
    static func bytes(_ s: String) -> Int64? {
        let units: [Character: Int64] = ["B": 1, "K": 1 << 10, "k": 1 << 10, "M": 1 << 20, "m": 1 << 20, "G": 1 << 30, "g": 1 << 30]
        if let last = s.last, let unit = units[last], let n = Int64(s.dropLast()) { return n * unit }
        return Int64(s)
    }

    /// `echo -e 'a\nb'`: the lines it prints.
    static func unescape(_ text: String) -> [String] {
        split(replace("\\t", with: "\t", in: text), by: "\\n")
    }

    /// busybox `date`: `Mon Mar  3 09:00:05 UTC 2025`.
    static func date(_ t: Instant) -> String {
        let c = CivilTime(t)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let day = c.day < 10 ? " \(c.day)" : "\(c.day)"
        return "\(days[c.weekday]) \(months[c.month - 1]) \(day) \(two(c.hour)):\(two(c.minute)):\(two(c.second)) UTC \(c.year)"
    }

    /// The first occurrence of `target` in `text`.
    static func find(_ target: String, in text: String) -> Range<String.Index>? {
        guard !target.isEmpty else { return nil }
        var i = text.startIndex
        while i < text.endIndex {
            if text[i...].hasPrefix(target) { return i..<text.index(i, offsetBy: target.count) }
            i = text.index(after: i)
        }
        return nil
    }

    static func replace(_ target: String, with replacement: String, in text: String) -> String {
        var out = "", rest = text
        while let r = find(target, in: rest) {
            out += rest[..<r.lowerBound]; out += replacement
            rest = String(rest[r.upperBound...])
        }
        return out + rest
    }

    static func split(_ text: String, by separator: String) -> [String] {
        var out: [String] = [], rest = text
        while let r = find(separator, in: rest) {
            out.append(String(rest[..<r.lowerBound])); rest = String(rest[r.upperBound...])
        }
        out.append(rest)
        return out
    }
}
