/// `intstr.IntOrString`: maxSurge and maxUnavailable are either a count or a percentage.
public enum IntOrString: Hashable, Sendable, CustomStringConvertible {
    case int(Int)
    case string(String)

    public var description: String {
        switch self { case .int(let i): return String(i); case .string(let s): return s }
    }

    /// `intstr.GetScaledValueFromIntOrPercent`: a percentage of `total`, rounded up or down.
    /// Returns nil for a string that is not a percentage.
    public func scaledValue(total: Int, roundUp: Bool) -> Int? {
        switch self {
        case .int(let i): return i
        case .string(let s):
            guard s.hasSuffix("%"), let p = Int(s.dropLast()) else { return nil }
            let product = p * total
            return roundUp ? (product + 99) / 100 : product / 100
        }
    }
}
