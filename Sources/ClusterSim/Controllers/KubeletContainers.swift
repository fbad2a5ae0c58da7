import KubeModel

/// A container's life after it begins: pulls finishing or failing, exits, the restart decision
/// with its back-off, and stopping.
extension KubeletSync {
    /// The container's current stage has come due at `t`.
    mutating func advanceStage(_ ref: ContainerRef, at t: Instant) {
        let image = self.image(ref), name = self.name(ref)
        switch stage(ref) {
        case .pulling(_, let outcome, _):
            let full = normalizedImage(ref)
            if let inFlight = node.pullsInFlight[full], inFlight <= t { node.pullsInFlight[full] = nil }
            switch outcome {
            case .success(let reported, let size):
                // Most pulls are of an image the node has (`Always` pulls again): no copy of the set then.
                if !node.images.contains(full) { node.images.insert(full) }
                let d = GoDuration.format(reported)
                event("Pulled", "Successfully pulled image \"\(image)\" in \(d) (\(d) including waiting). Image size: \(size) bytes.",
                      container: ref, because: .imagePulled(pod: key, node: nodeName, container: name, image: image, millis: reported))
                createAndStart(ref, at: t)
            case .failure(let message):
                let backoff = Backoff.next(self[ref].pullBackoff, eventTime: t, now: t)
                self[ref].pullBackoff = backoff
                let why = KubeletReason.imagePullFailed(pod: key, node: nodeName, container: name, image: image,
                                                        retrySeconds: backoff.delay / 1000)
                event("Failed", "Failed to pull image \"\(image)\": \(message)", type: "Warning", container: ref, because: why)
                event("Failed", "Error: ErrImagePull", type: "Warning", container: ref, because: why)
                self[ref].stage = .pullFailed(at: t, message: message)
            }
        case .pullFailed:
            beginImage(ref, at: t, shown: nil)
        case .pullBackOff:
            beginImage(ref, at: t, shown: .waiting(reason: "ImagePullBackOff", message: "Back-off pulling image \"\(image)\""))
        case .running:
            exitContainer(ref, at: t)
        case .exited(_?, let force):
            decideRestart(ref, at: t, force: force)
        case .crashBackOff:
            guard let finished = self[ref].current?.finishedAt else { return }
            let shown = crashLoopState(ref)
            self[ref].crashBackoff = Backoff.next(self[ref].crashBackoff, eventTime: finished, now: t)
            beginImage(ref, at: t, shown: shown)
        case .stopping(_, let killed, let why):
            containerStopped(ref, at: t, killed: killed, why: why)
        case .notStarted, .neverPull, .exited(nil, _):
            break
        }
    }

    /// The process ended by itself (its command finished, it crashed, or the OOM killer).
    mutating func exitContainer(_ ref: ContainerRef, at t: Instant) {
        var c = self[ref]
        guard var instance = c.current, let end = instance.plannedEnd else { return }
        instance.finishedAt = t; instance.exitCode = end.code; instance.reason = end.reason
        instance.ready = false; instance.plannedEnd = nil
        c.current = instance
        c.readiness = nil; c.liveness = nil
        c.stage = .exited(decideAt: t + KubeletTimings.relist, forceRestart: false)
        self[ref] = c
        note(.containerExited(pod: key, node: nodeName, container: c.name, exitCode: end.code, reason: end.reason))
    }

    /// Whether an exited container runs again (`kubecontainer.ShouldContainerBeRestarted`):
    /// sidecars always; init containers only after a failure, unless the pod's policy is
    /// Never; app containers as `restartPolicy` says. A restart waits out the back-off if the
    /// container crashed recently (`kuberuntime_manager.go doBackOff`); the very first restart
    /// does not wait.
    mutating func decideRestart(_ ref: ContainerRef, at t: Instant, force: Bool) {
        let c = self[ref]
        guard let instance = c.current, let finished = instance.finishedAt else { return }
        let code = instance.exitCode ?? 0
        let policy = pod.spec.restartPolicy
        var restart: Bool
        if c.isSidecar { restart = true }
        else if c.isInit { restart = code != 0 && policy != .never }
        else {
            switch policy {
            case .always: restart = true
            case .onFailure: restart = code != 0
            case .never: restart = false
            }
        }
        if force && policy != .never { restart = true }
        guard restart else {
            self[ref].stage = .exited(decideAt: nil, forceRestart: false)
            return
        }
        if let b = c.crashBackoff, b.inBackOff(since: finished, now: t) {
            self[ref].stage = .crashBackOff(until: finished + b.delay)
            event("BackOff", "Back-off restarting failed container \(c.name) in pod \(formattedPod)", type: "Warning", container: ref,
                  because: .crashLoopBackOff(pod: key, node: nodeName, container: c.name, backoffSeconds: b.delay / 1000))
            return
        }
        self[ref].crashBackoff = Backoff.next(c.crashBackoff, eventTime: finished, now: t)
        beginImage(ref, at: t, shown: terminatedState(instance))
    }

    /// Sends SIGTERM; a process that ignores it is killed when the grace period ends.
    mutating func stopContainer(_ ref: ContainerRef, at t: Instant, grace: Int64, why: ContainerStage.StopReason) {
        guard let instance = self[ref].current else { return }
        let handles = instance.plan.handlesSIGTERM
        let graceMillis = Millis.seconds(max(0, grace))
        let stopIn = handles ? min(KubeletTimings.gracefulStop, graceMillis) : graceMillis
        self[ref].stage = .stopping(until: t + stopIn, killed: !handles || stopIn < KubeletTimings.gracefulStop, why: why)
        self[ref].readiness = nil
        self[ref].liveness = nil
    }

    /// The stopped process is gone: exit 0 after a clean shutdown, 137 after SIGKILL.
    mutating func containerStopped(_ ref: ContainerRef, at t: Instant, killed: Bool, why: ContainerStage.StopReason) {
        var c = self[ref]
        guard var instance = c.current else { return }
        instance.finishedAt = t
        instance.exitCode = killed ? 137 : 0
        instance.reason = killed ? "Error" : "Completed"
        instance.ready = false; instance.plannedEnd = nil
        c.current = instance
        c.stage = why == .liveness ? .exited(decideAt: t, forceRestart: true) : .exited(decideAt: nil, forceRestart: false)
        self[ref] = c
        note(.containerStopped(pod: key, node: nodeName, container: c.name, killed: killed))
    }

    func terminatedState(_ i: ContainerInstance) -> ContainerState {
        .terminated(exitCode: i.exitCode ?? 0, reason: i.reason, startedAt: i.startedAt, finishedAt: i.finishedAt ?? i.startedAt,
                    message: i.message)
    }

    /// `back-off 20s restarting failed container=app pod=app-7d9_default(uid)`.
    func crashLoopState(_ ref: ContainerRef) -> ContainerState {
        let delay = self[ref].crashBackoff?.delay ?? Backoff.initial
        return .waiting(reason: "CrashLoopBackOff",
                        message: "back-off \(GoDuration.format(delay)) restarting failed container=\(self[ref].name) pod=\(formattedPod)")
    }
}
