import KubeModel

/// The pod status the kubelet reports from its memory (`kubelet_pods.go generateAPIPodStatus`):
/// one status per container, the phase (`getPhase`), and the conditions in the order the
/// kubelet writes them — PodReadyToStartContainers, Initialized, Ready, ContainersReady,
/// PodScheduled — keeping each condition's transition time while its status holds.
enum KubeletStatus {
    static func make(_ sync: KubeletSync) -> PodStatus {
        let pod = sync.pod, rt = sync.rt, now = sync.now
        var s = pod.status
        s.hostIP = sync.node.internalIP
        s.podIP = rt.podIP ?? s.podIP
        s.startTime = rt.sandboxCreatedAt ?? s.startTime
        let hasInits = !pod.spec.initContainers.isEmpty
        s.initContainerStatuses = rt.initContainers.indices.map {
            containerStatus(ContainerRef(isInit: true, index: $0), sync: sync, defaultWaiting: "PodInitializing")
        }
        s.containerStatuses = rt.containers.indices.map {
            containerStatus(ContainerRef(isInit: false, index: $0), sync: sync, defaultWaiting: hasInits ? "PodInitializing" : "ContainerCreating")
        }
        let wasTerminal = pod.status.phase == .succeeded || pod.status.phase == .failed
        s.phase = wasTerminal ? pod.status.phase : phase(pod, s, sidecarsRunning: sidecarsRunning(rt))
        let terminal = s.phase == .succeeded || s.phase == .failed
        s.conditions = conditions(pod: pod, status: s, terminal: terminal, now: now)
        return s
    }

    static func sidecarsRunning(_ rt: PodRuntime) -> Bool {
        rt.initContainers.contains { c in
            guard c.isSidecar else { return false }
            switch c.stage { case .running, .stopping: return true; default: return false }
        }
    }

    static func containerStatus(_ ref: ContainerRef, sync: KubeletSync, defaultWaiting: String) -> ContainerStatus {
        // Through a buffer pointer: an element read from the array would be copied first.
        (ref.isInit ? sync.rt.initContainers : sync.rt.containers).withUnsafeBufferPointer {
            containerStatus($0[ref.index], ref, sync: sync, defaultWaiting: defaultWaiting)
        }
    }

    /// The container's memory is borrowed where it lies and of its spec only the image is
    /// read: copies of both, for every container of every status, showed.
    private static func containerStatus(_ c: borrowing ContainerRuntime, _ ref: ContainerRef, sync: KubeletSync,
                                        defaultWaiting: String) -> ContainerStatus {
        let specImage = sync.image(ref)
        let current = c.current.map(sync.terminatedState)
        let state: ContainerState
        var showsCurrent = false
        switch c.stage {
        case .notStarted: state = .waiting(reason: defaultWaiting)
        case .pulling(_, _, let shown):
            state = shown ?? .waiting(reason: defaultWaiting)
            if case .terminated? = shown { showsCurrent = true }
        case .pullFailed(_, let message): state = .waiting(reason: "ErrImagePull", message: message)
        case .pullBackOff: state = .waiting(reason: "ImagePullBackOff", message: "Back-off pulling image \"\(specImage)\"")
        case .neverPull(let message): state = .waiting(reason: "ErrImageNeverPull", message: message)
        case .running, .stopping:
            state = .running(startedAt: c.current?.startedAt ?? sync.now)
            showsCurrent = true
        case .exited:
            state = current ?? .waiting(reason: defaultWaiting)
            showsCurrent = true
        case .crashBackOff:
            state = sync.crashLoopState(ref)
        }
        var cs = ContainerStatus(name: c.name, image: c.current?.image ?? specImage, state: state)
        cs.lastState = showsCurrent ? c.previous.map(sync.terminatedState) : current
        cs.restartCount = c.restartCount
        cs.containerID = c.current?.id
        cs.started = state.isRunning
        if c.isInit && !c.isSidecar {
            if case .terminated(0, _, _, _, _) = state { cs.ready = true }
        } else {
            cs.ready = state.isRunning && (c.current?.ready ?? false)
        }
        return cs
    }

