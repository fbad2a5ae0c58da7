/// A resource quantity (`100m`, `0.5`, `128Mi`, `1Gi`, `2`), kept as an exact integer of
/// milli-units so arithmetic never drifts. `k8s.io/apimachinery/pkg/api/resource/quantity.go`.
public struct Quantity: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Thousandths of the base unit (milli-cores for cpu, milli-bytes for memory).
    public var milli: Int64
    /// The text as written, kept for printing back (`128Mi` prints as `128Mi`).
    public var text: String

    public init(milli: Int64, text: String) { self.milli = milli; self.text = text }
    public static func < (a: Quantity, b: Quantity) -> Bool { a.milli < b.milli }
    public static func == (a: Quantity, b: Quantity) -> Bool { a.milli == b.milli }
    public func hash(into h: inout Hasher) { h.combine(milli) }
    public var description: String { text }

    /// Whole units, rounded up (bytes for memory, cores for cpu).
    public var value: Int64 { (milli + 999) / 1000 }

    public static func cores(_ n: Int64) -> Quantity { Quantity(milli: n * 1000, text: "\(n)") }
    public static func gibibytes(_ n: Int64) -> Quantity { Quantity(milli: n * 1_073_741_824 * 1000, text: "\(n)Gi") }

    private static let suffixes: [(String, Int64, Int64)] = [
        // (suffix, numerator, denominator) relative to the base unit
        ("Ki", 1 << 10, 1), ("Mi", 1 << 20, 1), ("Gi", 1 << 30, 1), ("Ti", 1 << 40, 1), ("Pi", 1 << 50, 1),
        ("n", 1, 1_000_000_000), ("u", 1, 1_000_000), ("m", 1, 1000),
        ("k", 1000, 1), ("M", 1_000_000, 1), ("G", 1_000_000_000, 1), ("T", 1_000_000_000_000, 1),
        ("P", 1_000_000_000_000_000, 1), ("", 1, 1),
    ]

    /// Parses a quantity; nil when it is not one (the caller words the error).
    public static func parse(_ text: String) -> Quantity? {
        let t = text.trimmingSpaces
        guard !t.isEmpty else { return nil }
        for (suffix, num, den) in suffixes where t.hasSuffix(suffix) {
            let numberText = String(t.dropLast(suffix.count))
            guard !numberText.isEmpty, numberText.allSatisfy({ $0.isNumber || $0 == "." }),
                  numberText.filter({ $0 == "." }).count <= 1 else { continue }
            let parts = numberText.split(separator: ".", omittingEmptySubsequences: false)
            guard let whole = Int64(parts[0].isEmpty ? "0" : String(parts[0])) else { return nil }
            var milli = whole.multipliedReportingOverflow(by: num * 1000)
            if milli.overflow { return nil }
            var total = milli.partialValue / den
            if parts.count == 2, !parts[1].isEmpty {
                let fracDigits = String(parts[1].prefix(9))
                guard let frac = Int64(fracDigits) else { return nil }
                var scale: Int64 = 1
                for _ in 0..<fracDigits.count { scale *= 10 }
                milli = (frac * 1000).multipliedReportingOverflow(by: num)
                if milli.overflow { return nil }
                total += milli.partialValue / scale / den
            }
            return Quantity(milli: total, text: t)
        }
        return nil
    }
}
