import KubeModel

extension Simulation {
    /// Applies one action as the API server would, then wakes the controllers that watch
    /// what changed (the informer step). Returns what happened.
    @discardableResult
    func apply(_ action: Action) -> [Effect] {
        switch action.change {
        case .createPod(var pod):
            let ns = pod.metadata.namespace.isEmpty ? "default" : pod.metadata.namespace
            if pod.metadata.name.isEmpty, let prefix = pod.metadata.generateName {
                // A generated name is one no pod has: no second lookup.
                pod.metadata.name = generateName(prefix: prefix) { state.pods[ObjectKey(ns, $0)] != nil }
            } else {
                guard state.pods[ObjectKey(ns, pod.metadata.name)] == nil else { return [] }
            }
            admitPod(&pod)
            state.putPod(pod)
            podChanged(pod)
            var effects: [Effect] = [.created(ObjectRef(.pod, pod.metadata.key))]
            // RealPodControl records SuccessfulCreate once the create call has returned the name.
            if case .replicaSet = action.reason, let owner = pod.metadata.controllerRef, owner.kind == "ReplicaSet" {
                let rsKey = ObjectKey(pod.metadata.namespace, owner.name)
                recordEvent(EventRecord(object: ObjectRef(.replicaSet, rsKey), uid: owner.uid, reason: "SuccessfulCreate",
                                        message: "Created pod: \(pod.metadata.name)", source: .replicaSet))
                effects.append(.recordedEvent(ObjectRef(.replicaSet, rsKey), reason: "SuccessfulCreate"))
            }
            if case .daemonSet = action.reason, let owner = pod.metadata.controllerRef, owner.kind == "DaemonSet" {
                let dsRef = ObjectRef(.daemonSet, ObjectKey(pod.metadata.namespace, owner.name))
                recordEvent(EventRecord(object: dsRef, uid: owner.uid, reason: "SuccessfulCreate",
                                        message: "Created pod: \(pod.metadata.name)", source: .daemonSet))
                effects.append(.recordedEvent(dsRef, reason: "SuccessfulCreate"))
            }
            if case .job = action.reason, let owner = pod.metadata.controllerRef, owner.kind == "Job" {
                let jobRef = ObjectRef(.job, ObjectKey(pod.metadata.namespace, owner.name))
                recordEvent(EventRecord(object: jobRef, uid: owner.uid, reason: "SuccessfulCreate",
                                        message: "Created pod: \(pod.metadata.name)", source: .job))
                effects.append(.recordedEvent(jobRef, reason: "SuccessfulCreate"))
            }
            return effects

        case .bindPod(let key, let node):
            guard var pod = state.pods[key], pod.spec.nodeName == nil else { return [] }
            pod.spec.nodeName = node
            pod.status.setCondition("PodScheduled", .true, at: state.now)
            pod.metadata.resourceVersion = state.nextResourceVersion()
            state.putPod(pod)
            podChanged(pod)
            return [.bound(ObjectRef(.pod, key), node: node)]

        case .setPodStatus(let key, let status):
            guard var pod = state.pods[key], pod.status != status else { return [] }
            if let old = pod.status.podIP, status.podIP == nil, let node = pod.spec.nodeName {
                state.nodeRuntime[node]?.releasePodIP(old)
            }
            let wasCounted = NodeUsage.counts(pod)
            pod.status = status
            pod.status.conditions = sharedConditions.shared(status.conditions)
            pod.metadata.resourceVersion = state.nextResourceVersion()
            state.putPod(pod)
            if case .kubelet = action.reason { podChanged(pod, byKubelet: true) } else { podChanged(pod) }
            // A pod that finished no longer holds its node's resources.
            if wasCounted && !NodeUsage.counts(pod) { nodeCapacityFreed() }
            return [.updated(ObjectRef(.pod, key))]

        case .setPodMetadata(let key, let meta):
            guard var pod = state.pods[key] else { return [] }
            let oldOwner = pod.metadata.controllerRef
            pod.metadata = meta
            pod.metadata.resourceVersion = state.nextResourceVersion()
            state.putPod(pod)
            if let oldOwner, oldOwner != meta.controllerRef { wakeOwner(oldOwner, namespace: key.namespace) }
            podChanged(pod)
            return [.updated(ObjectRef(.pod, key))]

        case .deletePod(let key, let grace):
            return deletePod(key, gracePeriod: grace)

        case .removePod(let key):
            guard let pod = state.pods[key] else { return [] }
            if let ip = pod.status.podIP, let node = pod.spec.nodeName { state.nodeRuntime[node]?.releasePodIP(ip) }
            state.removePod(key)
            podRemoved(pod)
            return [.removed(ObjectRef(.pod, key))]

        case .setPodRuntime(let key, let runtime):
            guard state.pods[key] != nil else { return [] }
            state.podRuntime[key] = runtime
            return []

        case .createReplicaSet(var rs):
            let ns = rs.metadata.namespace.isEmpty ? "default" : rs.metadata.namespace
            guard state.replicaSets[ObjectKey(ns, rs.metadata.name)] == nil else { return [] }
            stamp(&rs.metadata, kind: .replicaSet)
            state.putReplicaSet(rs)
            replicaSetChanged(rs)
            return [.created(ObjectRef(.replicaSet, rs.metadata.key))]

        case .updateReplicaSet(var rs):
            guard let old = state.replicaSets[rs.metadata.key] else { return [] }
            if old.spec == rs.spec && old.metadata == rs.metadata { return [] }
            if old.spec != rs.spec { rs.metadata.generation = old.metadata.generation + 1 }
            rs.status = old.status
            rs.metadata.resourceVersion = state.nextResourceVersion()
            state.putReplicaSet(rs)
            if let owner = old.metadata.controllerRef, owner != rs.metadata.controllerRef { wakeOwner(owner, namespace: rs.metadata.namespace) }
            replicaSetChanged(rs)
            return [.updated(ObjectRef(.replicaSet, rs.metadata.key))]

        case .setReplicaSetStatus(let key, let status):
            guard var rs = state.replicaSets[key], rs.status != status else { return [] }
            rs.status = status
            rs.metadata.resourceVersion = state.nextResourceVersion()
            state.putReplicaSet(rs)
            if let owner = rs.metadata.controllerRef { wakeOwner(owner, namespace: key.namespace) }
            return [.updated(ObjectRef(.replicaSet, key))]

        case .deleteReplicaSet(let key):
            guard let rs = state.replicaSets[key] else { return [] }
            state.removeReplicaSet(key)
            objectDeleted(uid: rs.metadata.uid)
            if let owner = rs.metadata.controllerRef {
                wakeOwner(owner, namespace: key.namespace)
                dependentRemoved(ownerUID: owner.uid)
            }
            return [.removed(ObjectRef(.replicaSet, key))]

        case .updateDeployment(var d):
            guard let old = state.deployments[d.metadata.key] else { return [] }
            if old.spec == d.spec && old.metadata == d.metadata { return [] }
            if old.spec != d.spec { d.metadata.generation = old.metadata.generation + 1 }
            d.status = old.status
            d.metadata.resourceVersion = state.nextResourceVersion()
            state.putDeployment(d)
            queue.add(.deployment(d.metadata.key), at: state.now)
            return [.updated(ObjectRef(.deployment, d.metadata.key))]

        case .setDeploymentStatus(let key, let status):
            guard var d = state.deployments[key], d.status != status else { return [] }
            d.status = status
            d.metadata.resourceVersion = state.nextResourceVersion()
            state.putDeployment(d)
            return [.updated(ObjectRef(.deployment, key))]

        case .deleteDeployment(let key):
            guard let d = state.deployments[key] else { return [] }
            state.removeDeployment(key)
            objectDeleted(uid: d.metadata.uid)
            return [.removed(ObjectRef(.deployment, key))]

        case .updateNode(var node):
            guard let old = state.nodes[node.metadata.name], old != node else { return [] }
            node.metadata.resourceVersion = state.nextResourceVersion()
            state.putNode(node)
            nodeChanged(old: old, new: node)
            return [.updated(ObjectRef(.node, ObjectKey(cluster: node.metadata.name)))]

        case .setNodeRuntime(let name, let runtime):
            state.nodeRuntime[name] = runtime
            return []

        case .recordEvent(let record):
            recordEvent(record)
            return [.recordedEvent(record.object, reason: record.reason)]

        case .setDaemonSetStatus(let key, let status):
            guard var ds = state.daemonSets[key], ds.status != status else { return [] }
            ds.status = status
            ds.metadata.resourceVersion = state.nextResourceVersion()
            state.daemonSets[key] = ds
            return [.updated(ObjectRef(.daemonSet, key))]

        case .setStatefulSetStatus(let key, let status):
            guard var sts = state.statefulSets[key], sts.status != status else { return [] }
            sts.status = status
            sts.metadata.resourceVersion = state.nextResourceVersion()
            state.statefulSets[key] = sts
            return [.updated(ObjectRef(.statefulSet, key))]

        case .createPersistentVolumeClaim(let claim):
            let ns = claim.metadata.namespace.isEmpty ? "default" : claim.metadata.namespace
            guard state.persistentVolumeClaims[ObjectKey(ns, claim.metadata.name)] == nil else { return [] }
            let made = createClaimObject(claim)
            return [.created(ObjectRef(.persistentVolumeClaim, made.metadata.key))]

        case .recordStatefulSetRevision(let name, let template):
            state.statefulSetRevisions[name] = template
            return []

        case .createJob, .setJobStatus, .deleteJob, .setCronJobStatus:
            return applyBatch(action.change)

        case .requeue(let work, let at, let retry):
            queue.add(work, at: at, retry: retry)
            return []
        }
    }

