import KubeModel

/// Taking a pod and starting its containers: admission, the sandbox, init containers one at a
/// time, then app containers, pulling images one after another as the kubelet's serial image
/// puller does (`serializeImagePulls: true`, the default).
extension KubeletSync {
    /// Admission (`pkg/kubelet/lifecycle/predicate.go`): a pod placed by `nodeName` skips the
    /// scheduler, so the kubelet itself checks that the node has room; if not, the pod fails
    /// at once with `OutOfcpu`, `OutOfmemory` or `OutOfpods`.
    mutating func admit() -> Bool {
        guard let (room, usage) = roomAndLoad() else { return false }
        let mine = PodRequests(pod)
        let counted = NodeUsage.counts(pod)
        // In the kubelet's order.
        return fits("pods", 1, Int64(usage.pods - (counted ? 1 : 0))) { Int64(room.pods) }
            && fits("cpu", mine.cpuMilli, usage.cpuMilli - (counted ? mine.cpuMilli : 0)) { room.cpuMilli }
            && fits("memory", mine.memoryBytes, usage.memoryBytes - (counted ? mine.memoryBytes : 0)) { room.memoryBytes }
    }

    /// The node's allocatable pods, cpu and memory (read as the scheduler reads them, with the
    /// same defaults: 110 pods, no cpu, no memory), and the counted requests of its pods, from
    /// the scheduler's table (the same numbers as `nodeUsage`, without the per-owner counts);
    /// nil when the node is gone. A node's runtime index is normally its place in `nodeNames`
    /// (nodes `node-1`…`node-N` made in order), which finds both without a lookup by name or
    /// a copy of the Node; otherwise they are looked up by name.
    func roomAndLoad() -> (Scheduler.Allocatable, NodeLoad)? {
        let i = node.index - 1
        if i >= 0, i < state.nodeFits.count, state.nodeNames[i] == nodeName {
            let fit = state.nodeFits[i]
            return (fit.room, state.usageTable.loads[fit.slot])
        }
        guard let node = state.nodes[nodeName] else { return nil }
        let usage = state.usageTable.slotOf[nodeName].map { state.usageTable.loads[$0] } ?? NodeLoad()
        return (Scheduler.Allocatable(node), usage)
    }

    /// One admission check; a pod that does not fit is rejected with `OutOf<resource>`.
    private mutating func fits(_ resource: String, _ requested: Int64, _ used: Int64, capacity: () -> Int64) -> Bool {
        guard requested > 0 else { return true }
        let capacity = capacity()
        guard used + requested > capacity else { return true }
        let message = "Node didn't have enough resource: \(resource), requested: \(requested), used: \(used), capacity: \(capacity)"
        rejection = ("OutOf\(resource)", message)
        rt.rejected = true
        event("OutOf\(resource)", message, type: "Warning",
              because: .rejected(pod: key, node: nodeName, resource: resource, requested: requested, used: used, capacity: capacity))
        return false
    }

    /// The pod sandbox: network namespace and one IP from the node's range, shared by every container.
    mutating func createSandbox() {
        rt.sandboxCreatedAt = now
        rt.podIP = node.allocatePodIP()
        rt.initContainers = pod.spec.initContainers.map {
            ContainerRuntime(name: $0.name, isInit: true, isSidecar: $0.restartPolicy == "Always", image: ImageName($0.image))
        }
        rt.containers = pod.spec.containers.map { ContainerRuntime(name: $0.name, isInit: false, isSidecar: false, image: ImageName($0.image)) }
        note(.sandboxCreated(pod: key, node: nodeName, ip: rt.podIP ?? "<none>"))
    }

