@testable import ClusterSim
import KubeModel
import Testing

/// The event recorder's correlation (client-go `tools/record/events_cache.go`): counting
/// repeats, combining ten different messages of one reason, and the per-object spam filter.
@Suite("Events: correlation")
struct EventCorrelatorTests {
    static let rs = ObjectRef(.replicaSet, ObjectKey("default", "web-5d59"))

    static func created(_ pod: String, source: ControllerID = .replicaSet) -> EventRecord {
        EventRecord(object: rs, uid: "rs-uid", reason: "SuccessfulCreate", message: "Created pod: \(pod)", source: source)
    }

    static func seconds(_ s: Int64) -> Instant { .simulationEpoch + .seconds(s) }

    static func lines(_ store: EventStore) -> [String] {
        store.about(uid: "rs-uid").map { "\($0.message) x\($0.count)" }
    }

    @Test func nineDifferentMessagesStayApartAndTheTenthStartsACombinedEvent() {
        var store = EventStore()
        for i in 1...12 { store.record(Self.created("web-5d59-\(i)"), at: Self.seconds(Int64(i))) }
        let events = store.about(uid: "rs-uid")
        #expect(events.count == 10)
        #expect(events.prefix(9).map(\.message) == (1...9).map { "Created pod: web-5d59-\($0)" })
        let combined = events[9]
        #expect(combined.message == "(combined from similar events): Created pod: web-5d59-12")
        #expect(combined.count == 3)
        #expect(combined.firstTimestamp == Self.seconds(10))
        #expect(combined.lastTimestamp == Self.seconds(12))
    }

    @Test func aRepeatedMessageCountsUpAndNeverCombines() {
        var store = EventStore()
        let record = EventRecord(object: Self.rs, uid: "rs-uid", type: "Warning", reason: "FailedCreate",
                                 message: "pods \"web\" is forbidden: exceeded quota", source: .replicaSet)
        for i in 1...20 { store.record(record, at: Self.seconds(Int64(i))) }
        #expect(Self.lines(store) == ["pods \"web\" is forbidden: exceeded quota x20"])
    }

    @Test func aQuietSpellOfTenMinutesStartsTheGroupAfresh() {
        var store = EventStore()
        for i in 1...8 { store.record(Self.created("a-\(i)"), at: Self.seconds(Int64(i))) }
        // 601 s after the last one: the group's memory of messages is gone, so eight more
        // different messages are still events of their own.
        for i in 1...8 { store.record(Self.created("b-\(i)"), at: Self.seconds(Int64(608 + i))) }
        #expect(store.about(uid: "rs-uid").count == 16)
        #expect(!store.about(uid: "rs-uid").contains { $0.message.hasPrefix("(combined") })
        // Without the pause the ninth different message after eight would have been the tenth.
        var busy = EventStore()
        for i in 1...10 { busy.record(Self.created("a-\(i)"), at: Self.seconds(Int64(i))) }
        #expect(busy.about(uid: "rs-uid").last?.message == "(combined from similar events): Created pod: a-10")
    }

    @Test func aSourceWritesTwentyFiveEventsAboutAnObjectThenOneEveryFiveMinutes() {
        var store = EventStore()
        let pod = ObjectRef(.pod, ObjectKey("default", "crashy"))
        func backOff(_ t: Int64) {
            store.record(EventRecord(object: pod, uid: "pod-uid", type: "Warning", reason: "BackOff", message: "Back-off restarting failed container",
                                     source: .kubelet, host: "node-1"), at: Self.seconds(t))
        }
        for t in 1...30 { backOff(Int64(t)) }
        // 25 writes: the first creates the event, 24 more count it up to 25; five are held back.
        #expect(store.about(uid: "pod-uid").map(\.count) == [25])
        #expect(store.about(uid: "pod-uid").first?.lastTimestamp == Self.seconds(25))
        backOff(200) // no token yet: 200 s after the burst refills two thirds of one
        #expect(store.about(uid: "pod-uid").map(\.count) == [25])
        backOff(301) // 300 s after the first write, a token: the write carries every repeat seen
        #expect(store.about(uid: "pod-uid").map(\.count) == [32])
        #expect(store.about(uid: "pod-uid").first?.lastTimestamp == Self.seconds(301))
    }

    @Test func anEventHeldBackFromTheStartAppearsWithItsFirstTimeWhenItIsWritten() {
        var store = EventStore()
        for i in 1...30 { store.record(Self.created("web-\(i)"), at: Self.seconds(1)) }
        let held = EventRecord(object: Self.rs, uid: "rs-uid", type: "Warning", reason: "FailedDelete", message: "nope", source: .replicaSet)
        store.record(held, at: Self.seconds(2))
        #expect(!store.about(uid: "rs-uid").contains { $0.reason == "FailedDelete" })
        store.record(held, at: Self.seconds(400))
        let written = store.about(uid: "rs-uid").first { $0.reason == "FailedDelete" }
        #expect(written?.count == 2)
        #expect(written?.firstTimestamp == Self.seconds(2))
        #expect(written?.lastTimestamp == Self.seconds(400))
    }

