import KubeModel

/// The kubelet of the pod's node, reconciling one pod: pull images, start containers,
/// report readiness, and finish graceful deletion. A crashed node's kubelet does nothing,
/// which is exactly why its pods stay as they were last reported.
public enum Kubelet {
    public static func reconcile(pod key: ObjectKey, in state: ClusterState, config: SimulationConfig) -> [Action] {
        guard let pod = state.pods[key], let nodeName = pod.spec.nodeName,
              let runtime = state.nodeRuntime[nodeName], runtime.kubeletRunning else { return [] }
        let now = state.now
        if pod.metadata.deletionTimestamp != nil { return terminate(pod, now: now) }
        if pod.status.phase == .succeeded || pod.status.phase == .failed { return [] }

        var status = pod.status
        var actions: [Action] = []
        func event(_ reason: String, _ message: String, type: String = "Normal", container: String? = nil) -> EventRecord {
            EventRecord(object: ObjectRef(.pod, key), uid: pod.metadata.uid, type: type, reason: reason, message: message,
                        source: .kubelet, fieldPath: container.map { "spec.containers{\($0)}" })
        }

        // First sight of the pod: sandbox, IP, start pulling.
        if status.startTime == nil {
            var node = runtime
            status.startTime = now
            status.hostIP = runtime.internalIP
            status.podIP = node.allocatePodIP()
            status.setCondition("PodReadyToStartContainers", .true, at: now)
            status.setCondition("Initialized", .true, at: now)
            status.setCondition("Ready", .false, at: now, reason: "ContainersNotReady",
                                message: "containers with unready status: [\(pod.spec.containers.map(\.name).joined(separator: " "))]")
            status.setCondition("ContainersReady", .false, at: now, reason: "ContainersNotReady",
                                message: "containers with unready status: [\(pod.spec.containers.map(\.name).joined(separator: " "))]")
            status.containerStatuses = pod.spec.containers.map {
                ContainerStatus(name: $0.name, image: $0.image, state: .waiting(reason: "ContainerCreating"))
            }
            let reason = Reason.kubelet(.startingPod(pod: key, node: nodeName))
            actions.append(Action(.setNodeRuntime(nodeName, node), because: reason))
            actions.append(Action(.setPodStatus(key, status), because: reason))
            var pullDone = now
            for c in pod.spec.containers {
                let pulling = Reason.kubelet(.pullingImage(pod: key, container: c.name, image: c.image))
                actions.append(Action(.recordEvent(event("Pulling", "Pulling image \"\(c.image)\"", container: c.name)), because: pulling))
                pullDone = max(pullDone, now + (config.catalogue.behaviour(of: c.image)?.pullMillis ?? 1_000))
            }
            actions.append(Action(.requeue(.kubelet(key), at: pullDone), because: reason))
            return actions
        }

        // Pull finished: start every waiting container whose image exists.
        var changed = false
        for (i, c) in pod.spec.containers.enumerated() {
            guard case .waiting = status.containerStatuses[i].state else { continue }
            guard let behaviour = config.catalogue.behaviour(of: c.image) else {
                let r = Reason.kubelet(.imagePullFailed(pod: key, container: c.name, image: c.image))
                if case .waiting(let why, _) = status.containerStatuses[i].state, why == "ErrImagePull" || why == "ImagePullBackOff" { continue }
                status.containerStatuses[i].state = .waiting(reason: "ErrImagePull", message: "failed to pull and unpack image \"\(c.image)\": not found")
                actions.append(Action(.recordEvent(event("Failed", "Failed to pull image \"\(c.image)\": rpc error: code = NotFound desc = failed to pull and unpack image \"docker.io/library/\(c.image)\": not found", type: "Warning", container: c.name)), because: r))
                actions.append(Action(.recordEvent(event("Failed", "Error: ErrImagePull", type: "Warning", container: c.name)), because: r))
                changed = true
                continue
            }
            let r = Reason.kubelet(.containerStarted(pod: key, container: c.name))
            let secs = Double(behaviour.pullMillis) / 1000
            actions.append(Action(.recordEvent(event("Pulled", "Successfully pulled image \"\(c.image)\" in \(secs)s (\(secs)s including waiting). Image size: \(behaviour.sizeBytes) bytes.", container: c.name)), because: r))
            actions.append(Action(.recordEvent(event("Created", "Created container \(c.name)", container: c.name)), because: r))
            actions.append(Action(.recordEvent(event("Started", "Started container \(c.name)", container: c.name)), because: r))
            status.containerStatuses[i].state = .running(startedAt: now)
            status.containerStatuses[i].started = true
            status.containerStatuses[i].ready = true
            changed = true
        }
        if changed {
            let allReady = status.containerStatuses.allSatisfy(\.ready)
            if status.containerStatuses.contains(where: { $0.state.isRunning }) { status.phase = .running }
            if allReady {
                status.setCondition("ContainersReady", .true, at: now)
                status.setCondition("Ready", .true, at: now)
            }
            let reason = actions.first?.reason ?? .kubelet(.statusSync(pod: key))
            actions.insert(Action(.setPodStatus(key, status), because: reason), at: 0)
        }
        return actions
    }

    /// Graceful termination: containers get SIGTERM and stop at once (the catalogue's
    /// servers shut down promptly), so the pod leaves shortly after; a grace period is the
    /// upper bound.
    static func terminate(_ pod: Pod, now: Instant) -> [Action] {
        let key = pod.metadata.key
        let deadline = (pod.metadata.deletionTimestamp ?? now) + .seconds(min(1, pod.metadata.deletionGracePeriodSeconds ?? 30))
        if now >= deadline {
            return [Action(.removePod(key), because: .kubelet(.podRemoved(pod: key)))]
        }
        let r = Reason.kubelet(.stoppingPod(pod: key, gracePeriod: pod.metadata.deletionGracePeriodSeconds ?? 30))
        var actions: [Action] = []
        if pod.metadata.deletionTimestamp == now {
            for c in pod.spec.containers where pod.status.containerStatuses.first(where: { $0.name == c.name })?.state.isRunning == true {
                actions.append(Action(.recordEvent(EventRecord(object: ObjectRef(.pod, key), uid: pod.metadata.uid, reason: "Killing",
                                                               message: "Stopping container \(c.name)", source: .kubelet,
                                                               fieldPath: "spec.containers{\(c.name)}")), because: r))
            }
        }
        actions.append(Action(.requeue(.kubelet(key), at: deadline), because: r))
        return actions
    }
}
