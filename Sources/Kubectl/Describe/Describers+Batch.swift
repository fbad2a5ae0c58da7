import ClusterSim
import KubeModel

/// `describeJob` and `describeCronJob` (`KC/pkg/describe/describe.go`), in their common parts.
extension Describers {
    static func job(_ j: Job, pods: [Pod], events: [Event]?, now: Instant) -> String {
        var w = DescribeWriter(now: now)
        w.line(0, "Name:\t\(j.metadata.name)")
        w.line(0, "Namespace:\t\(j.metadata.namespace)")
        w.line(0, "Selector:\t\(j.spec.selector?.description ?? "<none>")")
        w.labels("Labels", j.metadata.labels)
        w.annotations("Annotations", j.metadata.annotations)
        if let owner = j.metadata.controllerRef { w.line(0, "Controlled By:\t\(owner.kind)/\(owner.name)") }
        w.line(0, "Parallelism:\t\(j.spec.parallelism ?? 1)")
        w.line(0, "Completions:\t\(j.spec.completions.map(String.init) ?? "<unset>")")
        w.line(0, "Completion Mode:\t\(j.spec.completionMode ?? "NonIndexed")")
        w.line(0, "Suspend:\t\(j.spec.suspend == true)")
        w.line(0, "Backoff Limit:\t\(j.spec.backoffLimit ?? 6)")
        if let d = j.spec.activeDeadlineSeconds { w.line(0, "Active Deadline Seconds:\t\(d)s") }
        if let start = j.status.startTime { w.line(0, "Start Time:\t\(start.rfc1123Z)") }
        if let done = j.status.completionTime { w.line(0, "Completed At:\t\(done.rfc1123Z)") }
        if let start = j.status.startTime, let done = j.status.completionTime { w.line(0, "Duration:\t\(HumanDuration.format(done - start))") }
        w.line(0, "Pods Statuses:\t\(j.status.active) Active (\(j.status.ready) Ready) / \(j.status.succeeded) Succeeded / \(j.status.failed) Failed")
        podTemplate(j.spec.template, w: &w)
        if let events { w.events(events) }
        return w.text
    }

    static func cronJob(_ c: CronJob, events: [Event]?, now: Instant) -> String {
        var w = DescribeWriter(now: now)
        w.line(0, "Name:\t\(c.metadata.name)")
        w.line(0, "Namespace:\t\(c.metadata.namespace)")
        w.labels("Labels", c.metadata.labels)
        w.annotations("Annotations", c.metadata.annotations)
        w.line(0, "Schedule:\t\(c.spec.schedule)")
        w.line(0, "Concurrency Policy:\t\(c.spec.concurrencyPolicy.rawValue)")
        w.line(0, "Suspend:\t\(c.spec.suspend ? "True" : "False")")
        w.line(0, "Successful Job History Limit:\t\(c.spec.successfulJobsHistoryLimit)")
        w.line(0, "Failed Job History Limit:\t\(c.spec.failedJobsHistoryLimit)")
        w.line(0, "Starting Deadline Seconds:\t\(c.spec.startingDeadlineSeconds.map { "\($0)s" } ?? "<unset>")")
        w.line(0, "Selector:\t\(c.spec.jobTemplate.spec.selector?.description ?? "<unset>")")
        let t = c.spec.jobTemplate.spec
        w.line(0, "Parallelism:\t\(t.parallelism.map(String.init) ?? "<unset>")")
        w.line(0, "Completions:\t\(t.completions.map(String.init) ?? "<unset>")")
        podTemplate(t.template, w: &w)
        w.line(0, "Last Schedule Time:\t\(c.status.lastScheduleTime?.rfc1123Z ?? "<unset>")")
        w.line(0, "Active Jobs:\t\(c.status.active.isEmpty ? "<none>" : c.status.active.map(\.name).joined(separator: ", "))")
        if let events { w.events(events) }
        return w.text
    }
}

extension Describers {
    /// `describeDaemonSet`.
    static func daemonSet(_ ds: DaemonSet, pods: [Pod], events: [Event]?, now: Instant) -> String {
        var w = DescribeWriter(now: now)
        w.line(0, "Name:\t\(ds.metadata.name)")
        w.line(0, "Namespace:\t\(ds.metadata.namespace)")
        w.line(0, "Selector:\t\(ds.spec.selector.description)")
        let nodeSelector = ds.spec.template.spec.nodeSelector.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        w.line(0, "Node-Selector:\t\(nodeSelector.isEmpty ? "<none>" : nodeSelector)")
        w.labels("Labels", ds.metadata.labels)
        var annotations = ds.metadata.annotations
        annotations["deprecated.daemonset.template.generation"] = String(ds.metadata.generation)
        w.annotations("Annotations", annotations)
        let s = ds.status
        w.line(0, "Desired Number of Nodes Scheduled: \(s.desiredNumberScheduled)")
        w.line(0, "Current Number of Nodes Scheduled: \(s.currentNumberScheduled)")
        w.line(0, "Number of Nodes Scheduled with Up-to-date Pods: \(s.updatedNumberScheduled)")
        w.line(0, "Number of Nodes Scheduled with Available Pods: \(s.numberAvailable)")
        w.line(0, "Number of Nodes Misscheduled: \(s.numberMisscheduled)")
        let count = { (phase: PodPhase) in pods.filter { $0.status.phase == phase }.count }
        w.line(0, "Pods Status:\t\(count(.running)) Running / \(count(.pending)) Waiting / \(count(.succeeded)) Succeeded / \(count(.failed)) Failed")
        podTemplate(ds.spec.template, w: &w)
        if let events { w.events(events) }
        return w.text
    }
}

