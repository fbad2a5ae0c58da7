import ClusterSim
import KubeModel

/// `timeline deploy/NAME`: how many pods each of the deployment's ReplicaSets was asked for
/// over simulated time, one line per ReplicaSet — a rolling update reads as one line
/// rising while the other falls. Built from the Deployment controller's decisions.
enum Timeline {
    struct Change { var time: Instant; var replicaSet: String; var to: Int }

    static func changes(for deployment: ObjectKey, sim: Simulation) -> [Change] {
        var out: [Change] = []
        for d in sim.log.entries {
            for reason in d.reasons {
                switch reason {
                case .deployment(.createdReplicaSet(let key, let rs, _, let replicas, _)) where key == deployment:
                    out.append(Change(time: d.time, replicaSet: rs, to: replicas))
                case .deployment(.scaledReplicaSet(let key, let rs, _, let to, _)) where key == deployment:
                    out.append(Change(time: d.time, replicaSet: rs, to: to))
                default: break
                }
            }
        }
        return out
    }

    static let blocks = Array(" ▁▂▃▄▅▆▇█")
    static let asciiLevels = Array(" .:-=+*#@")

    static func render(_ deployment: ObjectKey, sim: Simulation, style: Style) -> String {
        let changes = changes(for: deployment, sim: sim)
        guard let start = changes.first?.time else {
            return "no rollout recorded for deployment/\(deployment.name) in the decision log\n"
        }
        let end = max(sim.now, start + 1000)
        var order: [String] = []
        for c in changes where !order.contains(c.replicaSet) { order.append(c.replicaSet) }
        let peak = max(1, changes.map(\.to).max() ?? 1)
        let nameWidth = min(30, order.map(\.count).max() ?? 10)
        let columns = max(10, style.width - nameWidth - 14)
        let glyphs = style.colour ? blocks : asciiLevels
        var out = "deployment/\(deployment.name): pods wanted per ReplicaSet, \(start.sinceEpochClock()) → \(end.sinceEpochClock()) (peak \(peak))\n"
        for rs in order {
            var line = ""
            var last = 0
            for col in 0..<columns {
                let t = start + (end - start) * Int64(col) / Int64(max(1, columns - 1))
                let value = changes.last { $0.replicaSet == rs && $0.time <= t }?.to ?? 0
                last = value
                let level = value == 0 ? 0 : max(1, Int((Double(value) / Double(peak) * Double(glyphs.count - 1)).rounded()))
                line.append(glyphs[level])
            }
            let first = changes.first { $0.replicaSet == rs }?.to ?? 0
            let label = rs.count > nameWidth ? String(rs.prefix(nameWidth - 1)) + "…" : rs + String(repeating: " ", count: nameWidth - rs.count)
            out += "\(label) \(line) \(first)→\(last)\n"
        }
        return out
    }
}