    @Test func eachSourceHasItsOwnBucketAndTheSchedulerNone() {
        var store = EventStore()
        for i in 1...40 { store.record(Self.created("web-\(i)"), at: Self.seconds(1)) }
        let failed = EventRecord(object: Self.rs, uid: "rs-uid", type: "Warning", reason: "FailedScheduling",
                                 message: "0/3 nodes are available", source: .scheduler)
        for i in 1...40 { store.record(failed, at: Self.seconds(Int64(i))) }
        // The scheduler records through events.k8s.io: every repeat is written.
        #expect(store.about(uid: "rs-uid").first { $0.reason == "FailedScheduling" }?.count == 40)
        // The ReplicaSet controller's 25 writes: nine events, then the combined one written 16 times.
        let combined = store.about(uid: "rs-uid").first { $0.message.hasPrefix("(combined") }
        #expect(combined?.count == 16)
        #expect(combined?.message == "(combined from similar events): Created pod: web-25")
        #expect(store.count == 11)
    }

    @Test func theSameMessageForTwoContainersIsTwoEvents() {
        var store = EventStore()
        let pod = ObjectRef(.pod, ObjectKey("default", "two"))
        for container in ["a", "b"] {
            store.record(EventRecord(object: pod, uid: "pod-uid", reason: "Pulled", message: "Container image \"busybox\" already present on machine",
                                     source: .kubelet, fieldPath: "spec.containers{\(container)}", host: "node-1"), at: Self.seconds(1))
        }
        #expect(store.about(uid: "pod-uid").map { "\($0.fieldPath ?? "") x\($0.count)" } == ["spec.containers{a} x1", "spec.containers{b} x1"])
    }

    /// Past sixteen events an object's events are found through a table; the answers must be the
    /// ones a scan gives.
    @Test func anObjectWithManyEventsFindsRepeatsAsOneWithFew() {
        var store = EventStore()
        let pod = ObjectRef(.pod, ObjectKey("default", "busy"))
        for round in 0..<3 {
            for i in 1...20 {
                store.record(EventRecord(object: pod, uid: "pod-uid", reason: "Reason\(i)", message: "same", source: .scheduler),
                             at: Self.seconds(Int64(round * 20 + i)))
            }
        }
        #expect(store.about(uid: "pod-uid").map(\.count) == Array(repeating: 3, count: 20))
    }

    /// Through the whole simulation: a ReplicaSet of twelve replicas tells of nine pods one by
    /// one and of the last three together, as `kubectl describe rs` shows on a real cluster.
    @Test func aReplicaSetOfTwelveCombinesItsLastCreates() {
        let sim = Simulation(nodes: 3, seed: 1)
        Fixture.create(sim, Fixture.deployment("web", replicas: 12))
        sim.settle()
        let rs = Fixture.replicaSets(sim, "web")[0]
        let creates = sim.state.events.about(uid: rs.metadata.uid).filter { $0.reason == "SuccessfulCreate" }
        #expect(creates.count == 10)
        #expect(creates.prefix(9).allSatisfy { $0.message.hasPrefix("Created pod: web-") && $0.count == 1 })
        #expect(creates[9].message.hasPrefix("(combined from similar events): Created pod: web-"))
        #expect(creates[9].count == 3)
    }

    /// The API server keeps an event an hour after its last write (`--event-ttl`); a recorder
    /// that writes it again re-creates it with the name, first time and count it remembers.
    @Test func anEventExpiresAnHourAfterItsLastWriteAndAWriteBringsItBack() {
        var store = EventStore()
        let record = EventRecord(object: Self.rs, uid: "rs-uid", type: "Warning", reason: "FailedCreate",
                                 message: "pods \"web\" is forbidden: exceeded quota", source: .replicaSet)
        store.record(record, at: Self.seconds(0))
        store.record(record, at: Self.seconds(60))
        let name = store.all.first?.metadata.name
        store.clock = Self.seconds(60 + 3_599)
        #expect(Self.lines(store) == ["pods \"web\" is forbidden: exceeded quota x2"])
        store.clock = Self.seconds(60 + 3_600)
        #expect(store.about(uid: "rs-uid").isEmpty)
        #expect(store.all.isEmpty && store.count == 0)
        #expect(store.named(name ?? "", in: "default") == nil)

        store.record(record, at: Self.seconds(5_000))
        store.clock = Self.seconds(5_000)
        let back = store.about(uid: "rs-uid")
        #expect(back.map(\.count) == [3])
        #expect(back.first?.metadata.name == name)
        #expect(back.first?.firstTimestamp == Self.seconds(0))
        #expect(back.first?.lastTimestamp == Self.seconds(5_000))
    }

    /// In a cluster: a pod's events are listed for an hour after they were written, then not.
    @Test func aQuietPodsEventsAreGoneAfterAnHour() {
        let sim = Simulation(nodes: 2, seed: 1)
        let pod = T.create(sim, T.pod("quiet"))
        _ = sim.settle()
        #expect(sim.state.events.about(uid: pod.metadata.uid).map(\.reason) == ["Scheduled", "Pulling", "Pulled", "Created", "Started"])
        _ = sim.advance(by: .minutes(59))
        #expect(sim.state.events.about(uid: pod.metadata.uid).count == 5)
        _ = sim.advance(by: .minutes(2))
        #expect(sim.state.events.about(uid: pod.metadata.uid).isEmpty)
        #expect(sim.state.events.inNamespace("default").isEmpty)
    }
}
