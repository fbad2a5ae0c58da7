import ClusterSim
import KubeModel

extension Kubectl {
    static let getFlags: [FlagSpec] = [
        FlagSpec("output", short: "o", help: "Output format: wide, name, yaml, json, jsonpath=…"),
        FlagSpec("selector", short: "l", help: "Selector (label query) to filter on, e.g. -l app=web"),
        FlagSpec("all-namespaces", short: "A", .boolean, help: "List the requested object(s) across all namespaces"),
        FlagSpec("show-labels", .boolean, help: "Show all labels as the last column"),
        FlagSpec("watch", short: "w", .boolean, help: "After listing/getting the requested object, watch for changes"),
        FlagSpec("field-selector", help: "Selector (field query) to filter on, e.g. spec.nodeName=node-1"),
        FlagSpec("no-headers", .boolean, help: "Don't print headers"),
    ]

    /// A request for objects: `pods`, `pods,deploy`, `pod/x`, `pods x y`, `all`.
    struct Selection {
        var types: [ResourceType]
        var names: [(ResourceType, String)]
        var isAll: Bool
    }

    func parseSelection(_ positionals: [String]) throws(KubectlError) -> Selection {
        guard let first = positionals.first else {
            throw .message("""
            You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.
            """)
        }
        if first.contains("/") {
            var names: [(ResourceType, String)] = []
            for p in positionals {
                let parts = p.split(separator: "/", maxSplits: 1).map(String.init)
                guard parts.count == 2, let t = ResourceType.lookup(parts[0]) else {
                    throw .unknownResourceType(String(p.split(separator: "/").first ?? ""))
                }
                names.append((t, parts[1]))
            }
            return Selection(types: [], names: names, isAll: false)
        }
        var types: [ResourceType] = []
        var isAll = false
        for word in first.split(separator: ",").map(String.init) {
            if word == "all" { isAll = true; types += [.of(.pod), .of(.deployment), .of(.replicaSet)]; continue }
            guard let t = ResourceType.lookup(word) else { throw .unknownResourceType(word) }
            types.append(t)
        }
        let names = positionals.dropFirst().map { (types.first!, $0) }
        if !names.isEmpty && types.count > 1 { throw .message("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>')") }
        return Selection(types: types, names: Array(names), isAll: isAll)
    }

    func list(_ kind: Kind, namespace: String?, selector: LabelSelector?) -> [KubeObject] {
        let s = sim.state
        let matches: (ObjectMeta) -> Bool = { selector?.matches($0.labels) ?? true }
        switch kind {
        case .pod:
            if let selector { return s.pods(in: namespace, matching: selector).map(KubeObject.pod) }
            return s.pods.values.filter { namespace == nil || $0.metadata.namespace == namespace }
                .sorted { $0.metadata.key < $1.metadata.key }.map(KubeObject.pod)
        case .deployment: return s.deployments(in: namespace).filter { matches($0.metadata) }.map(KubeObject.deployment)
        case .replicaSet: return s.replicaSets(in: namespace).filter { matches($0.metadata) }.map(KubeObject.replicaSet)
        case .node: return s.sortedNodes.filter { matches($0.metadata) }.map(KubeObject.node)
        case .namespace: return s.namespaces.values.sorted { $0.metadata.name < $1.metadata.name }.filter { matches($0.metadata) }.map(KubeObject.namespace)
        case .event:
            // API order: by event name, which starts with the object's name.
            return s.events.inNamespace(namespace).sorted { ($0.metadata.namespace, $0.metadata.name) < ($1.metadata.namespace, $1.metadata.name) }.map(KubeObject.event)
        }
    }

    func get(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.getFlags)
        let selection = try parseSelection(args.positionals)
        let allNamespaces = args.bool("all-namespaces")
        let ns: String? = allNamespaces ? nil : namespace(args)
        let output = args.value("output") ?? ""
        let wide = output == "wide"
        if !["", "wide", "name"].contains(output) {
            throw KubectlError.message("unable to match a printer suitable for the output format \"\(output)\", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml")
        }
        var selector: LabelSelector? = nil
        if let l = args.value("selector") {
            do { selector = try LabelSelector.parse(l) } catch { throw KubectlError.message("unable to parse requirement: \(error.message)") }
        }

        // Named objects: errors for the missing ones, the found ones printed.
        var groups: [(ResourceType, [KubeObject])] = []
        var errors = ""
        if !selection.names.isEmpty {
            for (type, name) in selection.names {
                let key = type.kind.isNamespaced ? ObjectKey(ns ?? defaultNamespace, name) : ObjectKey(cluster: name)
                if let obj = sim.get(type.kind, key) {
                    if let i = groups.firstIndex(where: { $0.0.kind == type.kind }) { groups[i].1.append(obj) } else { groups.append((type, [obj])) }
                } else {
                    errors += KubectlError.server(.notFound(type.kind, name: name)).text + "\n"
                }
            }
        } else {
            for type in selection.types {
                let objects = list(type.kind, namespace: type.kind.isNamespaced ? ns : nil, selector: selector)
                if !objects.isEmpty { groups.append((type, objects)) }
            }
        }
        if groups.isEmpty {
            if !errors.isEmpty { return KubectlResult(stderr: errors, exitCode: 1) }
            let scoped = selection.types.contains { $0.kind.isNamespaced } && !allNamespaces
            return KubectlResult(stderr: scoped ? "No resources found in \(ns ?? defaultNamespace) namespace.\n" : "No resources found\n")
        }
        let withKind = groups.count > 1 || selection.isAll || !selection.names.isEmpty && selection.names.first.map { _ in args.positionals.first?.contains("/") ?? false } == true
        var out = ""
        for (i, (type, objects)) in groups.enumerated() {
            if output == "name" {
                for o in objects { out += "\(type.kind.groupKind)/\(o.metadata.name)\n" }
                continue
            }
            var headers = ResourcePrinters.headers(type.kind, wide: wide)
            if allNamespaces && type.kind.isNamespaced { headers.insert("NAMESPACE", at: 0) }
            if args.bool("show-labels") { headers.append("LABELS") }
            var table = Table(headers: headers)
            for o in objects {
                let name = withKind ? "\(type.kind.groupKind)/\(o.metadata.name)" : o.metadata.name
                var row = ResourcePrinters.row(o, now: sim.now, wide: wide, name: name)
                if allNamespaces && type.kind.isNamespaced { row.insert(o.metadata.namespace, at: 0) }
                if args.bool("show-labels") {
                    let labels = o.metadata.labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
                    row.append(labels.isEmpty ? "<none>" : labels)
                }
                table.rows.append(row)
            }
            if i > 0 { out += "\n" }
            out += table.render(showHeaders: !args.bool("no-headers"))
        }
        return KubectlResult(stdout: out, stderr: errors, exitCode: errors.isEmpty ? 0 : 1)
    }
}
