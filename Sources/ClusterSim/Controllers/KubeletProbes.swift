import KubeModel

/// Readiness and liveness probes (`pkg/kubelet/prober/`). Nothing is dialled: whether a probe
/// passes is read from the container's plan — the ports it serves, the files it has made.
extension KubeletSync {
    struct ProbeResult {
        var passed: Bool
        /// What the prober says when it fails (the Unhealthy event's tail).
        var detail: String
        var port: Int?
    }

    func probeResult(_ probe: Probe, instance: ContainerInstance, at t: Instant) -> ProbeResult {
        let ip = rt.podIP ?? ""
        let offset = t - instance.startedAt
        switch probe.handler {
        case .httpGet(let path, let port):
            guard let p = resolvePort(port, for: instance) else {
                return ProbeResult(passed: false, detail: "port \"\(port)\" not found", port: nil)
            }
            let passed = instance.plan.servesPorts.contains(p)
            let url = "http://\(ip):\(p)\(path.hasPrefix("/") ? path : "/" + path)"
            return ProbeResult(passed: passed, detail: "Get \"\(url)\": dial tcp \(ip):\(p): connect: connection refused", port: p)
        case .tcpSocket(let port):
            guard let p = resolvePort(port, for: instance) else {
                return ProbeResult(passed: false, detail: "port \"\(port)\" not found", port: nil)
            }
            return ProbeResult(passed: instance.plan.servesPorts.contains(p),
                               detail: "dial tcp \(ip):\(p): connect: connection refused", port: p)
        case .exec(let command):
            return execProbe(command, plan: instance.plan, offset: offset)
        }
    }

    /// A named port resolves through the container's `ports` list.
    func resolvePort(_ port: IntOrString, for instance: ContainerInstance) -> Int? {
        switch port {
        case .int(let p): return p
        case .string(let name):
            let all = pod.spec.containers + pod.spec.initContainers
            return all.flatMap(\.ports).first { $0.name == name }?.containerPort ?? Int(name)
        }
    }

    /// The exec probes people write: `cat /tmp/healthy`, `test -f F`, `redis-cli ping`, `true`.
    /// Anything else passes.
    func execProbe(_ command: [String], plan: ProcessPlan, offset: Millis) -> ProbeResult {
        var argv = command
        if argv.count >= 3, ["sh", "bash", "/bin/sh", "/bin/bash"].contains(argv[0]), argv[1] == "-c" {
            argv = argv[2].split(separator: " ").map(String.init)
        }
        guard let first = argv.first else { return ProbeResult(passed: true, detail: "", port: nil) }
        let args = argv.dropFirst().filter { !$0.hasPrefix("-") && $0 != "]" }
        switch ProcessPlanner.basename(first) {
        case "cat", "ls", "test", "[", "stat":
            guard let path = args.last else { return ProbeResult(passed: true, detail: "", port: nil) }
            let exists = plan.fileExists(path, at: offset)
            let detail = first == "cat" ? "cat: can't open '\(path)': No such file or directory"
                : first == "ls" ? "ls: \(path): No such file or directory" : ""
            return ProbeResult(passed: exists, detail: detail, port: nil)
        case "false": return ProbeResult(passed: false, detail: "", port: nil)
        case "exit": return ProbeResult(passed: args.first.flatMap { Int($0) } == 0, detail: "", port: nil)
        case "redis-cli":
            return ProbeResult(passed: plan.servesPorts.contains(6379),
                               detail: "Could not connect to Redis at 127.0.0.1:6379: Connection refused", port: 6379)
        default: return ProbeResult(passed: true, detail: "", port: nil)
        }
    }

    /// When the probe's answer can next change: for exec probes the next file change, for the
    /// rest never (a server serves until it stops).
    func nextChange(after t: Instant, instance: ContainerInstance) -> Instant? {
        let offset = t - instance.startedAt
        return instance.plan.files.map(\.offset).filter { $0 > offset }.min().map { instance.startedAt + $0 }
    }

    mutating func readinessTick(_ ref: ContainerRef, at t: Instant) {
        var c = self[ref]
        guard case .running = c.stage, var track = c.readiness, var instance = c.current,
              let probe = spec(ref).readinessProbe else { return }
        let r = probeResult(probe, instance: instance, at: t)
        if r.passed {
            track.successRun += 1; track.failureRun = 0
            if !instance.ready && track.successRun >= max(1, probe.successThreshold) {
                instance.ready = true
                note(.containerReady(pod: key, node: nodeName, container: c.name, probed: true))
            }
        } else {
            track.failureRun += 1; track.successRun = 0
            event("Unhealthy", "Readiness probe failed: \(r.detail)", type: "Warning", container: ref,
                  because: .readinessFailed(pod: key, node: nodeName, container: c.name, port: r.port))
            if instance.ready && track.failureRun >= max(1, probe.failureThreshold) { instance.ready = false }
        }
        let settled = r.passed == instance.ready && r.passed
        if settled {
            track.nextTick = nextChange(after: t, instance: instance).map { gridTick(atOrAfter: $0, period: probe.periodSeconds) }
        } else {
            track.nextTick = gridTick(atOrAfter: t + 1, period: probe.periodSeconds)
        }
        c.readiness = track
        c.current = instance
        self[ref] = c
    }

    mutating func livenessTick(_ ref: ContainerRef, at t: Instant) {
        var c = self[ref]
        guard case .running = c.stage, var track = c.liveness, let instance = c.current,
              let probe = spec(ref).livenessProbe else { return }
        let r = probeResult(probe, instance: instance, at: t)
        if r.passed {
            track.failureRun = 0
            track.nextTick = nextChange(after: t, instance: instance).map { gridTick(atOrAfter: $0, period: probe.periodSeconds) }
            self[ref].liveness = track
            return
        }
        track.failureRun += 1
        let threshold = max(1, probe.failureThreshold)
        let why = KubeletReason.livenessFailed(pod: key, node: nodeName, container: c.name, failures: track.failureRun, threshold: threshold)
        event("Unhealthy", "Liveness probe failed: \(r.detail)", type: "Warning", container: ref, because: why)
        if track.failureRun >= threshold {
            let restart = pod.spec.restartPolicy != .never
            event("Killing", "Container \(c.name) failed liveness probe" + (restart ? ", will be restarted" : ""), container: ref, because: why)
            c.current?.ready = false
            self[ref] = c
            stopContainer(ref, at: t, grace: pod.spec.terminationGracePeriodSeconds, why: .liveness)
            return
        }
        track.nextTick = gridTick(atOrAfter: t + 1, period: probe.periodSeconds)
        self[ref].liveness = track
    }
}
