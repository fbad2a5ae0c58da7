import ClusterSim
import KubeModel
import Testing
@testable import Kubectl

/// The Events table of `describe` (`DescribeEvents`): oldest first, repeated events as
/// `<last> (x<count> over <first>)`, `<none>` when there are none.
@Suite struct DescribeEventsTests {
    static let now = Instant.simulationEpoch + .minutes(10)

    static func event(_ reason: String, _ message: String, type: String = "Normal", source: String = "kubelet",
                      first: Millis, last: Millis, count: Int) -> Event {
        var e = Event(metadata: ObjectMeta(name: "p.\(reason)", namespace: "default"), involvedObject: ObjectRef(.pod, ObjectKey("default", "p")),
                      involvedUID: "u", reason: reason, message: message, type: type, source: source, at: now - first)
        e.lastTimestamp = now - last
        e.count = count
        return e
    }

    @Test func repeatedEventsShowTheirCountAndSpan() {
        var w = DescribeWriter(now: Self.now)
        w.line(0, "QoS Class:\tBestEffort")
        w.events([
            Self.event("BackOff", "Back-off restarting failed container crashy in pod crashy_default(u)", type: "Warning", first: .minutes(3), last: .seconds(12), count: 10),
            Self.event("Scheduled", "Successfully assigned default/crashy to node-1", source: "default-scheduler", first: .minutes(3), last: .minutes(3), count: 1),
            Self.event("Created", "Created container crashy", first: .minutes(3), last: .seconds(90), count: 5),
        ])
        #expect(w.text == """
        QoS Class:  BestEffort
        Events:
          Type     Reason     Age                From               Message
          ----     ------     ----               ----               -------
          Normal   Scheduled  3m                 default-scheduler  Successfully assigned default/crashy to node-1
          Normal   Created    90s (x5 over 3m)   kubelet            Created container crashy
          Warning  BackOff    12s (x10 over 3m)  kubelet            Back-off restarting failed container crashy in pod crashy_default(u)

        """)
    }

    @Test func noEventsJoinTheBlockAbove() {
        var w = DescribeWriter(now: Self.now)
        w.line(0, "Node-Selectors:\t<none>")
        w.events([])
        #expect(w.text == "Node-Selectors:  <none>\nEvents:          <none>\n")
    }
}