    /// Admission: what the API server adds to every new pod (uid, times, the
    /// DefaultTolerationSeconds tolerations, the default service account).
    func admitPod(_ pod: inout Pod) {
        stamp(&pod.metadata, kind: .pod)
        if pod.spec.serviceAccountName == nil { pod.spec.serviceAccountName = "default" }
        pod.spec.tolerations = admission.tolerations(pod.spec.tolerations, seconds: config.defaultTolerationSeconds) { given, seconds in
            var out = given
            for key in [Taint.notReadyKey, Taint.unreachableKey] where !given.contains(where: { $0.key == key && $0.effect == "NoExecute" }) {
                out.append(Toleration(key: key, operator: "Exists", effect: "NoExecute", tolerationSeconds: seconds))
            }
            return out
        }
        pod.spec.containers = admission.containers(pod.spec.containers, initContainers: false, make: Self.withPullPolicies)
        if !pod.spec.initContainers.isEmpty {
            pod.spec.initContainers = admission.containers(pod.spec.initContainers, initContainers: true, make: Self.withPullPolicies)
        }
        pod.status = PodStatus()
        pod.status.phase = .pending
        if pod.spec.nodeName != nil { pod.status.setCondition("PodScheduled", .true, at: state.now) }
    }

    /// Containers with the pull policy their image implies where none is given.
    private static func withPullPolicies(_ given: [Container]) -> [Container] {
        var out = given
        for i in out.indices where out[i].imagePullPolicy == nil {
            out[i].imagePullPolicy = ImageCatalogue.defaultPullPolicy(out[i].image)
        }
        return out
    }

