import KubeModel

/// Deletion propagation (`metav1.DeletionPropagation`).
public enum Propagation: String, Sendable { case background = "Background", foreground = "Foreground", orphan = "Orphan" }

/// What a person did to the cluster, kept so `why` can trace a chain back to a command.
public struct UserAction: Hashable, Sendable {
    public var time: Instant
    public var command: String
    public var objects: [ObjectRef]
}

/// The API server's face: what kubectl calls. Each call validates, applies defaults,
/// stores, and wakes the controllers that watch the kind — but runs none of them:
/// controllers act only as the clock moves.
extension Simulation {
    public func create(_ object: KubeObject) throws(APIError) -> KubeObject {
        var object = object
        if object.kind.isNamespaced && object.metadata.namespace.isEmpty { object.metadata.namespace = "default" }
        let ns = object.metadata.namespace
        if object.kind.isNamespaced, state.namespaces[ns] == nil {
            throw .notFound(.namespace, name: ns)
        }
        if object.metadata.name.isEmpty, let prefix = object.metadata.generateName, !prefix.isEmpty {
            object.metadata.name = generateName(prefix: prefix) { self.get(object.kind, ObjectKey(ns, $0)) != nil }
        }
        try Validation.validate(object, config: config)
        if get(object.kind, object.ref.key) != nil { throw .alreadyExists(object.kind, name: object.metadata.name) }
        switch object {
        case .pod(var pod):
            admitPod(&pod)
            state.putPod(pod)
            podChanged(pod)
            return .pod(pod)
        case .replicaSet(var rs):
            stamp(&rs.metadata, kind: .replicaSet)
            rs.status = ReplicaSetStatus()
            state.putReplicaSet(rs)
            replicaSetChanged(rs)
            return .replicaSet(rs)
        case .deployment(var d):
            stamp(&d.metadata, kind: .deployment)
            d.status = DeploymentStatus()
            state.putDeployment(d)
            queue.add(.deployment(d.metadata.key), at: state.now)
            return .deployment(d)
        case .namespace(var n):
            stamp(&n.metadata, kind: .namespace)
            n.metadata.labels["kubernetes.io/metadata.name"] = n.metadata.name
            state.putNamespace(n)
            return .namespace(n)
        case .node(let n):
            addNode(named: n.metadata.name)
            return .node(state.nodes[n.metadata.name]!)
        case .service(var svc):
            stamp(&svc.metadata, kind: .service)
            if svc.spec.clusterIP == nil { svc.spec.clusterIP = allocateClusterIP() }
            for i in svc.spec.ports.indices where svc.spec.ports[i].targetPort == nil {
                svc.spec.ports[i].targetPort = .int(svc.spec.ports[i].port)
            }
            state.putService(svc)
            return .service(svc)
        case .job(let job):
            return .job(createJobObject(job))
        case .cronJob(let cj):
            return .cronJob(createCronJobObject(cj))
        case .daemonSet(let ds):
            return .daemonSet(createDaemonSetObject(ds))
        case .statefulSet(let sts):
            return .statefulSet(createStatefulSetObject(sts))
        case .endpoints, .endpointSlice:
            throw .badRequest("endpoints are maintained by the cluster from each Service's selector")
        case .persistentVolumeClaim(let claim):
            return .persistentVolumeClaim(createClaimObject(claim))
        case .event:
            throw .badRequest("events are recorded by the cluster, not created")
        }
    }

