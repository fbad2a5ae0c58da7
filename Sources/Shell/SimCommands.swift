import ClusterSim
import Kubectl
import KubeModel

/// The simulation commands: a contract that tests and lessons rely on, word for word.
enum SimCommand: String, CaseIterable {
    case advance, settle, step, clock, node, decisions, reset, help
    case why, map, tree, timeline, explain, pause, resume, speed
}

extension Session {
    func runSimCommand(_ command: SimCommand, _ args: [String]) -> LineResult {
        switch command {
        case .advance:
            guard args.count == 1 else { return fail("usage: advance DURATION (for example: advance 30s, advance 5m, advance 1h30m)") }
            let span: Millis
            do { span = try GoDuration.parse(args[0]) } catch { return fail("invalid duration \"\(args[0])\": \(error)") }
            if span < 0 { return fail("the clock only moves forward: \(args[0])") }
            let story = narrate(sim.advance(by: span))
            return LineResult(output: story + "clock \(sim.now.sinceEpochClock()) (+\(GoDuration.format(span)))\n")
        case .settle:
            let r = sim.settle(keepDecisions: explain)  // only narration reads them
            let story = narrate(r.decisions)
            if r.settled {
                return LineResult(output: story + "settled after \(GoDuration.format(r.elapsed)) (clock \(sim.now.sinceEpochClock()))\n")
            }
            return LineResult(output: story + "still busy after \(GoDuration.format(r.elapsed)) (clock \(sim.now.sinceEpochClock())); controllers keep working\n")
        case .step:
            // Stepping by hand stops the clock from following the wall, or the next decision
            // would happen on its own while the learner reads this one.
            var note = ""
            if wallClock != nil && !paused { paused = true; note = "(clock paused; `resume` lets it run again)\n" }
            guard let d = sim.step() else { return LineResult(output: note + "nothing to do: every controller is satisfied\n") }
            return LineResult(output: note + "[\(d.time.sinceEpochClock())] \(Prose.sentence(for: d))\n")
        case .why:
            guard let ref = objectRef(args) else { return fail("usage: why KIND/NAME (for example: why pod/my-web-5d59d67564-x7k2p)") }
            return LineResult(output: Why.explain(ref, sim: sim))
        case .tree:
            guard let ref = objectRef(args) else { return fail("usage: tree KIND/NAME (for example: tree deployment/my-web)") }
            guard let text = Tree.render(ref, sim: sim) else { return fail("\(ref.kind.groupResource) \"\(ref.key.name)\" not found") }
            return LineResult(output: text)
        case .timeline:
            guard let ref = objectRef(args), ref.kind == .deployment else { return fail("usage: timeline deploy/NAME") }
            guard sim.state.deployments[ref.key] != nil || !Timeline.changes(for: ref.key, sim: sim).isEmpty else {
                return fail("deployments.apps \"\(ref.key.name)\" not found")
            }
            return LineResult(output: Timeline.render(ref.key, sim: sim, style: options.style))
        case .map:
            return LineResult(output: ClusterMap.render(sim: sim, style: options.style))
        case .explain:
            guard args.count == 1, args[0] == "on" || args[0] == "off" else { return fail("usage: explain on|off") }
            explain = args[0] == "on"
            return LineResult(output: explain ? "explaining every controller decision as it happens\n" : "no longer explaining decisions (`decisions` lists them)\n")
        case .pause:
            paused = true
            return LineResult(output: "clock paused at \(sim.now.sinceEpochClock())\n")
        case .resume:
            paused = false
            return LineResult(output: wallClock == nil ? "in a script the clock moves only with advance, settle and step\n" : "clock running at \(speedText)× real time\n")
        case .speed:
            guard args.count == 1, let n = Double(args[0]), n > 0, n <= 1000 else { return fail("usage: speed N (a factor from 0.1 to 1000, e.g. speed 10)") }
            speed = n
            return LineResult(output: "clock runs at \(speedText)× real time\n")
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
            guard let topic = args.first else { return LineResult(output: ShellHelp.text + LessonHelp.text) }  // hook: lessons
            if topic == "kubectl" { return LineResult(output: kubectl.run(["--help"]).stdout) }
            guard let text = ShellHelp.topics[topic] ?? LessonHelp.topics[topic] else {  // hook: lesson topics
                let known = ShellHelp.topics.keys.sorted() + Array(LessonHelp.topics.keys)
                let hint = Suggest.closest(topic, among: known).map { " (did you mean \"\($0)\"?)" } ?? ""
                return fail("no help for \"\(topic)\"\(hint); `help` lists every command")
            }
            return LineResult(output: text)
        }
    }

    var speedText: String { speed == speed.rounded() ? String(Int(speed)) : String(speed) }

    /// `pod/x`, `deploy/x`, `pod x`, `deployment.apps/x` in the default namespace.
    func objectRef(_ args: [String]) -> ObjectRef? {
        var kindWord: String, name: String
        if args.count == 1, let slash = args[0].firstIndex(of: "/") {
            kindWord = String(args[0][..<slash]); name = String(args[0][args[0].index(after: slash)...])
        } else if args.count == 2 {
            kindWord = args[0]; name = args[1]
        } else { return nil }
        guard !name.isEmpty, let type = ResourceType.lookup(kindWord) else { return nil }
        return ObjectRef(type.kind, type.kind.isNamespaced ? ObjectKey("default", name) : ObjectKey(cluster: name))
    }