    /// Starts whatever may start now (`kuberuntime_manager.go computePodActions`): the next init
    /// container once the one before has succeeded (a sidecar once it has started), then the app
    /// containers; stops sidecars once every app container has finished for good.
    mutating func orchestrate(at t: Instant) {
        guard rt.termination == nil, !rt.rejected, rt.sandboxCreatedAt != nil else { return }
        for i in rt.initContainers.indices {
            let ref = ContainerRef(isInit: true, index: i)
            if case .notStarted = stage(ref) { beginImage(ref, at: t, shown: nil) }
            let c = self[ref]
            if c.isSidecar {
                if c.current != nil { continue }
                return
            }
            if case .exited(nil, _) = c.stage, c.current?.exitCode == 0 { continue }
            return
        }
        while !rt.containers.contains(where: { if case .pulling = $0.stage { return true } else { return false } }),
              let j = rt.containers.firstIndex(where: { $0.stage == .notStarted }) {
            beginImage(ContainerRef(isInit: false, index: j), at: t, shown: nil)
        }
        let appsDone = rt.containers.allSatisfy { if case .exited(nil, _) = $0.stage { return true } else { return false } }
        if appsDone {
            for i in rt.initContainers.indices where rt.initContainers[i].isSidecar {
                let ref = ContainerRef(isInit: true, index: i)
                switch self[ref].stage {
                case .running: stopContainer(ref, at: t, grace: pod.spec.terminationGracePeriodSeconds, why: .sidecarShutdown)
                case .stopping, .exited(nil, _): break
                default: self[ref].stage = self[ref].current == nil ? .notStarted : .exited(decideAt: nil, forceRestart: false)
                }
            }
        }
    }

    /// Makes sure the image is there (`images/image_manager.go EnsureImageExists`), then starts
    /// the container; or begins a pull, or waits out the pull back-off. `shown` is what the
    /// status keeps showing while a restart pulls.
    mutating func beginImage(_ ref: ContainerRef, at t: Instant, shown: ContainerState?) {
        let s = spec(ref)
        let image = s.image
        let full = normalizedImage(ref)
        let policy = s.imagePullPolicy ?? ImageCatalogue.defaultPullPolicy(image)
        let present = node.images.contains(full)
        let name = self.name(ref)
        if policy == "Never" || (policy == "IfNotPresent" && present) {
            if present {
                event("Pulled", "Container image \"\(image)\" already present on machine", container: ref,
                      because: .imagePresent(pod: key, node: nodeName, container: name, image: image))
                createAndStart(ref, at: t)
            } else {
                let message = "Container image \"\(image)\" is not present with pull policy of Never"
                event("ErrImageNeverPull", message, type: "Warning", container: ref,
                      because: .imageNeverPull(pod: key, node: nodeName, container: name, image: image))
                self[ref].stage = .neverPull(message: message)
            }
            return
        }
        if let b = self[ref].pullBackoff, b.inBackOffSinceUpdate(now: t) {
            let retry = b.lastUpdate + b.delay
            let why = KubeletReason.imagePullBackOff(pod: key, node: nodeName, container: name, image: image,
                                                     retrySeconds: b.delay / 1000)
            event("BackOff", "Back-off pulling image \"\(image)\"", container: ref, because: why)
            event("Failed", "Error: ImagePullBackOff", type: "Warning", container: ref, because: why)
            self[ref].stage = .pullBackOff(until: retry)
            return
        }
        event("Pulling", "Pulling image \"\(image)\"", container: ref,
              because: .pullingImage(pod: key, node: nodeName, container: name, image: image))
        let until: Instant
        let outcome: PullOutcome
        if let b = config.catalogue.behaviour(of: image) {
            if present {
                until = t + b.cachedPullMillis
                outcome = .success(reported: b.cachedPullMillis, sizeBytes: b.sizeBytes)
            } else if let inFlight = node.pullsInFlight[full], inFlight > t {
                until = inFlight
                outcome = .success(reported: inFlight - t, sizeBytes: b.sizeBytes)
            } else {
                until = t + b.pullMillis
                outcome = .success(reported: b.pullMillis, sizeBytes: b.sizeBytes)
                node.pullsInFlight[full] = until
            }
        } else {
            until = t + KubeletTimings.failedPull
            outcome = .failure(message: config.catalogue.pullError(for: image))
        }
        self[ref].stage = .pulling(until: until, outcome: outcome, shown: shown)
    }

