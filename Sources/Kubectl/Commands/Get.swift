import ClusterSim
import KubeModel

extension Kubectl {
    static let getFlags: [FlagSpec] = [
        FlagSpec("all-namespaces", short: "A", .boolean),
        FlagSpec("field-selector"),
        FlagSpec("filename", short: "f"),
        FlagSpec("ignore-not-found", .boolean),
        FlagSpec("label-columns", short: "L"),
        FlagSpec("no-headers", .boolean),
        FlagSpec("output", short: "o"),
        FlagSpec("recursive", short: "R", .boolean),
        FlagSpec("selector", short: "l"),
        FlagSpec("show-kind", .boolean),
        FlagSpec("show-labels", .boolean),
        FlagSpec("sort-by"),
        FlagSpec("watch", short: "w", .boolean),
    ]

    /// A request for objects: `pods`, `pods,deploy`, `pod/x`, `pods x y`, `all`.
    struct Selection {
        var types: [ResourceType]
        var names: [(ResourceType, String)]
        var isAll: Bool
        /// `resource.MultipleTypesRequested`: `all`, `a,b`, or `a/x b/y` of different types.
        var multipleTypes: Bool
    }

    static let mustSpecifyType = """
    You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

    error: Required resource not specified.
    Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
    See 'kubectl get -h' for help and examples
    """

    /// The types in the `all` category, in the order kubectl lists them.
    static let allCategory: [Kind] = [.pod, .service, .daemonSet, .deployment, .replicaSet, .statefulSet, .cronJob, .job]

    func parseSelection(_ positionals: [String], verb: String = "get") throws(KubectlError) -> Selection {
        guard let first = positionals.first else { throw .plain(Self.mustSpecifyType) }
        if first.contains("/") {
            var names: [(ResourceType, String)] = []
            var typed: Set<String> = []
            for p in positionals {
                let parts = p.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 2, !parts[0].isEmpty else {
                    throw .message("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl \(verb) resource/<resource_name>' instead of 'kubectl \(verb) resource resource/<resource_name>')")
                }
                guard let t = ResourceType.lookup(parts[0]) else { throw .unknownResourceType(parts[0]) }
                guard !parts[1].isEmpty else { throw .message("arguments in resource/name form must have a single resource and name") }
                typed.insert(parts[0])
                names.append((t, parts[1]))
            }
            return Selection(types: [], names: names, isAll: false, multipleTypes: typed.count > 1)
        }
        var types: [ResourceType] = []
        var isAll = false
        var seen: [String] = []
        for word in first.split(separator: ",").map(String.init) where !seen.contains(word) {
            seen.append(word)
            if word == "all" {
                isAll = true
                for k in Self.allCategory where !types.contains(where: { $0.kind == k }) { types.append(.of(k)) }
                continue
            }
            guard let t = ResourceType.lookup(word) else { throw .unknownResourceType(word) }
            if !types.contains(where: { $0.kind == t.kind }) { types.append(t) }
        }
        let rest = Array(positionals.dropFirst())
        if rest.contains(where: { $0.contains("/") }) {
            throw .message("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl \(verb) resource/<resource_name>' instead of 'kubectl \(verb) resource resource/<resource_name>')")
        }
        // `pods,deploy x` asks for a pod x and a deployment x.
        let names = types.flatMap { t in rest.map { (t, $0) } }
        return Selection(types: types, names: names, isAll: isAll, multipleTypes: isAll || seen.count > 1)
    }