    func fail(_ message: String) -> LineResult { LineResult(errorOutput: "error: \(message)\n", failed: true) }

    func nodeCommand(_ args: [String]) -> LineResult {
        guard args.count == 2 else { return fail("usage: node add|crash|recover NAME") }
        guard let names = NodeRange.expand(args[1], existing: { sim.state.nodes[$0] != nil }, adding: args[0] == "add") else {
            return fail("invalid node range \"\(args[1])\": use NAME, node-1..node-500, or (for add) a count")
        }
        if names.count == 1 { return nodeCommand(args[0], names[0]) }
        var errors = ""
        for name in names {
            let r = nodeCommand(args[0], name)
            if r.failed { errors += r.errorOutput }
        }
        let done = names.count - errors.split(separator: "\n").count
        let verb = ["add": "added", "crash": "crashed", "recover": "recovered"][args[0]] ?? args[0]
        let summary = done == 0 ? "" : "\(done) node\(done == 1 ? "" : "s") \(verb) (\(names[0])..\(names[names.count - 1]))\n"
        return LineResult(output: summary, errorOutput: errors, failed: !errors.isEmpty)
    }

    func nodeCommand(_ action: String, _ name: String) -> LineResult {
        let args = [action, name]
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
    /// `help COMMAND`: what it does, its form, and an example.
    static let topics: [String: String] = [
        "advance": "advance DURATION\n  Let simulated time pass. Every controller acts as its work comes due, in order.\n  DURATION is Go syntax: 30s, 5m, 1h30m.\n\n  Example:\n    advance 6m     # long enough for pods on a crashed node to be evicted\n",
        "settle": "settle\n  Run the controllers until none has anything left to do but wait out a back-off\n  (at most one simulated hour), and say how much time passed.\n\n  Example:\n    kubectl create deployment web --image=nginx --replicas=3\n    settle\n",
        "step": "step\n  Perform the next single controller decision and explain it in a sentence. At the\n  prompt, stepping pauses the clock so nothing else happens while you read.\n\n  Example:\n    kubectl delete pod web-5d59d67564-x7k2p\n    step           # the ReplicaSet controller notices it has 2 and wants 3\n",
        "clock": "clock\n  Show the simulated time since the cluster started, and the timestamp it stands for.\n",
        "node": "node add NAME|COUNT | node crash NAME | node recover NAME\n  NAME may be a range: node-1..node-500.\n  Add a node, stop its kubelet (heartbeats stop; after 50s it goes NotReady, after\n  another 300s its pods are evicted), or start it again.\n\n  Example:\n    node crash node-2\n    advance 6m\n",
        "decisions": "decisions\n  List every controller decision so far, oldest first, with its reason in prose.\n",
        "reset": "reset\n  Throw the cluster away and start again on a fresh one with the same nodes and seed.\n",
        "why": "why KIND/NAME\n  Trace an object back to its causes: who created it, because of what, back to the\n  command you typed; and, for an object missing or not running, what is in the way.\n\n  Example:\n    why pod/web-5d59d67564-x7k2p\n    why deployment/web\n",
        "tree": "tree KIND/NAME\n  Draw what an object owns: Deployment → ReplicaSets → Pods, with READY and STATUS.\n\n  Example:\n    tree deployment/web\n",
        "map": "map\n  Draw the nodes as boxes with their pods inside, coloured by STATUS on a terminal.\n",
        "timeline": "timeline deploy/NAME\n  Chart how many pods each of a deployment's ReplicaSets was asked for over time:\n  during a rolling update one line rises while the other falls.\n\n  Example:\n    kubectl set image deployment/web nginx=nginx:1.27\n    settle\n    timeline deploy/web\n",
        "explain": "explain on|off\n  Narrate every controller decision as it happens, after each command.\n",
        "pause": "pause\n  Stop the simulated clock from following the wall clock (at the prompt).\n",
        "resume": "resume\n  Let the simulated clock follow the wall clock again.\n",
        "speed": "speed N\n  Make the simulated clock run N times faster than the wall clock (0.1 to 1000).\n\n  Example:\n    speed 10       # a five-minute eviction timeout passes in 30 seconds\n",
        "exit": "exit\n  Leave kubetutor (Ctrl-D does the same).\n",
    ]

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

    Seeing what the controllers do:
      explain on|off      narrate every controller decision as it happens
      why KIND/NAME       the chain of causes behind an object (why pod/my-web-…)
      tree KIND/NAME      the ownership tree: Deployment → ReplicaSets → Pods
      map                 the nodes as boxes with their pods inside
      timeline deploy/NAME  pods per ReplicaSet over time during a rollout

    At the prompt the clock follows the wall clock:
      pause / resume      stop and restart it
      speed N             make it run N times faster

      exit                leave

    """
}