    /// Replaces metadata (labels, annotations) and spec of an existing object, as
    /// `kubectl apply`, `scale`, `set image`, `label` do. Status is the server's.
    public func update(_ object: KubeObject) throws(APIError) -> KubeObject {
        guard let existing = get(object.kind, object.ref.key) else { throw .notFound(object.kind, name: object.metadata.name) }
        try Validation.validate(object, config: config)
        try Validation.validateUpdate(object, old: existing)
        var meta = object.metadata
        let old = existing.metadata
        meta.uid = old.uid; meta.creationTimestamp = old.creationTimestamp; meta.generation = old.generation
        meta.deletionTimestamp = old.deletionTimestamp; meta.namespace = old.namespace
        switch object {
        case .pod(var pod):
            guard case .pod(let current) = existing else { break }
            pod.metadata = meta
            pod.status = current.status
            pod.spec.nodeName = current.spec.nodeName
            _ = apply(Action(.setPodMetadata(pod.metadata.key, pod.metadata), because: .kubelet(.statusSync(pod: pod.metadata.key))))
            return .pod(state.pods[pod.metadata.key] ?? pod)
        case .replicaSet(var rs):
            rs.metadata = meta
            _ = apply(Action(.updateReplicaSet(rs), because: .replicaSet(.statusUpdate(replicaSet: rs.metadata.key))))
            return .replicaSet(state.replicaSets[rs.metadata.key] ?? rs)
        case .deployment(var d):
            d.metadata = meta
            _ = apply(Action(.updateDeployment(d), because: .deployment(.statusUpdate(deployment: d.metadata.key))))
            return .deployment(state.deployments[d.metadata.key] ?? d)
        case .node(var n):
            guard case .node(let current) = existing else { break }
            n.metadata = meta
            n.status = current.status
            _ = apply(Action(.updateNode(n), because: .nodeLifecycle(.nodeReady(node: n.metadata.name))))
            return .node(state.nodes[n.metadata.name] ?? n)
        case .namespace(var n):
            n.metadata = meta
            state.putNamespace(n)
            return .namespace(n)
        case .service(var svc):
            guard case .service(let current) = existing else { break }
            svc.metadata = meta
            svc.metadata.resourceVersion = state.nextResourceVersion()
            if svc.spec.clusterIP == nil { svc.spec.clusterIP = current.spec.clusterIP }
            for i in svc.spec.ports.indices where svc.spec.ports[i].targetPort == nil {
                svc.spec.ports[i].targetPort = .int(svc.spec.ports[i].port)
            }
            state.putService(svc)
            return .service(svc)
        case .job(var job):
            guard case .job(let current) = existing else { break }
            job.metadata = meta
            return .job(updateJobObject(job, current: current))
        case .cronJob(var cj):
            guard case .cronJob(let current) = existing else { break }
            cj.metadata = meta
            return .cronJob(updateCronJobObject(cj, current: current))
        case .daemonSet(var ds):
            guard case .daemonSet(let current) = existing else { break }
            ds.metadata = meta
            return .daemonSet(updateDaemonSetObject(ds, current: current))
        case .statefulSet(var sts):
            guard case .statefulSet(let current) = existing else { break }
            sts.metadata = meta
            return .statefulSet(updateStatefulSetObject(sts, current: current))
        case .persistentVolumeClaim(var claim):
            guard case .persistentVolumeClaim(let current) = existing else { break }
            claim.metadata = meta
            claim.spec = current.spec      // bound claims keep their spec here
            claim.status = current.status
            claim.metadata.resourceVersion = state.nextResourceVersion()
            state.persistentVolumeClaims[claim.metadata.key] = claim
            return .persistentVolumeClaim(claim)
        case .event, .endpoints, .endpointSlice:
            break
        }
        throw .badRequest("the server does not allow this method on the requested resource")
    }

