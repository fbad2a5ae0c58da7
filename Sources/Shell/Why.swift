import ClusterSim
import KubeModel

/// `why KIND/NAME`: the causal chain of an object, from the object back to the command a
/// person typed, and, for an object that is missing or not running, what stands in its way.
enum Why {
    static func explain(_ ref: ObjectRef, sim: Simulation) -> String {
        var lines: [String] = []
        let exists = sim.get(ref.kind, ref.key) != nil
        if exists {
            lines.append(chain(ref, sim: sim))
            lines += status(ref, sim: sim)
        } else {
            lines.append("\(ref) does not exist.")
            lines += gone(ref, sim: sim)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `pod/x ← ReplicaSet r wanted 3 ← Deployment d revision 2 ← you ran … at 00:03:10`.
    static func chain(_ ref: ObjectRef, sim: Simulation) -> String {
        var parts = [ref.description]
        var current: ObjectRef? = ref
        var seen: Set<ObjectRef> = []
        while let r = current, seen.insert(r).inserted {
            guard let obj = sim.get(r.kind, r.key) else { break }
            let creation = creatingDecision(r, sim: sim)
            if let owner = obj.metadata.controllerRef, let kind = Kind(rawValue: owner.kind) {
                let ownerRef = ObjectRef(kind, ObjectKey(r.key.namespace, owner.name))
                parts.append(ownerPhrase(owner: owner, decision: creation))
                current = ownerRef
            } else {
                parts.append(personPhrase(r, before: creation?.time, sim: sim))
                current = nil
            }
        }
        return parts.joined(separator: " ← ")
    }

    static func creatingDecision(_ ref: ObjectRef, sim: Simulation) -> Decision? {
        sim.log.entries.last { $0.effects.contains(.created(ref)) }
    }

    static func ownerPhrase(owner: OwnerReference, decision: Decision?) -> String {
        guard let decision else { return "\(owner.kind) \(owner.name)" }
        for reason in decision.reasons {
            switch reason {
            case .replicaSet(.tooFewPods(_, _, let want)): return "\(owner.kind) \(owner.name) wanted \(want)"
            case .deployment(.createdReplicaSet(_, _, let revision, _, _)): return "\(owner.kind) \(owner.name) revision \(revision)"
            default: continue
            }
        }
        return "\(owner.kind) \(owner.name)"
    }

    /// The latest command a person ran on `ref` (before `time`, if given).
    static func personPhrase(_ ref: ObjectRef, before time: Instant?, sim: Simulation) -> String {
        let actions = sim.userActions.filter { $0.objects.contains(ref) && (time == nil || $0.time <= time!) }
        guard let action = actions.last ?? sim.userActions.last(where: { $0.objects.contains(ref) }) else {
            return "part of the cluster from the start"
        }
        return "you ran \(action.command) at \(action.time.sinceEpochClock())"
    }

    /// Why an existing object is not where it should be: not scheduled, not running, being deleted.
    static func status(_ ref: ObjectRef, sim: Simulation) -> [String] {
        switch sim.get(ref.kind, ref.key) {
        case .pod(let pod)?: return podStatus(pod, sim: sim)
        case .node(let node)?:
            var out: [String] = []
            if !node.isReady { out.append("It is NotReady: \(node.status.condition("Ready")?.message ?? "its kubelet is not reporting").") }
            if node.spec.unschedulable { out.append("It is cordoned: no new pods are scheduled onto it.") }
            return out
        case .deployment(let d)?:
            var out: [String] = []
            if let p = d.status.condition("Progressing"), p.status != .true { out.append("Progressing is \(p.status.rawValue): \(p.message)") }
            if d.status.availableReplicas < d.spec.replicas {
                out.append("\(d.status.availableReplicas) of \(d.spec.replicas) replicas are available.")
            }
            return out
        default: return []
        }
    }

    static func podStatus(_ pod: Pod, sim: Simulation) -> [String] {
        var out: [String] = []
        let events = sim.state.events.about(uid: pod.metadata.uid)
        if pod.metadata.deletionTimestamp != nil {
            if let e = events.last(where: { $0.reason == "TaintManagerEviction" }) {
                out.append("It was evicted at \(e.lastTimestamp.sinceEpochClock()): its node stopped responding and its 300s toleration ran out.")
            } else {
                out.append("It is being deleted (Terminating).")
            }
            if let node = pod.spec.nodeName, sim.state.nodeRuntime[node]?.kubeletRunning == false {
                out.append("Its node \(node) is down, so no kubelet can confirm the containers stopped: it stays Terminating until the node returns or is deleted.")
            }
            return out
        }
        if pod.spec.nodeName == nil {
            let msg = pod.status.condition("PodScheduled")?.message ?? "the scheduler has not placed it yet"
            out.append("It is Pending: \(msg)")
            return out
        }
        for cs in pod.status.initContainerStatuses + pod.status.containerStatuses {
            switch cs.state {
            case .waiting(let reason, let message) where reason != "ContainerCreating" && reason != "PodInitializing":
                out.append("Container \(cs.name) is waiting: \(reason)" + (message.map { " (\($0))" } ?? "") + ".")
            case .terminated(let code, let reason, _, _, _) where code != 0:
                out.append("Container \(cs.name) exited with code \(code)" + (reason.map { " (\($0))" } ?? "") + ".")
            default: break
            }
        }
        if let node = pod.spec.nodeName, let n = sim.state.nodes[node], !n.isReady {
            out.append("Its node \(node) is NotReady.")
        }
        return out
    }

    /// For an object that is gone: what happened to it, in order (your command, the
    /// controller that marked it, the kubelet that removed it), and whether anything took
    /// its place.
    static func gone(_ ref: ObjectRef, sim: Simulation) -> [String] {
        var story: [(Instant, Int, String)] = []
        for action in sim.userActions where action.objects.contains(ref) {
            story.append((action.time, 0, "At \(action.time.sinceEpochClock()), you ran \(action.command)."))
        }
        let log = sim.log.entries
        let decisions = log.filter { $0.effects.contains(.markedForDeletion(ref)) || $0.effects.contains(.removed(ref)) }
        for d in decisions {
            story.append((d.time, 1, "At \(d.time.sinceEpochClock()), \(Prose.sentence(for: d))"))
        }
        story.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        var out = story.map(\.2)
        if out.isEmpty { return ["Nothing in the decision log mentions it: check the name with kubectl get."] }
        guard ref.kind == .pod else { return out }
        // Who made it, and did the same owner make another since it went?
        let owner = creatingDecision(ref, sim: sim)?.reasons.lazy.compactMap { reason -> ObjectKey? in
            if case .replicaSet(.tooFewPods(let rs, _, _)) = reason { return rs }
            return nil
        }.first
        // The replacement comes once the pod stops counting — from the first thing done to it
        // (a delete, a relabel, an eviction), not from its removal.
        let deletedAt = story.first?.0
        if let owner, let goneAt = deletedAt {
            let replacements = log.filter { d in
                d.time >= goneAt && d.reasons.contains { if case .replicaSet(.tooFewPods(let rs, _, _)) = $0 { return rs == owner } else { return false } }
            }.flatMap { d in d.effects.compactMap { e -> String? in
                if case .created(let r) = e, r.kind == .pod { return r.key.name } else { return nil }
            } }
            if let first = replacements.first {
                out.append("ReplicaSet \(owner.name) noticed it was one short and created \(first) in its place: a new pod with a new name.")
            } else {
                out.append("It belonged to ReplicaSet \(owner.name).")
            }
        } else {
            out.append("Nothing replaces a pod that no controller owns: it is gone for good.")
        }
        return out
    }
}
