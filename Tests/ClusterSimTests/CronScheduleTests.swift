import Testing
@testable import ClusterSim
import KubeModel

/// Five-field schedules read as robfig/cron v3 `ParseStandard` reads them (WORKLOADS §4).
@Suite struct CronScheduleTests {
    /// 2025-03-03T09:00:00Z, a Monday: the simulation's epoch.
    static let monday9 = Instant.simulationEpoch

    struct Case: Sendable, CustomStringConvertible {
        var schedule: String
        var after: Instant
        var next: String
        var description: String { "\(schedule) after \(after.rfc3339) → \(next)" }
    }

    @Test(arguments: [
        Case(schedule: "0 2 * * *", after: monday9, next: "2025-03-04T02:00:00Z"),
        Case(schedule: "*/1 * * * *", after: monday9, next: "2025-03-03T09:01:00Z"),
        Case(schedule: "* * * * *", after: monday9 + 30_000, next: "2025-03-03T09:01:00Z"),
        Case(schedule: "*/15 * * * *", after: monday9 + .minutes(1), next: "2025-03-03T09:15:00Z"),
        Case(schedule: "30 9-17/4 * * *", after: monday9, next: "2025-03-03T09:30:00Z"),
        Case(schedule: "0 0 * * 0", after: monday9, next: "2025-03-09T00:00:00Z"),
        Case(schedule: "0 0 * * sun", after: monday9, next: "2025-03-09T00:00:00Z"),
        Case(schedule: "0 12 * * 7", after: monday9, next: "2025-03-09T12:00:00Z"),
        Case(schedule: "@hourly", after: monday9, next: "2025-03-03T10:00:00Z"),
        Case(schedule: "@daily", after: monday9, next: "2025-03-04T00:00:00Z"),
        Case(schedule: "@weekly", after: monday9, next: "2025-03-09T00:00:00Z"),
        Case(schedule: "@monthly", after: monday9, next: "2025-04-01T00:00:00Z"),
        Case(schedule: "@yearly", after: monday9, next: "2026-01-01T00:00:00Z"),
        Case(schedule: "0 0 1 jan,jul *", after: monday9, next: "2025-07-01T00:00:00Z"),
        Case(schedule: "0 0 29 2 *", after: monday9, next: "2028-02-29T00:00:00Z"),
        // Both day fields restricted: either may match (the 15th, or any Friday).
        Case(schedule: "0 0 15 * 5", after: monday9, next: "2025-03-07T00:00:00Z"),
        Case(schedule: "0 0 ? * 5", after: monday9, next: "2025-03-07T00:00:00Z"),
    ])
    func nextFiringTime(_ c: Case) throws {
        let s = try CronSchedule.parse(c.schedule).get()
        #expect(s.next(after: c.after)?.rfc3339 == c.next)
    }

    @Test(arguments: [
        ("0 2 * *", "expected exactly 5 fields, found 4: [0 2 * *]"),
        ("61 * * * *", "end of range (61) above maximum (59): 61"),
        ("* 5-2 * * *", "beginning of range (5) beyond end of range (2): 5-2"),
        ("*/0 * * * *", "failed to parse int from 0"),
        ("x * * * *", "failed to parse int from x"),
        ("0 0 0 * *", "beginning of range (0) below minimum (1): 0"),
    ])
    func badSchedulesAreRefused(_ text: String, _ message: String) {
        guard case .failure(let e) = CronSchedule.parse(text) else { Issue.record("\(text) parsed"); return }
        #expect(e.message == message)
    }

    @Test func mostRecentReturnsOnlyTheLatestMissedTime() throws {
        let s = try CronSchedule.parse("*/10 * * * *").get()
        let r = s.mostRecent(after: Self.monday9, upTo: Self.monday9 + .minutes(35))
        #expect(r?.time.rfc3339 == "2025-03-03T09:30:00Z")
        #expect(r?.missed == 3)
        #expect(s.mostRecent(after: Self.monday9, upTo: Self.monday9 + .minutes(9)) == nil)
    }

    @Test func mostRecentCopesWithLongGaps() throws {
        let s = try CronSchedule.parse("* * * * *").get()
        let r = s.mostRecent(after: Self.monday9, upTo: Self.monday9 + .minutes(60 * 24 * 3) + 20_000)
        #expect(r?.time == Self.monday9 + .minutes(60 * 24 * 3))
    }
}