    /// Deletes an object. Pods terminate gracefully; owners cascade through the garbage
    /// collector (background), or release their dependents (`orphan`).
    public func delete(_ kind: Kind, _ key: ObjectKey, propagation: Propagation = .background,
                       gracePeriod: Int64? = nil) throws(APIError) {
        guard let existing = get(kind, key) else { throw .notFound(kind, name: key.name) }
        if propagation == .orphan { orphanOwners.insert(existing.metadata.uid) }
        if propagation == .foreground, beginForegroundDeletion(kind, key) { return }
        switch kind {
        case .pod: _ = deletePod(key, gracePeriod: gracePeriod)
        case .replicaSet: _ = apply(Action(.deleteReplicaSet(key), because: .replicaSet(.statusUpdate(replicaSet: key))))
        case .deployment: _ = apply(Action(.deleteDeployment(key), because: .deployment(.statusUpdate(deployment: key))))
        case .namespace:
            for pod in state.pods.values where pod.metadata.namespace == key.name { _ = deletePod(pod.metadata.key, gracePeriod: gracePeriod) }
            for rs in state.replicaSets(in: key.name) { state.removeReplicaSet(rs.metadata.key) }
            for d in state.deployments(in: key.name) { state.removeDeployment(d.metadata.key) }
            for s in state.services(in: key.name) { state.removeService(s.metadata.key) }
            for j in state.jobs(in: key.name) { state.removeJob(j.metadata.key) }
            for c in state.cronJobs(in: key.name) { state.removeCronJob(c.metadata.key) }
            for ds in state.daemonSets(in: key.name) { state.removeDaemonSet(ds.metadata.key) }
            for sts in state.statefulSets(in: key.name) { state.removeStatefulSet(sts.metadata.key) }
            state.removeNamespace(key.name)
        case .node:
            state.removeNode(key.name)
            // PodGC: pods bound to a node that no longer exists are removed outright.
            for pod in state.pods(onNode: key.name) { _ = apply(Action(.removePod(pod.metadata.key), because: .kubelet(.podRemoved(pod: pod.metadata.key)))) }
        case .service: state.removeService(key)
        case .job: _ = removeJobObject(key)
        case .cronJob: _ = removeCronJobObject(key)
        case .daemonSet: removeDaemonSetObject(key)
        case .statefulSet: removeStatefulSetObject(key)
        case .persistentVolumeClaim: removeClaimObject(key)
        case .endpoints, .endpointSlice: throw .badRequest("endpoints are maintained by the cluster from each Service's selector")
        case .event:
            throw .badRequest("events cannot be deleted here")
        }
    }

    public func get(_ kind: Kind, _ key: ObjectKey) -> KubeObject? {
        switch kind {
        case .pod: return state.pods[key].map(KubeObject.pod)
        case .replicaSet: return state.replicaSets[key].map(KubeObject.replicaSet)
        case .deployment: return state.deployments[key].map(KubeObject.deployment)
        case .node: return state.nodes[key.name].map(KubeObject.node)
        case .namespace: return state.namespaces[key.name].map(KubeObject.namespace)
        case .service: return state.services[key].map(KubeObject.service)
        case .job: return state.jobs[key].map(KubeObject.job)
        case .cronJob: return state.cronJobs[key].map(KubeObject.cronJob)
        case .daemonSet: return state.daemonSets[key].map(KubeObject.daemonSet)
        case .statefulSet: return state.statefulSets[key].map(KubeObject.statefulSet)
        case .persistentVolumeClaim: return state.persistentVolumeClaims[key].map(KubeObject.persistentVolumeClaim)
        case .endpoints: return state.services[key].map { KubeObject.endpoints(state.endpointsObject(for: $0)) }
        case .endpointSlice: return state.endpointSlices(in: key.namespace).first { $0.metadata.name == key.name }.map(KubeObject.endpointSlice)
        case .event: return state.events.named(key.name, in: key.namespace).map(KubeObject.event)
        }
    }

    // MARK: faults

    public enum NodeError: Error, Equatable, Sendable { case notFound(String), alreadyCrashed(String), notCrashed(String) }

    /// The node's kubelet stops: no more heartbeats. Nothing visible changes until the node
    /// lifecycle controller notices, after the grace period.
    public func crashNode(_ name: String) throws(NodeError) {
        guard var runtime = state.nodeRuntime[name] else { throw .notFound(name) }
        guard runtime.kubeletRunning else { throw .alreadyCrashed(name) }
        runtime.kubeletRunning = false
        runtime.lastHeartbeat = state.now
        state.nodeRuntime[name] = runtime
        queue.add(.nodeLifecycle(name), at: state.now + config.nodeMonitorGracePeriod)
    }

    /// The kubelet comes back and posts status at once; the controller clears the taints.
    public func recoverNode(_ name: String) throws(NodeError) {
        guard var runtime = state.nodeRuntime[name] else { throw .notFound(name) }
        guard !runtime.kubeletRunning else { throw .notCrashed(name) }
        runtime.kubeletRunning = true
        runtime.lastHeartbeat = state.now
        runtime.kubeletStartedAt = state.now
        state.nodeRuntime[name] = runtime
        queue.add(.nodeLifecycle(name), at: state.now)
        for key in (state.podsByNode[name] ?? []).sorted() { queue.add(.kubelet(key), at: state.now) }
    }

    /// Remembers what a person did, for `why`.
    public func recordUserAction(_ command: String, objects: [ObjectRef]) {
        userActions.append(UserAction(time: state.now, command: command, objects: objects))
    }
}
