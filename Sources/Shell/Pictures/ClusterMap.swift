import ClusterSim
import Kubectl
import KubeModel

/// `map`: every node as a box with its pods inside, coloured by STATUS, with the node's
/// own condition (NotReady, cordoned) in its title — the picture the seeds draw.
enum ClusterMap {
    static let maxNodes = 24
    static let maxPodsPerNode = 8

    static func render(sim: Simulation, style: Style) -> String {
        let nodes = sim.state.sortedNodes
        let boxWidth = 36
        let perRow = max(1, (style.width + 1) / (boxWidth + 1))
        var boxes: [[String]] = []
        for node in nodes.prefix(maxNodes) { boxes.append(box(node, sim: sim, width: boxWidth, style: style)) }
        var out = ""
        var i = 0
        while i < boxes.count {
            let row = Array(boxes[i..<min(i + perRow, boxes.count)])
            let height = row.map(\.count).max() ?? 0
            for line in 0..<height {
                out += row.map { line < $0.count ? $0[line] : String(repeating: " ", count: boxWidth) }
                    .joined(separator: " ").trimmingTrailingSpaces + "\n"
            }
            i += perRow
        }
        if nodes.count > maxNodes { out += "… and \(nodes.count - maxNodes) more nodes\n" }
        let pending = sim.state.unscheduledPods.sorted().compactMap { sim.state.pods[$0] }
        if !pending.isEmpty {
            out += "not on any node: " + pending.prefix(6).map { "\($0.metadata.name) (\(PodColumns.status($0)))" }.joined(separator: ", ")
            out += pending.count > 6 ? " and \(pending.count - 6) more\n" : "\n"
        }
        return out
    }

    static func box(_ node: Node, sim: Simulation, width: Int, style: Style) -> [String] {
        let c = style.boxChars
        let inner = width - 4
        let condition = ResourcePrinters.nodeStatus(node)
        let title = " \(node.metadata.name) \(condition) "
        let titleTone: Style.Tone = node.isReady ? (node.spec.unschedulable ? .busy : .good) : .bad
        let fill = max(0, width - 3 - title.count)
        var lines = [c.tl + c.h + style.paint(title, titleTone) + String(repeating: c.h, count: fill) + c.tr]
        let pods = sim.state.pods(onNode: node.metadata.name)
        for pod in pods.prefix(maxPodsPerNode) {
            let status = PodColumns.status(pod)
            let room = inner - status.count - 1
            var name = pod.metadata.name
            if name.count > room { name = String(name.prefix(max(1, room - 1))) + "…" }
            let gap = String(repeating: " ", count: max(1, inner - name.count - status.count))
            lines.append("\(c.v) \(name)\(gap)\(style.paint(status, Style.tone(ofStatus: status))) \(c.v)")
        }
        if pods.count > maxPodsPerNode {
            let more = "+\(pods.count - maxPodsPerNode) more pods"
            lines.append("\(c.v) \(more)\(String(repeating: " ", count: max(0, inner - more.count))) \(c.v)")
        }
        if pods.isEmpty {
            let none = "(no pods)"
            lines.append("\(c.v) \(style.paint(none, .dim))\(String(repeating: " ", count: inner - none.count)) \(c.v)")
        }
        lines.append(c.bl + String(repeating: c.h, count: width - 2) + c.br)
        return lines
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
