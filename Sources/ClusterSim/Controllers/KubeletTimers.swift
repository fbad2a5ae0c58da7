import KubeModel

/// The moments the kubelet remembers for a pod, and which of them `settle` should wait for.
extension KubeletSync {
    struct Due {
        enum Kind: Int { case stage = 0, readiness = 1, liveness = 2 }
        var at: Instant
        var ref: ContainerRef
        var kind: Kind
        /// False for a back-off wait, a failing probe's next failure, or a process that will
        /// not end for a long while: `settle` does not wait for those.
        var awaited: Bool
    }

    func allDue() -> [Due] {
        var out: [Due] = []
        for ref in refs {
            let c = self[ref]
            switch c.stage {
            case .pulling(let until, _, _): out.append(Due(at: until, ref: ref, kind: .stage, awaited: true))
            case .pullFailed(let at, _): out.append(Due(at: at + KubeletTimings.relist, ref: ref, kind: .stage, awaited: true))
            case .pullBackOff(let until): out.append(Due(at: until, ref: ref, kind: .stage, awaited: false))
            case .crashBackOff(let until): out.append(Due(at: until, ref: ref, kind: .stage, awaited: false))
            case .exited(let decideAt?, _): out.append(Due(at: decideAt, ref: ref, kind: .stage, awaited: true))
            case .stopping(let until, _, _): out.append(Due(at: until, ref: ref, kind: .stage, awaited: true))
            case .running:
                guard let instance = c.current else { break }
                if let end = instance.plannedEnd {
                    out.append(Due(at: end.at, ref: ref, kind: .stage,
                                   awaited: end.at - instance.startedAt <= KubeletTimings.settleHorizon))
                }
                if let tick = c.readiness?.nextTick, let probe = spec(ref).readinessProbe {
                    let passes = probeResult(probe, instance: instance, at: tick).passed
                    // Waiting to become ready is worth waiting for; a probe that keeps failing is not,
                    // once its first failure has been reported.
                    let awaited = (!instance.ready && passes) || (c.readiness?.failureRun ?? 0) == 0 && !passes
                    out.append(Due(at: tick, ref: ref, kind: .readiness,
                                   awaited: awaited && tick - instance.startedAt <= KubeletTimings.settleHorizon))
                }
                if let tick = c.liveness?.nextTick, let probe = spec(ref).livenessProbe {
                    let fails = !probeResult(probe, instance: instance, at: tick).passed
                    out.append(Due(at: tick, ref: ref, kind: .liveness,
                                   awaited: fails && tick - instance.startedAt <= KubeletTimings.settleHorizon))
                }
            case .notStarted, .neverPull, .exited(nil, _):
                break
            }
        }
        return out
    }

    /// The earliest remembered moment; among equal times, container stages before probes,
    /// init containers before app containers, then in spec order.
    func nextDue() -> Due? {
        allDue().min { a, b in
            (a.at, a.kind.rawValue, a.ref.isInit ? 0 : 1, a.ref.index) < (b.at, b.kind.rawValue, b.ref.isInit ? 0 : 1, b.ref.index)
        }
    }

    /// Handles one remembered moment. A process ends at its own time even while the kubelet
    /// is down; what the kubelet itself does happens no earlier than its start.
    mutating func fire(_ due: Due) {
        let kubeletTime = max(due.at, node.kubeletStartedAt)
        switch due.kind {
        case .stage:
            switch self[due.ref].stage {
            case .running, .stopping: advanceStage(due.ref, at: due.at)
            default: advanceStage(due.ref, at: kubeletTime)
            }
        case .readiness: readinessTick(due.ref, at: kubeletTime)
        case .liveness: livenessTick(due.ref, at: kubeletTime)
        }
    }
}
