import KubeModel

/// The moments the kubelet remembers for a pod, and which of them `settle` should wait for.
extension KubeletSync {
    struct Due {
        enum Kind: Int { case stage = 0, readiness = 1, liveness = 2, connection = 3 }
        var at: Instant
        var ref: ContainerRef
        var kind: Kind
        /// False for a back-off wait, a failing probe's next failure, or a process that will
        /// not end for a long while: `settle` does not wait for those.
        var awaited: Bool
    }

    /// Calls `body` with every remembered moment: init containers first, each in spec order.
    /// No list is built: the kubelet asks for the next moment after every step it takes. Each
    /// container's memory is read through a buffer pointer, where it lies: an element read from
    /// the array is copied first, and this runs several times per run.
    func forEachDue(_ body: (Due) -> Void) {
        rt.initContainers.withUnsafeBufferPointer { cs in
            for i in cs.indices { dues(of: cs[i], ref: ContainerRef(isInit: true, index: i), body) }
        }
        rt.containers.withUnsafeBufferPointer { cs in
            for i in cs.indices { dues(of: cs[i], ref: ContainerRef(isInit: false, index: i), body) }
        }
    }

    /// The moments one container is waiting for.
    private func dues(of c: ContainerRuntime, ref: ContainerRef, _ body: (Due) -> Void) {
        switch c.stage {
        case .pulling(let until, _, _): body(Due(at: until, ref: ref, kind: .stage, awaited: true))
        case .pullFailed(let at, _): body(Due(at: at + KubeletTimings.relist, ref: ref, kind: .stage, awaited: true))
        case .pullBackOff(let until): body(Due(at: until, ref: ref, kind: .stage, awaited: false))
        case .crashBackOff(let until): body(Due(at: until, ref: ref, kind: .stage, awaited: false))
        case .exited(let decideAt?, _): body(Due(at: decideAt, ref: ref, kind: .stage, awaited: true))
        case .stopping(let until, _, _): body(Due(at: until, ref: ref, kind: .stage, awaited: true))
        case .running:
            guard let instance = c.current else { break }
            if let end = instance.plannedEnd {
                body(Due(at: end.at, ref: ref, kind: .stage, awaited: end.at - instance.startedAt <= KubeletTimings.settleHorizon))
            }
            if instance.plannedEnd == nil, let wait = instance.plan.waitsFor {
                let tick = nextPoll(wait, instance: instance)
                // Worth waiting for only when the connection would succeed now.
                body(Due(at: tick, ref: ref, kind: .connection, awaited: connects(wait, from: ref)))
            }
            if let tick = c.readiness?.nextTick, let probe = spec(ref).readinessProbe {
                let passes = probeResult(probe, instance: instance, at: tick).passed
                // Waiting to become ready is worth waiting for; a probe that keeps failing is not,
                // once its first failure has been reported.
                let awaited = (!instance.ready && passes) || (c.readiness?.failureRun ?? 0) == 0 && !passes
                body(Due(at: tick, ref: ref, kind: .readiness,
                         awaited: awaited && tick - instance.startedAt <= KubeletTimings.settleHorizon))
            }
            if let tick = c.liveness?.nextTick, let probe = spec(ref).livenessProbe {
                let fails = !probeResult(probe, instance: instance, at: tick).passed
                body(Due(at: tick, ref: ref, kind: .liveness,
                         awaited: fails && tick - instance.startedAt <= KubeletTimings.settleHorizon))
            }
        case .notStarted, .neverPull, .exited(nil, _):
            break
        }
    }

    /// The earliest remembered moment; among equal times, container stages before probes,
    /// init containers before app containers, then in spec order.
    func nextDue() -> Due? {
        var first: Due? = nil
        forEachDue { due in
            if let f = first, !Self.precedes(due, f) { return }
            first = due
        }
        return first
    }

    /// Whether any remembered moment is one `settle` should wait for.
    func anyAwaitedDue() -> Bool {
        var any = false
        forEachDue { if $0.awaited { any = true } }
        return any
    }

    static func precedes(_ a: Due, _ b: Due) -> Bool {
        (a.at, a.kind.rawValue, a.ref.isInit ? 0 : 1, a.ref.index) < (b.at, b.kind.rawValue, b.ref.isInit ? 0 : 1, b.ref.index)
    }

    /// Handles one remembered moment. A process ends at its own time even while the kubelet
    /// is down; what the kubelet itself does happens no earlier than its start.
    mutating func fire(_ due: Due) {
        let kubeletTime = max(due.at, node.kubeletStartedAt)
        switch due.kind {
        case .stage:
            switch stage(due.ref) {
            case .running, .stopping: advanceStage(due.ref, at: due.at)
            default: advanceStage(due.ref, at: kubeletTime)
            }
        case .readiness: readinessTick(due.ref, at: kubeletTime)
        case .liveness: livenessTick(due.ref, at: kubeletTime)
        case .connection: connectionPoll(due.ref, at: due.at)
        }
    }

    /// The first poll of `wait` after the last one checked.
    func nextPoll(_ wait: ProcessPlan.NetworkWait, instance: ContainerInstance) -> Instant {
        let first = instance.startedAt + wait.firstPoll
        guard let last = instance.lastPoll, last >= first else { return first }
        return first + ((last - first) / wait.period + 1) * wait.period
    }

    /// `nc -z HOST PORT` from this pod: the name resolves (CoreDNS) and a ready endpoint
    /// answers on the port (kube-proxy), or the headless name is a ready pod.
    func connects(_ wait: ProcessPlan.NetworkWait, from ref: ContainerRef) -> Bool {
        let target: (pod: Pod, port: Int)?
        switch state.resolve(host: wait.host, from: key.namespace) {
        case .service(let svc)?: target = state.route(svc, port: wait.port)
        case .pod(let p)?: target = (p, wait.port)
        case nil: target = nil
        }
        guard let target else { return false }
        // Something must listen there: a running container whose image serves that port.
        return target.pod.spec.containers.contains { c in
            guard target.pod.status.containerStatuses.first(where: { $0.name == c.name })?.state.isRunning == true,
                  c.command.isEmpty, let b = config.catalogue.behaviour(of: c.image), case .serve(let ports) = b.run else { return false }
            return ports.contains(target.port)
        }
    }

    /// One round of the wait loop: if the connection succeeds the loop ends, and with it the
    /// process (exit 0); otherwise the next round comes one period later.
    mutating func connectionPoll(_ ref: ContainerRef, at t: Instant) {
        var c = self[ref]
        guard case .running = c.stage, var instance = c.current, let wait = instance.plan.waitsFor else { return }
        instance.lastPoll = t
        let done = connects(wait, from: ref)
        if done { instance.plannedEnd = ContainerInstance.PlannedEnd(at: t, code: 0, reason: "Completed") }
        c.current = instance
        self[ref] = c
        if done { exitContainer(ref, at: t) }
    }
}
