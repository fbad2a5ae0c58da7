import ClusterSim
import Kubectl
import KubeModel

/// `tree KIND/NAME`: the ownership tree, Deployment → ReplicaSets → Pods, with READY and
/// STATUS, drawn as the kubectl-tree plugin draws it.
enum Tree {
    static func render(_ ref: ObjectRef, sim: Simulation) -> String? {
        guard let root = sim.get(ref.kind, ref.key) else { return nil }
        var rows: [[String]] = []
        func add(_ obj: KubeObject, prefix: String, isLast: Bool, depth: Int) {
            let branch = depth == 0 ? "" : prefix + (isLast ? "└─" : "├─")
            let (ready, status) = cells(obj, sim: sim)
            let age = obj.metadata.creationTimestamp.map { HumanDuration.format(sim.now - $0) } ?? ""
            rows.append([obj.metadata.namespace, branch + "\(obj.kind.rawValue)/\(obj.metadata.name)", ready, status, age])
            let kids = children(of: obj, sim: sim)
            let childPrefix = depth == 0 ? "" : prefix + (isLast ? "  " : "│ ")
            for (i, child) in kids.enumerated() { add(child, prefix: childPrefix, isLast: i == kids.count - 1, depth: depth + 1) }
        }
        add(root, prefix: "", isLast: true, depth: 0)
        return Table(headers: ["NAMESPACE", "NAME", "READY", "STATUS", "AGE"], rows: rows).render()
    }

    static func children(of obj: KubeObject, sim: Simulation) -> [KubeObject] {
        let uid = obj.metadata.uid
        let rs = sim.state.replicaSets(ownedBy: uid).map(KubeObject.replicaSet)
        let jobs = sim.state.jobs(ownedBy: uid).map(KubeObject.job)
        let pods = sim.state.pods(ownedBy: uid).map(KubeObject.pod)
        return rs + jobs + pods
    }

    static func cells(_ obj: KubeObject, sim: Simulation) -> (String, String) {
        switch obj {
        case .pod(let p): return (p.isReady ? "True" : "False", PodColumns.status(p))
        case .replicaSet(let rs): return ("\(rs.status.readyReplicas)/\(rs.spec.replicas)", rs.spec.replicas == 0 ? "scaled to 0" : "")
        case .deployment(let d):
            return ("\(d.status.readyReplicas)/\(d.spec.replicas)", d.status.condition("Available")?.status == .true ? "Available" : "")
        case .job(let j): return ("\(j.status.succeeded)/\(j.spec.completions ?? 1)", ResourcePrinters.jobStatus(j))
        case .statefulSet(let sts): return ("\(sts.status.readyReplicas)/\(sts.spec.replicas)", "")
        case .daemonSet(let ds): return ("\(ds.status.numberReady)/\(ds.status.desiredNumberScheduled)", "")
        case .cronJob(let c): return ("-", c.spec.suspend ? "Suspended" : "\(c.status.active.count) active")
        default: return ("-", "")
        }
    }
}