    /// Objects of a kind, in API order (namespace, then name), narrowed by selectors.
    func list(_ kind: Kind, namespace: String?, selector: LabelSelector?, fields: FieldSelector? = nil) -> [KubeObject] {
        let s = sim.state
        let labelsMatch: (ObjectMeta) -> Bool = { selector?.matches($0.labels) ?? true }
        var objects: [KubeObject]
        switch kind {
        case .pod:
            if let node = fields?.nodeName {
                objects = (s.podsByNode[node] ?? []).filter { namespace == nil || $0.namespace == namespace }
                    .sorted().compactMap { s.pods[$0] }.filter { labelsMatch($0.metadata) }.map(KubeObject.pod)
            } else if let selector, selector.indexableTerm != nil {
                objects = s.pods(in: namespace, matching: selector).map(KubeObject.pod)
            } else {
                let keys = namespace.map { ns in s.pods.keys.filter { $0.namespace == ns } } ?? Array(s.pods.keys)
                objects = keys.sorted().compactMap { s.pods[$0] }.filter { labelsMatch($0.metadata) }.map(KubeObject.pod)
            }
        case .deployment: objects = s.deployments(in: namespace).filter { labelsMatch($0.metadata) }.map(KubeObject.deployment)
        case .replicaSet: objects = s.replicaSets(in: namespace).filter { labelsMatch($0.metadata) }.map(KubeObject.replicaSet)
        case .service: objects = s.services(in: namespace).filter { labelsMatch($0.metadata) }.map(KubeObject.service)
        case .persistentVolumeClaim: objects = s.persistentVolumeClaims(in: namespace).filter { labelsMatch($0.metadata) }.map(KubeObject.persistentVolumeClaim)
        case .endpoints: objects = s.endpointsObjects(in: namespace).filter { labelsMatch($0.metadata) }.map(KubeObject.endpoints)
        case .endpointSlice: objects = s.endpointSlices(in: namespace).filter { labelsMatch($0.metadata) }.map(KubeObject.endpointSlice)
        case .statefulSet: objects = s.statefulSets(in: namespace).filter { labelsMatch($0.metadata) }.map(KubeObject.statefulSet)
        case .daemonSet: objects = s.daemonSets(in: namespace).filter { labelsMatch($0.metadata) }.map(KubeObject.daemonSet)
        case .job: objects = s.jobs(in: namespace).filter { labelsMatch($0.metadata) }.map(KubeObject.job)
        case .cronJob: objects = s.cronJobs(in: namespace).filter { labelsMatch($0.metadata) }.map(KubeObject.cronJob)
        case .node: objects = s.sortedNodes.filter { labelsMatch($0.metadata) }.map(KubeObject.node)
        case .namespace:
            objects = s.namespaces.values.sorted { $0.metadata.name < $1.metadata.name }.filter { labelsMatch($0.metadata) }.map(KubeObject.namespace)
        case .event:
            // API order: by event name, which starts with the object's name.
            objects = s.events.inNamespace(namespace)
                .sorted { ($0.metadata.namespace, $0.metadata.name) < ($1.metadata.namespace, $1.metadata.name) }
                .filter { labelsMatch($0.metadata) }.map(KubeObject.event)
        }
        if let fields { objects = objects.filter(fields.matches) }
        return objects
    }

    func parseLabelSelector(_ args: Arguments) throws(KubectlError) -> LabelSelector? {
        guard let l = args.value("selector") else { return nil }
        do { return try LabelSelector.parse(l) } catch { throw .message("unable to parse requirement: \(error.message)") }
    }

    func get(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.getFlags, command: "get")
        if args.bool("help") { return help("get") }
        let format = try OutputFormat.parse(args.value("output"), context: .get)
        let allNamespaces = args.bool("all-namespaces")
        let ns: String? = allNamespaces ? nil : namespace(args)
        let selector = try parseLabelSelector(args)
        var fields: FieldSelector? = nil
        if let raw = args.value("field-selector") {
            switch FieldSelector.parse(raw) {
            case .success(let f): fields = f
            case .failure(let e): throw KubectlError.server(e)
            }
        }

        var groups: [(ResourceType, [KubeObject])] = []
        var errors = ""
        var single = false
        var multipleTypes = false
        if args.has("filename") {
            let found = try objectsFromFiles(args)
            for (obj, _) in found {
                let type = ResourceType.of(obj.kind)
                if let live = sim.get(obj.kind, obj.ref.key) { append(&groups, type, live) }
                else { errors += KubectlError.server(.notFound(obj.kind, name: obj.metadata.name)).text + "\n" }
            }
            single = found.count == 1
            multipleTypes = Set(found.map { $0.0.kind }).count > 1
        } else {
            let selection = try parseSelection(args.positionals)
            multipleTypes = selection.multipleTypes
            if !selection.names.isEmpty {
                single = selection.names.count == 1
                for (type, name) in selection.names {
                    if let fields, let e = fields.check(type.kind, labelSelector: args.value("selector") ?? "") { throw KubectlError.server(e) }
                    let key = type.kind.isNamespaced ? ObjectKey(ns ?? defaultNamespace, name) : ObjectKey(cluster: name)
                    if let obj = sim.get(type.kind, key), fields?.matches(obj) ?? true, selector?.matches(obj.metadata.labels) ?? true {
                        append(&groups, type, obj)
                    } else if !args.bool("ignore-not-found") {
                        errors += KubectlError.server(.notFound(type.kind, name: name)).text + "\n"
                    }
                }
            } else {
                for type in selection.types {
                    if let fields, let e = fields.check(type.kind, labelSelector: args.value("selector") ?? "") { throw KubectlError.server(e) }
                    let objects = list(type.kind, namespace: type.kind.isNamespaced ? ns : nil, selector: selector, fields: fields)
                    if !objects.isEmpty { groups.append((type, objects)) }
                }
            }
        }
        if let sortBy = args.value("sort-by") {
            groups = try groups.map { ($0.0, try SortBy.sort($0.1, by: sortBy)) }
        }
        let exit: Int32 = errors.isEmpty ? 0 : 1