extension Describers {
    /// `describeStatefulSet`.
    static func statefulSet(_ sts: StatefulSet, pods: [Pod], events: [Event]?, now: Instant) -> String {
        var w = DescribeWriter(now: now)
        w.line(0, "Name:\t\(sts.metadata.name)")
        w.line(0, "Namespace:\t\(sts.metadata.namespace)")
        w.line(0, "CreationTimestamp:\t\(sts.metadata.creationTimestamp?.rfc1123Z ?? "")")
        w.line(0, "Selector:\t\(sts.spec.selector.description)")
        w.labels("Labels", sts.metadata.labels)
        w.annotations("Annotations", sts.metadata.annotations)
        w.line(0, "Replicas:\t\(sts.spec.replicas) desired | \(sts.status.replicas) total")
        w.line(0, "Update Strategy:\t\(sts.spec.updateStrategyType)")
        if sts.spec.updateStrategyType == "RollingUpdate" { w.line(1, "Partition:\t\(sts.spec.partition)") }
        let count = { (phase: PodPhase) in pods.filter { $0.status.phase == phase }.count }
        w.line(0, "Pods Status:\t\(count(.running)) Running / \(count(.pending)) Waiting / \(count(.succeeded)) Succeeded / \(count(.failed)) Failed")
        podTemplate(sts.spec.template, w: &w)
        if sts.spec.volumeClaimTemplates.isEmpty {
            w.line(0, "Volume Claims:\t<none>")
        } else {
            w.line(0, "Volume Claims:")
            for c in sts.spec.volumeClaimTemplates {
                w.line(1, "Name:\t\(c.name)")
                w.line(1, "StorageClass:\t\(c.storageClassName ?? "")")
                w.line(1, "Labels:\t<none>")
                w.line(1, "Annotations:\t<none>")
                w.line(1, "Capacity:\t\(c.storage)")
                w.line(1, "Access Modes:\t\(c.accessModes.joined(separator: ","))")
            }
        }
        if let events { w.events(events) }
        return w.text
    }
}

extension Describers {
    /// `describeEndpoints`.
    static func endpoints(_ ep: Endpoints, now: Instant) -> String {
        var w = DescribeWriter(now: now)
        w.line(0, "Name:\t\(ep.metadata.name)")
        w.line(0, "Namespace:\t\(ep.metadata.namespace)")
        w.labels("Labels", ep.metadata.labels)
        w.annotations("Annotations", ep.metadata.annotations)
        w.line(0, "Subsets:")
        for s in ep.subsets {
            w.line(1, "Addresses:\t\(s.addresses.isEmpty ? "<none>" : s.addresses.map(\.ip).joined(separator: ","))")
            w.line(1, "NotReadyAddresses:\t\(s.notReadyAddresses.isEmpty ? "<none>" : s.notReadyAddresses.map(\.ip).joined(separator: ","))")
            w.line(1, "Ports:")
            w.line(2, "Name\tPort\tProtocol")
            w.line(2, "----\t----\t--------")
            for p in s.ports { w.line(2, "\(p.name ?? "<unset>")\t\(p.port)\t\(p.protocol)") }
        }
        w.line(0, "")
        w.line(0, "Events:  <none>")
        return w.text
    }

    /// `describeEndpointSlice`, in its main lines.
    static func endpointSlice(_ s: EndpointSlice, now: Instant) -> String {
        var w = DescribeWriter(now: now)
        w.line(0, "Name:\t\(s.metadata.name)")
        w.line(0, "Namespace:\t\(s.metadata.namespace)")
        w.labels("Labels", s.metadata.labels)
        w.annotations("Annotations", s.metadata.annotations)
        w.line(0, "AddressType:\t\(s.addressType)")
        w.line(0, "Ports:")
        w.line(1, "Name\tPort\tProtocol")
        w.line(1, "----\t----\t--------")
        for p in s.ports { w.line(1, "\(p.name ?? "<unset>")\t\(p.port)\t\(p.protocol)") }
        w.line(0, "Endpoints:")
        for e in s.endpoints {
            w.line(1, "- Addresses:\t\(e.address.ip)")
            w.line(2, "Conditions:")
            w.line(3, "Ready:\t\(e.ready)")
            if let pod = e.address.pod { w.line(2, "TargetRef:\tPod/\(pod.name)") }
            if let node = e.address.nodeName { w.line(2, "NodeName:\t\(node)") }
        }
        w.line(0, "Events:\t<none>")
        return w.text
    }
}

extension Describers {
    /// `describePersistentVolumeClaim`, in its main lines.
    static func claim(_ c: PersistentVolumeClaim, events: [Event]?, now: Instant) -> String {
        var w = DescribeWriter(now: now)
        w.line(0, "Name:\t\(c.metadata.name)")
        w.line(0, "Namespace:\t\(c.metadata.namespace)")
        w.line(0, "StorageClass:\t\(c.spec.storageClassName ?? "")")
        w.line(0, "Status:\t\(c.status.phase)")
        w.line(0, "Volume:\t\(c.spec.volumeName ?? "")")
        w.labels("Labels", c.metadata.labels)
        w.annotations("Annotations", c.metadata.annotations)
        w.line(0, "Finalizers:\t[\(c.metadata.finalizers.joined(separator: " "))]")
        w.line(0, "Capacity:\t\(c.status.capacity ?? "")")
        w.line(0, "Access Modes:\t\(c.spec.accessModes.map { ["ReadWriteOnce": "RWO", "ReadOnlyMany": "ROX", "ReadWriteMany": "RWX"][$0] ?? $0 }.joined(separator: ","))")
        w.line(0, "VolumeMode:\tFilesystem")
        if let events { w.events(events) }
        return w.text
    }
}
