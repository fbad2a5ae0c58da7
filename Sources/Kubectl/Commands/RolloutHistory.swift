import ClusterSim
import KubeModel

extension Kubectl {
    static let rolloutHistoryFlags: [FlagSpec] = [
        FlagSpec("revision", help: "See the details, including podTemplate of the revision specified"),
        FlagSpec("selector", short: "l", help: "Selector (label query) to filter on."),
        FlagSpec("output", short: "o", help: "Output format."),
    ]

    /// `kubectl rollout history deployment/x [--revision=N]` (`KC/pkg/cmd/rollout/rollout_history.go`,
    /// `KC/pkg/polymorphichelpers/history.go`). The first line is the name printer with an
    /// empty operation — `deployment.apps/x` and a trailing space — and the history text is
    /// printed with Println, so it ends in a blank line:
    ///
    ///     deployment.apps/my-web 
    ///     REVISION  CHANGE-CAUSE
    ///     1         <none>
    ///     2         <none>
    ///
    func rolloutHistory(_ words: [String]) throws -> KubectlResult {
        let command = "rollout history"
        let args = try ArgumentParser.parse(words, specs: Self.rolloutHistoryFlags, command: command)
        if args.bool("help") { return help(command) }
        var revision = 0
        if let r = args.value("revision") {
            guard let n = Int(r) else { throw KubectlError.message("invalid argument \"\(r)\" for \"--revision\" flag: strconv.ParseInt: parsing \"\(r)\": invalid syntax") }
            if n < 0 { throw KubectlError.message("revision must be a positive integer: \(n)") }
            revision = n
        }
        let (deployments, errors) = try rolloutTargets(args) { "error: no history viewer has been implemented for \"\(Self.groupKindString($0.kind))\"" }
        if deployments.isEmpty && errors.isEmpty {
            return KubectlResult(stderr: "No resources found in \(namespace(args)) namespace.\n")
        }
        var out = ""
        for d in deployments {
            let history = try sim.rolloutHistory(d.metadata.key)
            if revision > 0 {
                guard let rs = history[revision] else {
                    return KubectlResult(stdout: out, stderr: errors + "error: unable to find the specified revision\n", exitCode: 1)
                }
                out += "deployment.apps/\(d.metadata.name) with revision #\(revision)\n"
                out += PodTemplateText.describe(rs.spec.template) + "\n"
                continue
            }
            out += "deployment.apps/\(d.metadata.name) \n"
            out += Self.historyTable(history) + "\n"
        }
        return KubectlResult(stdout: out, stderr: errors, exitCode: errors.isEmpty ? 0 : 1)
    }

    /// `printHistory`: REVISION and CHANGE-CAUSE through a tabwriter with padding 2, or
    /// `No rollout history found.` (no newline of its own) when there is no ReplicaSet.
    static func historyTable(_ history: [Int: ReplicaSet]) -> String {
        if history.isEmpty { return "No rollout history found." }
        var rows = [["REVISION", "CHANGE-CAUSE"]]
        for (r, rs) in history.sorted(by: { $0.key < $1.key }) {
            let cause = rs.metadata.annotations[DeploymentKeys.changeCause] ?? ""
            rows.append([String(r), cause.isEmpty ? "<none>" : cause])
        }
        let width = rows.map { $0[0].count }.max()! + 2
        return rows.map { $0[0] + String(repeating: " ", count: width - $0[0].count) + $0[1] }.joined(separator: "\n") + "\n"
    }
}

