import KubeModel

/// A five-field cron schedule (`minute hour day-of-month month day-of-week`), read as
/// robfig/cron v3's `ParseStandard` reads it — the parser the CronJob controller uses
/// (`pkg/controller/cronjob/utils.go`). Supports `*`, `?`, lists, ranges, `*/n` and
/// `a-b/n` steps, month and weekday names, and the `@daily`-style macros. Times are UTC.
public struct CronSchedule: Hashable, Sendable {
    public struct ParseError: Error, Hashable, Sendable { public var message: String }

    var minutes: Set<Int>, hours: Set<Int>, days: Set<Int>, months: Set<Int>, weekdays: Set<Int>
    /// robfig/cron: when either day field is `*`, both must match; otherwise either may.
    var dayStar: Bool, weekdayStar: Bool

    static let macros: [String: String] = [
        "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *",
        "@weekly": "0 0 * * 0", "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *",
    ]
    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let dayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

    public static func parse(_ text: String) -> Result<CronSchedule, ParseError> {
        let spec = macros[text.lowercased()] ?? text
        let fields = spec.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard fields.count == 5 else {
            return .failure(ParseError(message: "expected exactly 5 fields, found \(fields.count): [\(fields.joined(separator: " "))]"))
        }
        do {
            let minutes = try field(fields[0], 0...59, names: [])
            let hours = try field(fields[1], 0...23, names: [])
            let days = try field(fields[2], 1...31, names: [])
            let months = try field(fields[3], 1...12, names: monthNames, nameBase: 1)
            var weekdays = try field(fields[4], 0...7, names: dayNames)
            if weekdays.contains(7) { weekdays.remove(7); weekdays.insert(0) }
            let star: (String) -> Bool = { $0.hasPrefix("*") || $0.hasPrefix("?") }
            return .success(CronSchedule(minutes: minutes, hours: hours, days: days, months: months, weekdays: weekdays,
                                         dayStar: star(fields[2]), weekdayStar: star(fields[4])))
        } catch {
            return .failure(error)
        }
    }

    private static func field(_ text: String, _ bounds: ClosedRange<Int>, names: [String], nameBase: Int = 0) throws(ParseError) -> Set<Int> {
        var result: Set<Int> = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            let pieces = part.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard pieces.count <= 2 else { throw ParseError(message: "too many slashes: \(part)") }
            var low: Int, high: Int
            if pieces[0] == "*" || pieces[0] == "?" {
                low = bounds.lowerBound; high = bounds.upperBound
            } else {
                let ends = pieces[0].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
                guard ends.count <= 2 else { throw ParseError(message: "too many hyphens: \(part)") }
                low = try number(ends[0], names: names, nameBase: nameBase)
                high = ends.count == 2 ? try number(ends[1], names: names, nameBase: nameBase) : low
                if pieces.count == 2 && ends.count == 1 { high = bounds.upperBound }
            }
            var step = 1
            if pieces.count == 2 {
                guard let s = Int(pieces[1]), s > 0 else { throw ParseError(message: "failed to parse int from \(pieces[1])") }
                step = s
            }
            guard low >= bounds.lowerBound else { throw ParseError(message: "beginning of range (\(low)) below minimum (\(bounds.lowerBound)): \(part)") }
            guard high <= bounds.upperBound else { throw ParseError(message: "end of range (\(high)) above maximum (\(bounds.upperBound)): \(part)") }
            guard low <= high else { throw ParseError(message: "beginning of range (\(low)) beyond end of range (\(high)): \(part)") }
            result.formUnion(stride(from: low, through: high, by: step))
        }
        return result
    }

    private static func number(_ s: String, names: [String], nameBase: Int) throws(ParseError) -> Int {
        if let i = names.firstIndex(of: s.lowercased()) { return i + nameBase }
        guard let n = Int(s), n >= 0 else { throw ParseError(message: "failed to parse int from \(s)") }
        return n
    }

    func dayMatches(_ c: CivilTime) -> Bool {
        let dom = days.contains(c.day), dow = weekdays.contains(c.weekday)
        return (dayStar || weekdayStar) ? dom && dow : dom || dow
    }

    /// The first scheduled minute strictly after `t` (nil if none within eight years,
    /// e.g. `0 0 30 2 *`), as robfig's `SpecSchedule.Next` finds it.
    public func next(after t: Instant) -> Instant? {
        var minute = (t.seconds / 60 + 1) * 60 // whole seconds of the next minute
        let limit = minute + 8 * 366 * 86_400
        while minute < limit {
            let c = CivilTime(Instant(seconds: minute))
            let dayStart = minute - Int64(c.hour * 3600 + c.minute * 60)
            if !months.contains(c.month) || !dayMatches(c) { minute = dayStart + 86_400; continue }
            if !hours.contains(c.hour) { minute = dayStart + Int64((c.hour + 1) * 3600); continue }
            if !minutes.contains(c.minute) { minute += 60; continue }
            return Instant(seconds: minute)
        }
        return nil
    }

    /// The latest scheduled time in (`earliest`, `now`], and how many were missed in all
    /// (`mostRecentScheduleTime`; counting stops a little past 100, which is all that matters).
    public func mostRecent(after earliest: Instant, upTo now: Instant) -> (time: Instant, missed: Int)? {
        var last: Instant? = nil
        var count = 0
        var t = earliest
        while let n = next(after: t), n <= now {
            last = n; count += 1; t = n
            if count > 101, let skip = latest(before: now, from: n) { last = skip; break }
        }
        return last.map { ($0, count) }
    }

    /// Walks minute by minute backwards from `now` to the latest match after `floor`.
    private func latest(before now: Instant, from floor: Instant) -> Instant? {
        var minute = now.seconds / 60 * 60
        while minute > floor.seconds {
            let c = CivilTime(Instant(seconds: minute))
            if months.contains(c.month) && dayMatches(c) && hours.contains(c.hour) && minutes.contains(c.minute) { return Instant(seconds: minute) }
            minute -= 60
        }
        return floor
    }
}