    /// Graceful deletion: a pod that never reached a node, or one deleted with grace 0,
    /// goes at once; otherwise it is marked and the kubelet finishes the job.
    func deletePod(_ key: ObjectKey, gracePeriod: Int64?) -> [Effect] {
        guard var pod = state.pods[key] else { return [] }
        let grace = gracePeriod ?? pod.spec.terminationGracePeriodSeconds
        // `pkg/registry/core/pod/strategy.go CheckGracefulDelete`: unscheduled and finished pods go at once.
        let finished = pod.status.phase == .succeeded || pod.status.phase == .failed
        if pod.spec.nodeName == nil || grace == 0 || finished {
            return apply(Action(.removePod(key), because: .kubelet(.podRemoved(pod: key))))
        }
        // A second delete may only shorten the grace period.
        if let end = pod.metadata.deletionTimestamp, state.now + .seconds(grace) >= end { return [] }
        // The deletion timestamp is the deadline, now + grace (`rest/delete.go BeforeDelete`);
        // describe's "Terminating (lasts 12s)" counts down to it.
        pod.metadata.deletionTimestamp = state.now + .seconds(grace)
        pod.metadata.deletionGracePeriodSeconds = grace
        pod.metadata.resourceVersion = state.nextResourceVersion()
        state.putPod(pod)
        podChanged(pod)
        return [.markedForDeletion(ObjectRef(.pod, key))]
    }

    /// The kubelet's events carry its node as their source host. The node name is read in place
    /// (through the table's values), not from a copy of the whole pod.
    func recordEvent(_ r: EventRecord) {
        state.events.record(r, at: state.now)
    }

    // MARK: informers: who to wake when something changes

