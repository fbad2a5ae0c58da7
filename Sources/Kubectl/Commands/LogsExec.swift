import ClusterSim
import KubeModel

extension Kubectl {
    static let logsFlags: [FlagSpec] = [
        FlagSpec("all-containers", .boolean), FlagSpec("container", short: "c"), FlagSpec("follow", short: "f", .boolean),
        FlagSpec("prefix", .boolean), FlagSpec("previous", short: "p", .boolean), FlagSpec("selector", short: "l"),
        FlagSpec("tail", .int), FlagSpec("timestamps", .boolean),
    ]
    static let execFlags: [FlagSpec] = [
        FlagSpec("container", short: "c"), FlagSpec("quiet", short: "q", .boolean), FlagSpec("stdin", short: "i", .boolean),
        FlagSpec("tty", short: "t", .boolean),
    ]

    /// `POD` or `TYPE/NAME`: a workload stands for its first pod, as kubectl's
    /// `AttachablePodForObject` picks one (`Found 3 pods, using pod/…` on stderr).
    private func podFor(_ word: String, namespace ns: String) throws(KubectlError) -> (Pod, note: String) {
        guard let slash = word.firstIndex(of: "/") else {
            guard let pod = sim.state.pods[ObjectKey(ns, word)] else { throw .server(.notFound(.pod, name: word)) }
            return (pod, "")
        }
        let typeWord = String(word[..<slash]), name = String(word[word.index(after: slash)...])
        guard let type = ResourceType.lookup(typeWord) else { throw .unknownResourceType(typeWord) }
        guard let obj = sim.get(type.kind, ObjectKey(ns, name)) else { throw .server(.notFound(type.kind, name: name)) }
        let selector: LabelSelector
        switch obj {
        case .pod(let p): return (p, "")
        case .deployment(let d): selector = d.spec.selector
        case .replicaSet(let rs): selector = rs.spec.selector
        // `polymorphichelpers.attachablePodForObject`: any workload with a selector.
        case .job(let j): selector = j.spec.selector ?? LabelSelector(matchLabels: ["job-name": j.metadata.name])
        case .daemonSet(let ds): selector = ds.spec.selector
        case .statefulSet(let sts): selector = sts.spec.selector
        default: throw .message("cannot attach to \(obj.kind.rawValue): selector for \(obj.kind.rawValue) not implemented")
        }
        let pods = sim.state.pods(in: ns, matching: selector).sorted { a, b in
            (a.metadata.creationTimestamp ?? now0, a.metadata.name) < (b.metadata.creationTimestamp ?? now0, b.metadata.name)
        }
        guard let first = pods.first(where: { $0.isActive }) ?? pods.first else {
            throw .message("timed out waiting for the condition")
        }
        return (first, pods.count > 1 ? "Found \(pods.count) pods, using pod/\(first.metadata.name)\n" : "")
    }

    private var now0: Instant { Instant(milliseconds: 0) }

    /// `-c NAME`, or the pod's default container (`kubectl.kubernetes.io/default-container`,
    /// else the first), with kubectl's `Defaulted container …` note when there are several.
    private func pickContainer(_ pod: Pod, _ name: String?, quiet: Bool) -> (Container?, String) {
        if let name {
            return ((pod.spec.containers + pod.spec.initContainers).first { $0.name == name }, "")
        }
        let preferred = pod.metadata.annotations["kubectl.kubernetes.io/default-container"]
        let c = pod.spec.containers.first { $0.name == preferred } ?? pod.spec.containers.first
        var note = ""
        if pod.spec.containers.count + pod.spec.initContainers.count > 1, !quiet, let c {
            let all = (pod.spec.containers + pod.spec.initContainers).map(\.name)
            note = "Defaulted container \"\(c.name)\" out of: \(all.joined(separator: ", "))\n"
        }
        return (c, note)
    }