        if !format.isHumanReadable {
            if single && groups.isEmpty { return KubectlResult(stderr: errors, exitCode: 1) }
            let objects = groups.flatMap(\.1)
            let text = try ObjectPrinter.print(objects.map(Serializer.value), names: objects.map(Self.nameOf),
                                               format: format, single: single, sortJSON: true)
            return KubectlResult(stdout: text, stderr: errors, exitCode: exit)
        }

        if groups.isEmpty {
            if !errors.isEmpty || args.bool("ignore-not-found") { return KubectlResult(stderr: errors, exitCode: exit) }
            let namespaced = groups.isEmpty && (try? parseSelection(args.positionals))?.types.contains { $0.kind.isNamespaced } ?? false
            if namespaced && !allNamespaces {
                return KubectlResult(stderr: "No resources found in \(ns ?? defaultNamespace) namespace.\n")
            }
            return KubectlResult(stderr: "No resources found\n")
        }
        let withKind = args.bool("show-kind") || multipleTypes || groups.count > 1
        let labelColumns = args.values("label-columns").flatMap { $0.split(separator: ",").map(String.init) }
        var out = ""
        for (i, (type, objects)) in groups.enumerated() {
            var headers = ResourcePrinters.headers(type.kind, wide: format == .wide)
            let withNamespace = allNamespaces && type.kind.isNamespaced
            if withNamespace { headers.insert("NAMESPACE", at: 0) }
            headers += labelColumns.map { $0.uppercased() }
            if args.bool("show-labels") { headers.append("LABELS") }
            var table = Table(headers: headers)
            for o in objects {
                let name = withKind ? Self.nameOf(o) : o.metadata.name
                var row = ResourcePrinters.row(o, now: sim.now, wide: format == .wide, name: name)
                if withNamespace { row.insert(o.metadata.namespace, at: 0) }
                row += labelColumns.map { o.metadata.labels[$0] ?? "" }
                if args.bool("show-labels") { row.append(Self.labelsText(o.metadata.labels)) }
                table.rows.append(row)
            }
            if i > 0 && !args.bool("no-headers") { out += "\n" }
            out += table.render(showHeaders: !args.bool("no-headers"))
        }
        return KubectlResult(stdout: out, stderr: errors, exitCode: exit)
    }

    private func append(_ groups: inout [(ResourceType, [KubeObject])], _ type: ResourceType, _ obj: KubeObject) {
        if let i = groups.firstIndex(where: { $0.0.kind == type.kind }) { groups[i].1.append(obj) } else { groups.append((type, [obj])) }
    }

    /// `deployment.apps/web`, `pod/web-1`: the name printer's form.
    static func nameOf(_ o: KubeObject) -> String { "\(o.kind.groupKind)/\(o.metadata.name)" }

    static func labelsText(_ labels: [String: String]) -> String {
        let text = labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        return text.isEmpty ? "<none>" : text
    }
}

/// `--sort-by`: a JSONPath into each object; numbers compare as numbers, everything else as
/// text (`KC/pkg/cmd/get/sorter.go`).
enum SortBy {
    static func sort(_ objects: [KubeObject], by field: String) throws(KubectlError) -> [KubeObject] {
        var expr = field
        if !expr.hasPrefix("{") {
            if !expr.hasPrefix(".") { expr = "." + expr }
            expr = "{" + expr + "}"
        }
        let path: JSONPath
        do { path = try JSONPath(expr) } catch { throw .message(error.message) }
        var keyed: [(Value?, Int, KubeObject)] = []
        for (i, o) in objects.enumerated() {
            let v = Serializer.value(o)
            var found: [Value] = []
            for node in path.nodes { if case .path(let steps) = node { found = (try? path.evaluate(steps, root: v, current: v)) ?? [] } }
            keyed.append((found.first, i, o))
        }
        func less(_ a: Value?, _ b: Value?) -> Bool {
            switch (a, b) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case (.int(let x)?, .int(let y)?): return x < y
            default: return JSONPath.text(a!) < JSONPath.text(b!)
            }
        }
        return keyed.sorted { less($0.0, $1.0) || (!less($1.0, $0.0) && $0.1 < $1.1) }.map(\.2)
    }
}
