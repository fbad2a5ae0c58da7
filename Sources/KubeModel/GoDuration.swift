/// Go's `time.ParseDuration` and `Duration.String()`, because the simulation commands
/// (`advance 1h30m`) and several kubectl flags speak Go durations.
public enum GoDuration {
    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case invalid(String), missingUnit(String), unknownUnit(String, String)
        public var description: String {
            switch self {
            case .invalid(let s): return "time: invalid duration \"\(s)\""
            case .missingUnit(let s): return "time: missing unit in duration \"\(s)\""
            case .unknownUnit(let u, let s): return "time: unknown unit \"\(u)\" in duration \"\(s)\""
            }
        }
    }

    private static let units: [(String, Double)] = [
        ("ns", 1e-6), ("us", 1e-3), ("µs", 1e-3), ("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000),
    ]

    /// Parses `300ms`, `30s`, `1h30m`, `1.5h`; a bare `0` is allowed as in Go.
    public static func parse(_ text: String) throws(ParseError) -> Millis {
        var s = Substring(text)
        var negative = false
        if s.first == "-" || s.first == "+" { negative = s.first == "-"; s = s.dropFirst() }
        if s == "0" { return 0 }
        if s.isEmpty { throw .invalid(text) }
        var total = 0.0
        while !s.isEmpty {
            let number = s.prefix { $0.isNumber || $0 == "." }
            guard !number.isEmpty, let value = Double(number) else { throw .invalid(text) }
            s = s.dropFirst(number.count)
            let unit = s.prefix { !($0.isNumber || $0 == ".") }
            if unit.isEmpty { throw .missingUnit(text) }
            guard let factor = units.first(where: { $0.0 == String(unit) })?.1 else {
                throw .unknownUnit(String(unit), text)
            }
            s = s.dropFirst(unit.count)
            total += value * factor
        }
        let ms = Millis(total.rounded())
        return negative ? -ms : ms
    }

    /// Formats like Go: `5m0s`, `1h30m0s`, `1.5s`, `0s`.
    public static func format(_ ms: Millis) -> String {
        if ms == 0 { return "0s" }
        var out = ms < 0 ? "-" : ""
        var rest = abs(ms)
        if rest < 1000 { return out + "\(rest)ms" }
        let h = rest / 3_600_000; rest %= 3_600_000
        let m = rest / 60_000; rest %= 60_000
        let s = rest / 1000, frac = rest % 1000
        if h > 0 { out += "\(h)h" }
        if h > 0 || m > 0 { out += "\(m)m" }
        out += "\(s)"
        if frac > 0 {
            var f = String(frac)
            f = String(repeating: "0", count: 3 - f.count) + f
            while f.hasSuffix("0") { f.removeLast() }
            out += "." + f
        }
        return out + "s"
    }
}
