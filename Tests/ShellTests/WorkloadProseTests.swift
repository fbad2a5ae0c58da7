import Testing
@testable import ClusterSim
import KubeModel
@testable import Shell

/// Every Deployment, ReplicaSet and garbage-collector reason rendered, word for word.
@Suite struct WorkloadProseTests {
    static let d = ObjectKey("default", "my-web")
    static let rsKey = ObjectKey("default", "my-web-7c5d8b9f4")

    struct Case: Sendable, CustomStringConvertible {
        var reason: Reason
        var text: String
        var description: String { text }
    }

    @Test(arguments: [
        Case(reason: .deployment(.createdReplicaSet(deployment: d, replicaSet: "my-web-5d59d67564", revision: 1, replicas: 3, why: .noReplicaSet)),
             text: "Deployment my-web has no ReplicaSet for its pod template, so I create ReplicaSet my-web-5d59d67564 (revision 1) and ask it for 3 pods."),
        Case(reason: .deployment(.createdReplicaSet(deployment: d, replicaSet: "my-web-7c5d8b9f4", revision: 2, replicas: 1,
                                                    why: .rollingUpdate(maxTotal: 4, maxSurge: 1, specTotal: 3))),
             text: "The pod template of my-web changed, so I create ReplicaSet my-web-7c5d8b9f4 (revision 2). A rolling update may ask for at most 4 pods (replicas + maxSurge 1) and the old ReplicaSets ask for 3, so there is room for 1: it starts with 1."),
        Case(reason: .deployment(.createdReplicaSet(deployment: d, replicaSet: "my-web-7c5d8b9f4", revision: 2, replicas: 3, why: .recreate)),
             text: "Every old pod of my-web is gone, so I create ReplicaSet my-web-7c5d8b9f4 (revision 2) with all 3 pods at once (Recreate)."),
        Case(reason: .deployment(.scaledReplicaSet(deployment: d, replicaSet: "my-web-7c5d8b9f4", from: 3, to: 5, why: .scaledDeployment(replicas: 5))),
             text: "my-web wants 5 pods, so I scale its ReplicaSet my-web-7c5d8b9f4 up from 3 to 5."),
        Case(reason: .deployment(.scaledReplicaSet(deployment: d, replicaSet: "my-web-7c5d8b9f4", from: 1, to: 2,
                                                   why: .rollingSurge(available: 1, replicas: 3, maxTotal: 4, specTotal: 3))),
             text: "A rolling update of my-web: new ReplicaSet my-web-7c5d8b9f4 has 1 of 3 available; its ReplicaSets may ask for at most 4 pods together and ask for 3, so I scale it up to 2."),
        Case(reason: .deployment(.scaledReplicaSet(deployment: d, replicaSet: "my-web-7c5d8b9f4", from: 6, to: 3, why: .newAboveReplicas(replicas: 3))),
             text: "New ReplicaSet my-web-7c5d8b9f4 asks for more pods than my-web wants (3), so I scale it down from 6 to 3."),
        Case(reason: .deployment(.scaledReplicaSet(deployment: d, replicaSet: "my-web-844b75896d", from: 5, to: 0, why: .unhealthyOld(unavailable: 5))),
             text: "A rolling update of my-web: old ReplicaSet my-web-844b75896d has 5 unavailable pods; removing those costs no availability, so I scale it down from 5 to 0."),
        Case(reason: .deployment(.scaledReplicaSet(deployment: d, replicaSet: "my-web-5d59d67564", from: 3, to: 2, why: .rollingDrain(available: 4, minAvailable: 3))),
             text: "A rolling update of my-web: 4 pods are available and at least 3 must stay so (replicas − maxUnavailable), so I scale old ReplicaSet my-web-5d59d67564 down from 3 to 2."),
        Case(reason: .deployment(.scaledReplicaSet(deployment: d, replicaSet: "my-web-5d59d67564", from: 8, to: 11, why: .proportional(replicas: 15, allowed: 18))),
             text: "my-web now wants 15 pods in the middle of a rollout, so I share the change among its ReplicaSets in proportion to their sizes (at most 18 in all): my-web-5d59d67564 goes up from 8 to 11."),
        Case(reason: .deployment(.scaledReplicaSet(deployment: d, replicaSet: "my-web-5d59d67564", from: 2, to: 0, why: .newSaturated(replicas: 3))),
             text: "New ReplicaSet of my-web already runs all 3 pods, so old ReplicaSet my-web-5d59d67564 goes down from 2 to 0."),
        Case(reason: .deployment(.scaledReplicaSet(deployment: d, replicaSet: "my-web-5d59d67564", from: 3, to: 0, why: .recreateOld)),
             text: "my-web uses the Recreate strategy: every old pod goes before a new one starts, so I scale ReplicaSet my-web-5d59d67564 down from 3 to 0."),
        Case(reason: .deployment(.scaledReplicaSet(deployment: d, replicaSet: "my-web-7c5d8b9f4", from: 0, to: 3, why: .recreateNew(replicas: 3))),
             text: "The old pods of my-web are gone, so its new ReplicaSet my-web-7c5d8b9f4 gets all 3 pods: from 0 to 3 (Recreate)."),
        Case(reason: .deployment(.reusedReplicaSet(deployment: d, replicaSet: "my-web-5d59d67564", oldRevision: 1, newRevision: 3)),
             text: "The pod template of my-web matches ReplicaSet my-web-5d59d67564 again, so no new ReplicaSet is needed: revision 1 becomes revision 3 (the old number moves to its revision-history)."),
        Case(reason: .deployment(.copiedAnnotations(deployment: d, replicaSet: "my-web-5d59d67564")),
             text: "I copy the annotations of my-web onto its current ReplicaSet my-web-5d59d67564, where `kubectl rollout history` reads them."),
        Case(reason: .deployment(.adoptedReplicaSet(deployment: d, replicaSet: "my-web-5d59d67564")),
             text: "ReplicaSet my-web-5d59d67564 has no owner and its labels match the selector of my-web, so I adopt it."),
        Case(reason: .deployment(.releasedReplicaSet(deployment: d, replicaSet: "my-web-5d59d67564")),
             text: "ReplicaSet my-web-5d59d67564 no longer matches the selector of my-web, so I let it go; it keeps its pods."),
        Case(reason: .deployment(.deletedOldReplicaSet(deployment: d, replicaSet: "my-web-5d59d67564", revision: 1, limit: 10)),
             text: "my-web keeps at most 10 old ReplicaSets (revisionHistoryLimit), so I delete the oldest empty one, my-web-5d59d67564 (revision 1)."),
        Case(reason: .deployment(.hashCollision(deployment: d, replicaSet: "my-web-5d59d67564", collisionCount: 1)),
             text: "The name my-web-5d59d67564 is taken by a ReplicaSet that is not my-web's, so I raise its collisionCount to 1; the next pod-template-hash will differ."),
        Case(reason: .deployment(.rolloutComplete(deployment: d, replicaSet: "my-web-5d59d67564", replicas: 3)),
             text: "All 3 pods of my-web run the current template in ReplicaSet my-web-5d59d67564 and are available: the rollout is complete."),
        Case(reason: .deployment(.progressDeadlineExceeded(deployment: d, replicaSet: "my-web-844b75896d", seconds: 600)),
             text: "The rollout of ReplicaSet my-web-844b75896d of my-web has made no progress for 600s (progressDeadlineSeconds), so I mark it Progressing=False, ProgressDeadlineExceeded. Nothing is rolled back; I keep trying."),
        Case(reason: .deployment(.paused(deployment: d)),
             text: "my-web is paused: I keep its ReplicaSets at their sizes and start no rollout until it is resumed."),
        Case(reason: .deployment(.resumed(deployment: d)),
             text: "my-web is resumed: rollouts go on, and the progress deadline counts from now."),
        Case(reason: .deployment(.statusUpdate(deployment: d)), text: "I update the status of deployment my-web."),
        Case(reason: .replicaSet(.tooFewPods(replicaSet: rsKey, have: 2, want: 3)), text: "I see 2 copies of my-web-7c5d8b9f4. I need 3."),
        Case(reason: .replicaSet(.tooManyPods(replicaSet: rsKey, have: 3, want: 1)),
             text: "I see 3 copies of my-web-7c5d8b9f4. I need only 1, so I am deleting 2 pods."),
        Case(reason: .replicaSet(.adoptOrphan(replicaSet: rsKey, pod: "stray")),
             text: "Pod stray has no owner and matches the selector of my-web-7c5d8b9f4, so I adopt it."),
        Case(reason: .replicaSet(.releasePod(replicaSet: rsKey, pod: "quarantined")),
             text: "Pod quarantined no longer matches the selector of my-web-7c5d8b9f4, so I let it go; it keeps running on its own."),
        Case(reason: .replicaSet(.statusUpdate(replicaSet: rsKey)), text: "I update the status counts of my-web-7c5d8b9f4."),
        Case(reason: .garbageCollector(.ownerDeleted(dependent: ObjectRef(.replicaSet, rsKey), ownerKind: "Deployment", ownerName: "my-web")),
             text: "Deployment my-web is gone, so I delete what it owned: replicaset my-web-7c5d8b9f4."),
        Case(reason: .garbageCollector(.orphaned(dependent: ObjectRef(.replicaSet, rsKey), ownerKind: "Deployment", ownerName: "my-web")),
             text: "Deployment my-web was deleted with --cascade=orphan, so replicaset my-web-7c5d8b9f4 keeps running without an owner."),
        Case(reason: .garbageCollector(.foregroundDependent(dependent: ObjectRef(.replicaSet, rsKey), ownerKind: "Deployment", ownerName: "my-web")),
             text: "Deployment my-web is being deleted in the foreground: it stays until what it owns is gone, so I delete replicaset my-web-7c5d8b9f4 first."),
        Case(reason: .garbageCollector(.foregroundFinished(owner: ObjectRef(.deployment, d))),
             text: "Everything deployment my-web owned is gone, so I remove its foregroundDeletion finalizer and it is deleted."),
    ])
    func renders(_ c: Case) {
        #expect(Prose.render(c.reason) == c.text)
    }

    /// A decision reads as the controller speaking, bookkeeping left out, created names filled in.
    @Test func decisionSentenceNamesTheController() {
        let decision = Decision(sequence: 1, time: .simulationEpoch, controller: .replicaSet, subject: "replicaset/my-web-7c5d8b9f4",
                                reasons: [.replicaSet(.tooFewPods(replicaSet: Self.rsKey, have: 2, want: 3)), .replicaSet(.statusUpdate(replicaSet: Self.rsKey))],
                                effects: [.created(ObjectRef(.pod, ObjectKey("default", "my-web-7c5d8b9f4-x7k2p")))], notable: true)
        #expect(Prose.sentence(for: decision) == "ReplicaSet controller: I see 2 copies of my-web-7c5d8b9f4. I need 3. Creating my-web-7c5d8b9f4-x7k2p.")
    }
}
