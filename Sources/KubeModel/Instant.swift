/// A point on the simulated clock, in milliseconds since the Unix epoch.
///
/// The simulation never reads the wall clock; every timestamp an object carries
/// is an `Instant` handed out by the virtual clock, which is what makes two runs
/// of the same script byte-identical.
public struct Instant: Hashable, Comparable, Sendable {
    public var milliseconds: Int64

    public init(milliseconds: Int64) { self.milliseconds = milliseconds }
    public init(seconds: Int64) { self.milliseconds = seconds * 1000 }

    /// The instant every fresh simulated cluster starts at: 2025-03-03T09:00:00Z.
    public static let simulationEpoch = Instant(seconds: 1_740_992_400)

    public static func < (a: Instant, b: Instant) -> Bool { a.milliseconds < b.milliseconds }
    public static func + (a: Instant, d: Millis) -> Instant { Instant(milliseconds: a.milliseconds + d) }
    public static func - (a: Instant, d: Millis) -> Instant { Instant(milliseconds: a.milliseconds - d) }
    public static func - (a: Instant, b: Instant) -> Millis { a.milliseconds - b.milliseconds }

    public var seconds: Int64 { milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000 }
}

/// A span of simulated time in milliseconds.
public typealias Millis = Int64

public extension Millis {
    static func seconds(_ s: Int64) -> Millis { s * 1000 }
    static func minutes(_ m: Int64) -> Millis { m * 60_000 }
}

/// Civil calendar arithmetic (Howard Hinnant's days_from_civil), so timestamps can be
/// printed without Foundation.
public struct CivilTime: Equatable, Sendable {
    public var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int

    public init(_ instant: Instant) {
        let secs = instant.seconds
        var days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400
        let rem = secs - days * 86400
        hour = Int(rem / 3600); minute = Int(rem % 3600 / 60); second = Int(rem % 60)
        weekday = Int(((days % 7) + 11) % 7) // 1970-01-01 was a Thursday (4)
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let doe = days - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = Int(doy - (153 * mp + 2) / 5 + 1)
        month = Int(mp < 10 ? mp + 3 : mp - 9)
        year = Int(yoe + era * 400) + (month <= 2 ? 1 : 0)
    }
}

extension Instant {
    private static func pad(_ n: Int, _ width: Int = 2) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// RFC 3339 as the API server writes metav1.Time: `2025-03-03T09:00:00Z`.
    public var rfc3339: String {
        let c = CivilTime(self)
        return "\(c.year)-\(Self.pad(c.month))-\(Self.pad(c.day))T\(Self.pad(c.hour)):\(Self.pad(c.minute)):\(Self.pad(c.second))Z"
    }

    /// Go's time.RFC1123Z, which `kubectl describe` uses: `Mon, 03 Mar 2025 09:00:00 +0000`.
    public var rfc1123Z: String {
        let c = CivilTime(self)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(days[c.weekday]), \(Self.pad(c.day)) \(months[c.month - 1]) \(c.year) \(Self.pad(c.hour)):\(Self.pad(c.minute)):\(Self.pad(c.second)) +0000"
    }

    /// The clock as the shell shows it: time since the simulation started, `00:03:10`.
    public func sinceEpochClock(_ epoch: Instant = .simulationEpoch) -> String {
        let total = max(0, (self - epoch) / 1000)
        return "\(Self.pad(Int(total / 3600))):\(Self.pad(Int(total % 3600 / 60))):\(Self.pad(Int(total % 60)))"
    }
}