/// `describe.DescribePodTemplate` written through a plain prefix writer, as
/// `rollout history --revision` prints it: tabs are left as tabs (no tabwriter), labels and
/// annotations one per line after the first, each container's image, ports, environment and
/// mounts (`KC/pkg/describe/describe.go`).
enum PodTemplateText {
    static func describe(_ t: PodTemplateSpec) -> String {
        var out = "Pod Template:\n"
        out += multiline("  Labels", t.metadata.labels.map { ($0.key, "\($0.key)=\($0.value)") })
        if !t.metadata.annotations.isEmpty {
            out += multiline("  Annotations", t.metadata.annotations.filter { $0.key != DeploymentKeys.lastApplied }
                .map { ($0.key, "\($0.key): \($0.value)") })
        }
        if let sa = t.spec.serviceAccountName, !sa.isEmpty { out += "  Service Account:\t\(sa)\n" }
        if !t.spec.initContainers.isEmpty { out += containers("Init Containers", t.spec.initContainers) }
        out += containers("Containers", t.spec.containers)
        out += t.spec.volumes.isEmpty ? "  Volumes:\t<none>\n" : "  Volumes:\n" + t.spec.volumes.map { "   \($0.name):\n" }.joined()
        out += multiline("  Node-Selectors", t.spec.nodeSelector.map { ($0.key, "\($0.key)=\($0.value)") })
        out += multiline("  Tolerations", t.spec.tolerations.enumerated().map { (String(format3($0.offset)), toleration($0.element)) })
        return out
    }

    /// `printLabelsMultiline`: `title:\t` then the first entry, the rest as `\tentry`, sorted.
    private static func multiline(_ title: String, _ entries: [(String, String)]) -> String {
        if entries.isEmpty { return "\(title):\t<none>\n" }
        let sorted = entries.sorted { $0.0 < $1.0 }.map(\.1)
        return "\(title):\t" + sorted.joined(separator: "\n\t") + "\n"
    }

    private static func format3(_ i: Int) -> String { String(repeating: "0", count: max(0, 3 - String(i).count)) + String(i) }

    private static func toleration(_ t: Toleration) -> String {
        var s = t.key ?? ""
        if let v = t.value, !v.isEmpty { s += "=\(v)" }
        if let e = t.effect, !e.isEmpty { s += ":\(e)" }
        if t.operator == "Exists" && (t.value ?? "").isEmpty { s += " op=Exists" }
        if let secs = t.tolerationSeconds { s += " for \(secs)s" }
        return s
    }

    /// `describeContainers` without statuses: name, image, ports, command, resources, probes,
    /// environment, mounts.
    private static func containers(_ label: String, _ cs: [Container]) -> String {
        var out = "  \(label):\n"
        for c in cs {
            out += "   \(c.name):\n"
            out += "    Image:\t\(c.image)\n"
            let ports = c.ports.map { "\($0.containerPort)/\($0.protocol ?? "TCP")" }
            let hostPorts = c.ports.map { "0/\($0.protocol ?? "TCP")" }
            out += ports.count > 1 ? "    Ports:\t\(ports.joined(separator: ", "))\n" : "    Port:\t\(ports.first ?? "<none>")\n"
            out += hostPorts.count > 1 ? "    Host Ports:\t\(hostPorts.joined(separator: ", "))\n" : "    Host Port:\t\(hostPorts.first ?? "<none>")\n"
            if !c.command.isEmpty { out += "    Command:\n" + c.command.map { "      \($0)\n" }.joined() }
            if !c.args.isEmpty { out += "    Args:\n" + c.args.map { "      \($0)\n" }.joined() }
            if !c.resources.limits.isEmpty {
                out += "    Limits:\n" + c.resources.limits.sorted { $0.key < $1.key }.map { "      \($0.key):\t\($0.value.text)\n" }.joined()
            }
            if !c.resources.requests.isEmpty {
                out += "    Requests:\n" + c.resources.requests.sorted { $0.key < $1.key }.map { "      \($0.key):\t\($0.value.text)\n" }.joined()
            }
            if c.env.isEmpty { out += "    Environment:\t<none>\n" } else {
                out += "    Environment:\n" + c.env.map { "      \($0.name):\t\($0.value ?? "")\n" }.joined()
            }
            if c.volumeMounts.isEmpty { out += "    Mounts:\t<none>\n" } else {
                out += "    Mounts:\n" + c.volumeMounts.map { "      \($0.mountPath) from \($0.name) (\($0.readOnly == true ? "ro" : "rw"))\n" }.joined()
            }
        }
        return out
    }
}
