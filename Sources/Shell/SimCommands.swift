import ClusterSim
import KubeModel

/// The simulation commands: a contract that tests and lessons rely on, word for word.
enum SimCommand: String, CaseIterable {
    case advance, settle, step, clock, node, decisions, reset, help
}

extension Session {
    func runSimCommand(_ command: SimCommand, _ args: [String]) -> LineResult {
        switch command {
        case .advance:
            guard args.count == 1 else { return fail("usage: advance DURATION (for example: advance 30s, advance 5m, advance 1h30m)") }
            let span: Millis
            do { span = try GoDuration.parse(args[0]) } catch { return fail("invalid duration \"\(args[0])\": \(error)") }
            if span < 0 { return fail("the clock only moves forward: \(args[0])") }
            sim.advance(by: span)
            return LineResult(output: "clock \(sim.now.sinceEpochClock()) (+\(GoDuration.format(span)))\n")
        case .settle:
            let r = sim.settle()
            if r.settled {
                return LineResult(output: "settled after \(GoDuration.format(r.elapsed)) (clock \(sim.now.sinceEpochClock()))\n")
            }
            return LineResult(output: "still busy after \(GoDuration.format(r.elapsed)) (clock \(sim.now.sinceEpochClock())); controllers keep working\n")
        case .step:
            guard let d = sim.step() else { return LineResult(output: "nothing to do: every controller is satisfied\n") }
            return LineResult(output: "[\(d.time.sinceEpochClock())] \(Prose.sentence(for: d))\n")
        case .clock:
            return LineResult(output: "clock \(sim.now.sinceEpochClock()) (\(sim.now.rfc3339))\n")
        case .decisions:
            let lines = sim.log.entries.filter(\.notable).map { "[\($0.time.sinceEpochClock())] \(Prose.sentence(for: $0))" }
            return LineResult(output: lines.isEmpty ? "no decisions yet\n" : lines.joined(separator: "\n") + "\n")
        case .reset:
            reset()
            return LineResult(output: "a fresh cluster: \(options.nodes) nodes, clock 00:00:00\n")
        case .node:
            return nodeCommand(args)
        case .help:
            return LineResult(output: ShellHelp.text)
        }
    }

    func fail(_ message: String) -> LineResult { LineResult(errorOutput: "error: \(message)\n", failed: true) }

    func nodeCommand(_ args: [String]) -> LineResult {
        guard args.count == 2 else { return fail("usage: node add|crash|recover NAME") }
        let name = args[1]
        switch args[0] {
        case "add":
            guard Validation.dnsSubdomain(name) == nil else { return fail("invalid node name \"\(name)\"") }
            guard sim.addNode(named: name) else { return fail("node \"\(name)\" already exists") }
            sim.recordUserAction("node add \(name)", objects: [ObjectRef(.node, ObjectKey(cluster: name))])
            return LineResult(output: "node/\(name) added\n")
        case "crash":
            do { try sim.crashNode(name) } catch { return fail(nodeError(error)) }
            sim.recordUserAction("node crash \(name)", objects: [ObjectRef(.node, ObjectKey(cluster: name))])
            return LineResult(output: "node/\(name) crashed: its kubelet stopped sending heartbeats\n")
        case "recover":
            do { try sim.recoverNode(name) } catch { return fail(nodeError(error)) }
            sim.recordUserAction("node recover \(name)", objects: [ObjectRef(.node, ObjectKey(cluster: name))])
            return LineResult(output: "node/\(name) recovered: its kubelet is running again\n")
        default:
            return fail("unknown node action \"\(args[0])\": use add, crash or recover")
        }
    }

    func nodeError(_ e: Simulation.NodeError) -> String {
        switch e {
        case .notFound(let n): return "nodes \"\(n)\" not found"
        case .alreadyCrashed(let n): return "node \"\(n)\" has already crashed"
        case .notCrashed(let n): return "node \"\(n)\" is running; only a crashed node can recover"
        }
    }
}

enum ShellHelp {
    static let text = """
    Type kubectl commands as you would against a real cluster, for example:
      kubectl create deployment my-web --image=nginx --replicas=3
      kubectl get pods

    The cluster is simulated, and its clock moves when you say so:
      advance DURATION    let time pass (30s, 5m, 1h30m); every controller acts as it is due
      settle              run until no controller has anything left to do
      step                perform the next single controller decision, and explain it
      clock               show the simulated time
      decisions           list the decisions made so far, with their reasons
      node add NAME       add a node
      node crash NAME     stop a node's kubelet (it goes NotReady after 50s)
      node recover NAME   start it again
      reset               start over with a fresh cluster
      exit                leave

    """
}
