import Testing
import KubeModel

@Suite struct HumanDurationTests {
    /// The thresholds of apimachinery's HumanDuration: truncation, never rounding.
    @Test(arguments: [
        (-5, "<invalid>"), (0, "0s"), (5, "5s"), (119, "119s"), (120, "2m"), (125, "2m5s"), (599, "9m59s"),
        (600, "10m"), (3599, "59m"), (10_799, "179m"), (10_800, "3h"), (10_860, "3h1m"), (28_740, "7h59m"),
        (28_800, "8h"), (172_799, "47h"), (172_800, "2d"), (176_400, "2d1h"), (691_199, "7d23h"), (691_200, "8d"),
        (400 * 86_400, "400d"), (2 * 365 * 86_400, "2y"), (800 * 86_400, "2y70d"), (9 * 365 * 86_400, "9y"),
    ] as [(Int64, String)])
    func formats(seconds: Int64, expected: String) {
        #expect(HumanDuration.format(seconds * 1000) == expected)
    }
}

@Suite struct GoDurationTests {
    @Test(arguments: [("30s", 30_000), ("5m", 300_000), ("1h30m", 5_400_000), ("1.5h", 5_400_000),
                      ("300ms", 300), ("0", 0), ("2m30s", 150_000)] as [(String, Int64)])
    func parses(text: String, millis: Int64) throws {
        #expect(try GoDuration.parse(text) == millis)
    }

    @Test(arguments: ["", "5", "abc", "5x", "1h30", "--1s"])
    func rejects(text: String) {
        #expect(throws: GoDuration.ParseError.self) { try GoDuration.parse(text) }
    }

    @Test func missingUnitMessageMatchesGo() {
        #expect(throws: GoDuration.ParseError.missingUnit("5")) { try GoDuration.parse("5") }
        #expect(GoDuration.ParseError.missingUnit("5").description == "time: missing unit in duration \"5\"")
    }

    @Test(arguments: [(0, "0s"), (300_000, "5m0s"), (5_400_000, "1h30m0s"), (1_500, "1.5s"), (250, "250ms"),
                      (3_600_000, "1h0m0s")] as [(Int64, String)])
    func formatsLikeGo(millis: Int64, expected: String) {
        #expect(GoDuration.format(millis) == expected)
    }
}

@Suite struct InstantTests {
    @Test func epochFormatsAsRFC3339AndRFC1123Z() {
        #expect(Instant.simulationEpoch.rfc3339 == "2025-03-03T09:00:00Z")
        #expect(Instant.simulationEpoch.rfc1123Z == "Mon, 03 Mar 2025 09:00:00 +0000")
    }

    @Test func leapDayAndYearEnd() {
        #expect(Instant(seconds: 1_709_164_800).rfc3339 == "2024-02-29T00:00:00Z")
        #expect(Instant(seconds: 1_735_689_599).rfc1123Z == "Tue, 31 Dec 2024 23:59:59 +0000")
    }

    @Test func clockSinceEpoch() {
        #expect((Instant.simulationEpoch + .seconds(190)).sinceEpochClock() == "00:03:10")
        #expect((Instant.simulationEpoch + .minutes(125)).sinceEpochClock() == "02:05:00")
    }
}