    /// `byKubelet`: the kubelet wrote this itself. It has already set its own next wake-up, and
    /// running it again in the same instant would find nothing due — at 150,000 pods, half of
    /// all kubelet runs.
    func podChanged(_ pod: Pod, byKubelet: Bool = false) {
        let key = pod.metadata.key
        if pod.spec.nodeName == nil {
            if pod.metadata.deletionTimestamp == nil { queue.add(.schedule(key), at: state.now) }
        } else if !byKubelet {
            queue.add(.kubelet(key), at: state.now)
        }
        if let owner = pod.metadata.controllerRef {
            wakeOwner(owner, namespace: key.namespace)
        } else if pod.isActive {
            // An orphan: any ReplicaSet whose selector matches may adopt it.
            for rs in state.replicaSets.values where rs.metadata.namespace == key.namespace
                && !rs.spec.selector.isEmpty && rs.spec.selector.matches(pod.metadata.labels) {
                queue.add(.replicaSet(rs.metadata.key), at: state.now)
            }
        }
    }

    func podRemoved(_ pod: Pod) {
        if let owner = pod.metadata.controllerRef {
            wakeOwner(owner, namespace: pod.metadata.namespace)
            dependentRemoved(ownerUID: owner.uid)
            // A Recreate rollout waits for every old pod to be gone, so the Deployment watches
            // pod deletions (`deployment_controller.go deletePod`).
            if owner.kind == "ReplicaSet", let rs = state.replicaSets[ObjectKey(pod.metadata.namespace, owner.name)],
               let dRef = rs.metadata.controllerRef, dRef.kind == "Deployment",
               state.deployments[ObjectKey(pod.metadata.namespace, dRef.name)]?.spec.strategy.type == .recreate {
                wakeOwner(dRef, namespace: pod.metadata.namespace)
            }
        }
        if pod.spec.nodeName != nil { nodeCapacityFreed() }
    }

    /// Freed capacity may let a Pending pod fit.
    func nodeCapacityFreed() {
        for key in state.unschedulablePods.sorted() { queue.add(.schedule(key), at: state.now) }
    }

    func replicaSetChanged(_ rs: ReplicaSet) {
        queue.add(.replicaSet(rs.metadata.key), at: state.now)
        if let owner = rs.metadata.controllerRef {
            wakeOwner(owner, namespace: rs.metadata.namespace)
        } else {
            // An orphan: any Deployment whose selector matches may adopt it
            // (`deployment_controller.go getDeploymentsForReplicaSet`).
            for d in state.deployments(in: rs.metadata.namespace)
            where !d.spec.selector.isEmpty && d.spec.selector.matches(rs.metadata.labels) {
                queue.add(.deployment(d.metadata.key), at: state.now)
            }
        }
    }

    func wakeOwner(_ owner: OwnerReference, namespace: String) {
        switch owner.kind {
        case "ReplicaSet": queue.add(.replicaSet(ObjectKey(namespace, owner.name)), at: state.now)
        case "Deployment": queue.add(.deployment(ObjectKey(namespace, owner.name)), at: state.now)
        case "Job": queue.add(.job(ObjectKey(namespace, owner.name)), at: state.now)
        case "CronJob": queue.add(.cronJob(ObjectKey(namespace, owner.name)), at: state.now)
        case "DaemonSet": queue.add(.daemonSet(ObjectKey(namespace, owner.name)), at: state.now)
        case "StatefulSet": queue.add(.statefulSet(ObjectKey(namespace, owner.name)), at: state.now)
        default: break
        }
    }

    /// An owner left the store: the garbage collector looks at its dependents.
    func objectDeleted(uid: String) {
        if state.podsByOwner[uid] != nil || state.replicaSetsByOwner[uid] != nil || state.jobsByOwner[uid] != nil {
            queue.add(.garbageCollect(uid), at: state.now)
        }
    }

    func nodeChanged(old: Node, new: Node) {
        let name = new.metadata.name
        queue.add(.nodeLifecycle(name), at: state.now)
        if old.metadata.labels != new.metadata.labels || old.spec.taints != new.spec.taints { nodesChangedForDaemonSets() }
        let wasSchedulable = old.isReady && !old.spec.unschedulable
        let isSchedulable = new.isReady && !new.spec.unschedulable
        if isSchedulable && !wasSchedulable { nodeBecameAvailable() }
        if new.spec.taints.contains(where: { $0.effect == "NoExecute" }) || old.spec.taints.contains(where: { $0.effect == "NoExecute" }) {
            for key in (state.podsByNode[name] ?? []).sorted() { queue.add(.taintEviction(key), at: state.now) }
        }
    }
}
