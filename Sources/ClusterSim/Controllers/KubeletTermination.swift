import KubeModel

/// Graceful termination (`kuberuntime_container.go killContainer`): when a pod is deleted the
/// kubelet sends SIGTERM to every running container, SIGKILL to those still there when the
/// grace period ends, and then lets the API server remove the pod object.
///
/// The catalogue's servers shut down within a second of SIGTERM; a shell or `sleep` running
/// as PID 1 has no handler, and the kernel ignores SIGTERM for PID 1, so it lasts the whole
/// grace period (30 s by default). A crashed node's kubelet does none of this: its pods stay
/// Terminating until it comes back (or the Node object is deleted).
extension KubeletSync {
    mutating func terminate() {
        let grace = pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds
        let finished = pod.status.phase == .succeeded || pod.status.phase == .failed
        guard rt.sandboxCreatedAt != nil, !rt.rejected, !finished else {
            removal = .podRemoved(pod: key, node: nodeName)
            return
        }
        if rt.termination == nil {
            rt.termination = PodRuntime.Termination(startedAt: now, gracePeriodSeconds: grace)
            let running = refs.filter { if case .running = self[$0].stage { return true } else { return false } }
            let ignoring = running.filter { !(self[$0].current?.plan.handlesSIGTERM ?? true) }.map { self[$0].name }
            let why = KubeletReason.stoppingPod(pod: key, node: nodeName, gracePeriod: grace, ignoring: ignoring)
            for ref in refs {
                switch self[ref].stage {
                case .running:
                    event("Killing", "Stopping container \(self[ref].name)", container: ref, because: why)
                    stopContainer(ref, at: now, grace: grace, why: .deletion)
                case .stopping:
                    break // already stopping after a failed liveness probe
                default:
                    // Nothing runs: pending pulls, back-offs and restarts are dropped.
                    self[ref].stage = self[ref].current == nil ? .notStarted : .exited(decideAt: nil, forceRestart: false)
                    self[ref].readiness = nil; self[ref].liveness = nil
                }
            }
            if running.isEmpty { note(why) }
        } else if let t = rt.termination, grace < t.gracePeriodSeconds {
            // A second delete with a shorter grace period brings SIGKILL forward.
            rt.termination?.gracePeriodSeconds = grace
            for ref in refs {
                if case .stopping(let until, _, let why) = self[ref].stage, now + .seconds(grace) < until {
                    self[ref].stage = .stopping(until: now + .seconds(max(0, grace)), killed: true, why: why)
                }
            }
        }
        processDue()
        let stillRunning = refs.contains { ref in
            switch self[ref].stage { case .running, .stopping: return true; default: return false }
        }
        if !stillRunning {
            // The removal tells the whole ending: which containers had to be killed.
            var killed: [String] = []
            var kept: [Action] = [], keptWrites: [Int] = []
            var w = runtimeWrites.makeIterator(), nextWrite = w.next()
            for (i, a) in log.enumerated() {
                let isWrite = i == nextWrite
                if isWrite { nextWrite = w.next() }
                if isWrite, case .kubelet(.containerStopped(_, _, let name, let wasKilled)) = a.reason {
                    if wasKilled { killed.append(name) }
                    continue
                }
                if isWrite { keptWrites.append(kept.count) }
                kept.append(a)
            }
            log = kept; runtimeWrites = keptWrites
            removal = .podRemoved(pod: key, node: nodeName, killed: killed)
        }
    }
}