    /// Creates and starts a new container instance from the image and works out its plan:
    /// when it ends by itself (its own exit, or the OOM killer), and when its probes run.
    ///
    /// The container's memory is changed where it lies, field by field: copied out and written
    /// back whole, it is two instances with their plans moved and retained for every start.
    mutating func createAndStart(_ ref: ContainerRef, at t: Instant) {
        let s = spec(ref)
        let behaviour = config.catalogue.behaviour(of: s.image)
            ?? ImageBehaviour(run: .command, pullMillis: 0, sizeBytes: 0, memoryBytes: 0)
        // Single fields read where they lie (`self[ref]` would copy the whole container's memory).
        let restarting = ref.isInit ? rt.initContainers[ref.index].current != nil : rt.containers[ref.index].current != nil
        if restarting {
            update(ref) { c in c.previous = c.current; c.restartCount += 1 }
        }
        let name = self.name(ref)
        let restartCount = ref.isInit ? rt.initContainers[ref.index].restartCount : rt.containers[ref.index].restartCount
        let isSidecar = ref.isInit ? rt.initContainers[ref.index].isSidecar : rt.containers[ref.index].isSidecar
        let kept = ProcessPlanner.keptPlan(for: s, behaviour: behaviour, podName: key.name, start: t)
        let plan = kept.value
        var instance = ContainerInstance(id: ContainerIDs.make(podUID: pod.metadata.uid, container: name, instance: restartCount),
                                         image: normalizedImage(ref), startedAt: t, planBox: kept)
        let noProbe = s.readinessProbe == nil && !(ref.isInit && !isSidecar)
        let started = KubeletReason.containerStarted(pod: key, node: nodeName, container: name, restartCount: restartCount)
        event("Created", "Created container \(name)", container: ref, because: started)
        if let error = plan.startError {
            instance.finishedAt = t; instance.exitCode = 128; instance.reason = "StartError"; instance.message = error
            let argv = s.command.isEmpty ? s.args : s.command
            event("Failed", "Error: \(error)", type: "Warning", container: ref,
                  because: .containerStartFailed(pod: key, node: nodeName, container: name, executable: argv.first ?? ""))
            update(ref) { c in
                c.current = instance
                c.stage = .exited(decideAt: t + KubeletTimings.relist, forceRestart: false)
            }
            return
        }
        event("Started", "Started container \(name)", container: ref, because: started)
        var end = plan.exitAfter.map { ContainerInstance.PlannedEnd(at: t + $0, code: plan.exitCode, reason: plan.exitCode == 0 ? "Completed" : "Error") }
        if let limit = s.resources.limits["memory"], limit.milli / 1000 < plan.memoryBytes {
            let oom = ContainerInstance.PlannedEnd(at: t + KubeletTimings.oomKill, code: 137, reason: "OOMKilled")
            if end == nil || oom.at <= end!.at { end = oom }
        }
        instance.plannedEnd = end
        instance.ready = noProbe
        let readiness = s.readinessProbe.map { ProbeTrack(nextTick: firstReadinessTick($0, start: t)) }
        let liveness = s.livenessProbe.map { ProbeTrack(nextTick: gridTick(atOrAfter: t + .seconds(Int64($0.initialDelaySeconds)), period: $0.periodSeconds)) }
        update(ref) { c in
            c.current = instance
            c.stage = .running
            c.readiness = readiness
            c.liveness = liveness
        }
    }

    /// Probe workers tick every period from the moment the kubelet took the pod
    /// (`prober/worker.go run`), and skip ticks until `initialDelaySeconds` after the container
    /// started. With no delay, the kubelet runs the readiness probe at once when the container
    /// starts (`prober_manager.go UpdatePodStatus` triggers a manual run).
    func firstReadinessTick(_ probe: Probe, start: Instant) -> Instant {
        probe.initialDelaySeconds <= 0 ? start : gridTick(atOrAfter: start + .seconds(Int64(probe.initialDelaySeconds)), period: probe.periodSeconds)
    }

    /// The first probe tick at or after `t`.
    func gridTick(atOrAfter t: Instant, period: Int) -> Instant {
        let anchor = rt.sandboxCreatedAt ?? t
        let p = Millis.seconds(Int64(max(1, period)))
        if t <= anchor { return anchor }
        return anchor + ((t - anchor + p - 1) / p) * p
    }
}