    /// `kubectl logs POD [-c C] [--previous] [--tail N]`: what the container printed.
    /// Until containers keep their own output, that is what their start command echoes, or
    /// the image catalogue's lines for the image.
    func logs(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.logsFlags, command: "logs")
        if args.bool("help") { return help("logs") }
        if let selectorText = args.value("selector") {
            // `-l`: every matching pod's default container, ten lines each unless `--tail` says otherwise.
            guard args.positionals.isEmpty else { throw KubectlError.message("only one of a selector or a resource name can be given") }
            let selector: LabelSelector
            do { selector = try LabelSelector.parse(selectorText) } catch { throw KubectlError.message("unable to parse requirement: \(error.message)") }
            let tail = args.value("tail").flatMap { Int($0) } ?? 10
            var out = ""
            for pod in sim.state.pods(in: namespace(args), matching: selector) where pod.spec.nodeName != nil {
                let containers = args.bool("all-containers") ? pod.spec.initContainers + pod.spec.containers : Array(pod.spec.containers.prefix(1))
                for c in containers {
                    var lines = logLines(pod, c).map(\.text)
                    if tail >= 0 { lines = Array(lines.suffix(tail)) }
                    if args.bool("prefix") { lines = lines.map { "[pod/\(pod.metadata.name)/\(c.name)] \($0)" } }
                    out += lines.map { $0 + "\n" }.joined()
                }
            }
            return KubectlResult(stdout: out)
        }
        guard let target = args.positionals.first else {
            throw KubectlError.usageFor("expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command", command: "logs")
        }
        if args.positionals.count > 2 {
            throw KubectlError.usageFor("expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command", command: "logs")
        }
        let (pod, found) = try podFor(target, namespace: namespace(args))
        let containerName = args.value("container") ?? (args.positionals.count == 2 ? args.positionals[1] : nil)
        var note = found
        let containers: [Container]
        if args.bool("all-containers") {
            containers = pod.spec.initContainers + pod.spec.containers
        } else {
            let (c, defaulted) = pickContainer(pod, containerName, quiet: false)
            guard let c else { throw KubectlError.server(.badRequest("container \(containerName ?? "") is not valid for pod \(pod.metadata.name)")) }
            note += defaulted
            containers = [c]
        }
        guard pod.spec.nodeName != nil else { return KubectlResult(stderr: note) }
        let previous = args.bool("previous")
        var lines: [OutputLine] = []
        for c in containers {
            let status = (pod.status.containerStatuses + pod.status.initContainerStatuses).first { $0.name == c.name }
            if previous {
                guard let these = sim.state.logs(of: pod.metadata.key, container: c.name, previous: true) else {
                    throw KubectlError.server(.badRequest("previous terminated container \"\(c.name)\" in pod \"\(pod.metadata.name)\" not found"))
                }
                let kept = these.map { OutputLine(time: $0.time, text: $0.text) }
                lines += args.bool("prefix") ? kept.map { OutputLine(time: $0.time, text: "[pod/\(pod.metadata.name)/\(c.name)] \($0.text)") } : kept
                continue
            }
            if let status, case .waiting(let reason, _) = status.state, status.lastState == nil {
                // The kubelet's `validateContainerLogStatus` words the two pull failures itself.
                let why: String
                switch reason {
                case "ErrImagePull": why = "image can't be pulled"
                case "ImagePullBackOff": why = "trying and failing to pull image"
                default: why = reason
                }
                throw KubectlError.server(.badRequest("container \"\(c.name)\" in pod \"\(pod.metadata.name)\" is waiting to start: \(why)"))
            } else if status == nil {
                throw KubectlError.server(.badRequest("container \"\(c.name)\" in pod \"\(pod.metadata.name)\" is waiting to start: ContainerCreating"))
            }
            var these = logLines(pod, c)
            if args.bool("prefix") { these = these.map { OutputLine(time: $0.time, text: "[pod/\(pod.metadata.name)/\(c.name)] \($0.text)") } }
            lines += these
        }
        if let tail = args.value("tail").flatMap({ Int($0) }), tail >= 0 { lines = Array(lines.suffix(tail)) }
        let text = lines.map { (args.bool("timestamps") ? Self.rfc3339Nano($0.time) + " " : "") + $0.text + "\n" }.joined()
        return KubectlResult(stdout: text, stderr: note)
    }

    /// A line of a container's output as `logs` prints it.
    struct OutputLine { var time: Instant; var text: String }

    /// Go's `time.RFC3339Nano`, which the kubelet stamps log lines with (trailing zeros of
    /// the fraction dropped): `2025-03-03T09:00:02.418Z`.
    static func rfc3339Nano(_ t: Instant) -> String {
        let ms = Int(((t.milliseconds % 1000) + 1000) % 1000)
        guard ms != 0 else { return t.rfc3339 }
        var frac = String(ms)
        frac = String(repeating: "0", count: 3 - frac.count) + frac
        while frac.hasSuffix("0") { frac.removeLast() }
        return String(t.rfc3339.dropLast()) + "." + frac + "Z"
    }

    /// One container's current output: what the kubelet kept of it, or (for a container it
    /// keeps nothing for) what its start command echoes or the image catalogue says it prints.
    func logLines(_ pod: Pod, _ c: Container) -> [OutputLine] {
        if let kept = sim.state.logs(of: pod.metadata.key, container: c.name) { return kept.map { OutputLine(time: $0.time, text: $0.text) } }
        let start = pod.status.startTime ?? sim.now
        if let script = ContainerShell.startScript(c) {
            var shell = ContainerShell(pod: pod, container: c, state: sim.state, catalogue: sim.config.catalogue)
            let out = shell.script(script, startup: true)
            return out.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { OutputLine(time: start, text: String($0)) }
        }
        return (sim.config.catalogue.behaviour(of: c.image)?.logLines ?? []).map { OutputLine(time: start, text: $0) }
    }

    /// `kubectl exec POD [-c C] -- COMMAND [ARGS…]`: runs the command in the simulated
    /// container; a non-zero exit becomes `command terminated with exit code N`.
    func exec(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.execFlags, command: "exec")
        if args.bool("help") { return help("exec") }
        guard let target = args.positionals.first else {
            throw KubectlError.message("pod, type/name or --filename must be specified")
        }
        var argv = args.afterDashDash ?? []
        if argv.isEmpty && args.positionals.count > 1 { argv = Array(args.positionals.dropFirst()) }
        guard !argv.isEmpty else { throw KubectlError.message("you must specify at least one command for the container") }
        let (pod, found) = try podFor(target, namespace: namespace(args))
        if pod.status.phase == .succeeded || pod.status.phase == .failed {
            throw KubectlError.message("cannot exec into a container in a completed pod; current phase is \(pod.status.phase.rawValue)")
        }
        let (picked, note) = pickContainer(pod, args.value("container"), quiet: args.bool("quiet"))
        guard let container = picked else {
            throw KubectlError.message("container \(args.value("container") ?? "") not found in pod \(pod.metadata.name)")
        }
        guard pod.status.containerStatuses.first(where: { $0.name == container.name })?.state.isRunning == true else {
            throw KubectlError.message("unable to upgrade connection: container not found (\"\(container.name)\")")
        }
        if args.bool("stdin") && ["sh", "/bin/sh", "bash", "/bin/bash", "ash"].contains(argv[0]) && !argv.contains("-c") {
            throw KubectlError.message("kubetutor cannot attach a terminal to a container; run single commands instead, for example: kubectl exec \(pod.metadata.name) -- sh -c 'ls /'")
        }
        var shell = ContainerShell(pod: pod, container: container, state: sim.state, catalogue: sim.config.catalogue)
        let out = shell.exec(argv)
        for w in shell.writes {
            sim.writeVolumeFile(podUID: pod.metadata.uid, volume: w.volume, path: w.path, content: w.content, append: w.append)
        }
        var stderr = found + note + out.stderr
        if out.exitCode == -1 { return KubectlResult(stdout: out.stdout, stderr: stderr, exitCode: 1) }
        if out.exitCode != 0 { stderr += "command terminated with exit code \(out.exitCode)\n" }
        return KubectlResult(stdout: out.stdout, stderr: stderr, exitCode: out.exitCode)
    }
}