    /// `getPhase` (`pkg/kubelet/kubelet_pods.go`).
    static func phase(_ pod: Pod, _ s: PodStatus, sidecarsRunning: Bool) -> PodPhase {
        var pendingInit = 0, failedInit = 0
        for (i, c) in pod.spec.initContainers.enumerated() where c.restartPolicy != "Always" {
            guard i < s.initContainerStatuses.count else { pendingInit += 1; continue }
            let cs = s.initContainerStatuses[i]
            switch cs.state {
            case .running: pendingInit += 1
            case .terminated(let code, _, _, _, _): if code != 0 { failedInit += 1 }
            case .waiting:
                if case .terminated(let code, _, _, _, _)? = cs.lastState { if code != 0 { failedInit += 1 } } else { pendingInit += 1 }
            }
        }
        var running = 0, waiting = 0, stopped = 0, succeeded = 0
        for cs in s.containerStatuses {
            switch cs.state {
            case .running: running += 1
            case .terminated(let code, _, _, _, _): stopped += 1; if code == 0 { succeeded += 1 }
            case .waiting: if case .terminated? = cs.lastState { stopped += 1 } else { waiting += 1 }
            }
        }
        if failedInit > 0 && pod.spec.restartPolicy == .never { return .failed }
        if pendingInit > 0 || waiting > 0 { return .pending }
        if running > 0 { return .running }
        if stopped > 0 {
            if sidecarsRunning || pod.spec.restartPolicy == .always { return .running }
            if stopped == succeeded { return .succeeded }
            if pod.spec.restartPolicy == .never { return .failed }
            return .running
        }
        return .pending
    }

    /// The kubelet's conditions (`pkg/kubelet/status/generate.go`), then any others (PodScheduled,
    /// DisruptionTarget) as they were.
    static func conditions(pod: Pod, status s: PodStatus, terminal: Bool, now: Instant) -> [PodCondition] {
        // Exactly as many as it will hold: the array is kept in the pod for its whole life, and a
        // spare slot or five in each of 150,000 pods is a few dozen megabytes.
        var others = 0
        for c in pod.status.conditions where !isKubelets(c.type) { others += 1 }
        var out: [PodCondition] = []
        out.reserveCapacity(others + 4)
        func put(_ type: String, _ value: ConditionStatus, _ reason: String? = nil, _ message: String? = nil) {
            // The old condition's transition time while its status holds (read in place: no copy).
            let old = pod.status.conditions
            var since = now
            if let i = old.firstIndex(where: { $0.type == type }), old[i].status == value, let t = old[i].lastTransitionTime { since = t }
            out.append(PodCondition(type: type, status: value, reason: reason, message: message, lastTransitionTime: since))
        }
        put("PodReadyToStartContainers", terminal ? .false : .true)

        // Initialized
        var incomplete: [String] = []
        for (i, c) in pod.spec.initContainers.enumerated() {
            let cs = i < s.initContainerStatuses.count ? s.initContainerStatuses[i] : nil
            if c.restartPolicy == "Always" { if cs?.started != true { incomplete.append(c.name) }; continue }
            if case .terminated(0, _, _, _, _)? = cs?.state { continue }
            incomplete.append(c.name)
        }
        let anyAppStarted = s.containerStatuses.contains { cs in
            switch cs.state { case .waiting: if case .terminated? = cs.lastState { return true } else { return false }; default: return true }
        }
        if s.phase == .succeeded && !pod.spec.initContainers.isEmpty { put("Initialized", .true, "PodCompleted") }
        else if incomplete.isEmpty || anyAppStarted { put("Initialized", .true) }
        else { put("Initialized", .false, "ContainersNotInitialized", "containers with incomplete status: [\(incomplete.joined(separator: " "))]") }

        // Ready and ContainersReady
        var unready: [String] = []
        for (i, c) in pod.spec.initContainers.enumerated() where c.restartPolicy == "Always" {
            if !(i < s.initContainerStatuses.count && s.initContainerStatuses[i].ready) { unready.append(c.name) }
        }
        for cs in s.containerStatuses where !cs.ready { unready.append(cs.name) }
        let ready: (ConditionStatus, String?, String?)
        if s.phase == .succeeded { ready = (.false, "PodCompleted", nil) }
        else if s.phase == .failed { ready = (.false, "PodFailed", nil) }
        else if unready.isEmpty { ready = (.true, nil, nil) }
        else { ready = (.false, "ContainersNotReady", "containers with unready status: [\(unready.joined(separator: " "))]") }
        put("Ready", ready.0, ready.1, ready.2)
        put("ContainersReady", ready.0, ready.1, ready.2)

        let managed = out.count
        for c in pod.status.conditions where !isKubelets(c.type) { out.append(c) }
        // PodScheduled before anything that is not the kubelet's (DisruptionTarget).
        if let i = out.firstIndex(where: { $0.type == "PodScheduled" }), i != managed {
            let c = out.remove(at: i); out.insert(c, at: managed)
        }
        return out
    }

    /// The conditions the kubelet writes itself, replaced on every status it reports.
    static func isKubelets(_ type: String) -> Bool {
        switch type {
        case "PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady": return true
        default: return false
        }
    }
}
