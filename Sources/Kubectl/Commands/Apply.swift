import ClusterSim
import KubeModel

extension Kubectl {
    static let applyFlags: [FlagSpec] = [
        DryRun.flag, FlagSpec("filename", short: "f"), FlagSpec("output", short: "o"), FlagSpec("recursive", short: "R", .boolean),
        FlagSpec("validate", .optional("strict")), FlagSpec("server-side", .boolean),
    ]

    static let lastAppliedKey = "kubectl.kubernetes.io/last-applied-configuration"

    /// The annotation `apply` keeps (`util.GetModifiedConfiguration`): the manifest as
    /// compact JSON with sorted keys and an empty `annotations` map, plus a newline.
    static func lastApplied(_ document: Value) -> String {
        var doc = document
        var meta = doc["metadata"] ?? .emptyObject
        if meta == .null { meta = .emptyObject }
        var annotations = meta["annotations"] ?? .emptyObject
        if annotations == .null { annotations = .emptyObject }
        annotations.remove(lastAppliedKey)
        meta.set("annotations", annotations)
        doc.set("metadata", meta)
        return GoJSON.compact(doc.sortedKeys) + "\n"
    }

    /// `kubectl apply -f FILE` (client-side apply, `KC/pkg/cmd/apply/apply.go`): a missing
    /// object is created with the last-applied annotation; an existing one gets the
    /// three-way merge of last-applied, live and new. Prints `created`, `configured` or
    /// `unchanged` for each.
    func apply(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.applyFlags, command: "apply")
        if args.bool("help") { return help("apply") }
        if args.bool("server-side") {
            throw KubectlError.message("kubetutor simulates client-side apply only; leave out --server-side")
        }
        guard args.has("filename") else {
            throw KubectlError.message("must specify one of -f and -k")
        }
        let (dryRun, warning) = try DryRun.parse(args, now: sim.now)
        let format = try OutputFormat.parse(args.value("output"), context: .object)
        let batch = try readManifests(args, verb: "apply")
        var out = ""
        var errors: [KubectlError] = []
        var warnings = warning
        var printed: [Value] = [], names: [String] = []
        var refs: [ObjectRef] = []
        var failed = false
        for item in batch.items {
            switch item {
            case .failure(let e):
                errors.append(e); failed = true
            case .success(let m):
                do {
                    let (object, verb, shown) = try applyOne(m, dryRun: dryRun, warnings: &warnings)
                    if dryRun == .none && verb != "unchanged" { refs.append(object.ref) }
                    printed.append(shown ?? Serializer.value(object)); names.append(Self.nameOf(object))
                    if format == .table { out += "\(Self.nameOf(object)) \(verb)\(dryRun.suffix)\n" }
                } catch {
                    errors.append(error); failed = true
                }
            }
        }
        if !refs.isEmpty { sim.recordUserAction(commandLine, objects: refs) }
        if format != .table { out += try ObjectPrinter.printEach(printed, names: names, format: format, sortJSON: true) }
        return KubectlResult(stdout: out, stderr: warnings + KubectlError.report(errors), exitCode: failed ? 1 : 0)
    }

    /// Applies one object; returns it, the verb to print, and (for a client dry run) the
    /// tree kubectl would print instead of a server's answer.
    private func applyOne(_ m: ManifestObject, dryRun: DryRun, warnings: inout String) throws(KubectlError) -> (KubeObject, String, Value?) {
        let meta = m.document["metadata"]
        let name = meta?["name"]?.string ?? ""
        let ns = m.kind.isNamespaced ? (meta?["namespace"]?.string ?? defaultNamespace) : ""
        let gvr = FieldSelector.resourceString(m.kind).dropFirst().dropLast()
        let gvk = "\(m.kind.apiVersion), Kind=\(m.kind.rawValue)"
        if name.isEmpty {
            throw .message("error when retrieving current configuration of:\nResource: \"\(gvr)\", GroupVersionKind: \"\(gvk)\"\nName: \"\", Namespace: \"\(ns)\"\nfrom server for: \"\(m.source)\": resource name may not be empty")
        }
        let key = m.kind.isNamespaced ? ObjectKey(ns, name) : ObjectKey(cluster: name)
        let annotation = Self.lastApplied(m.document)
        guard let live = sim.get(m.kind, key) else {
            if dryRun == .client {
                // kubectl prints the manifest itself, with the annotation it would have sent.
                var doc = m.document
                var meta = doc["metadata"] ?? .emptyObject
                var annotations = meta["annotations"] ?? .emptyObject
                if annotations == .null { annotations = .emptyObject }
                annotations.set(Self.lastAppliedKey, .string(annotation))
                meta.set("annotations", annotations)
                doc.set("metadata", meta)
                return (Self.shell(m.kind, ObjectMeta(name: name, namespace: ns)), "created", doc)
            }
            return (try serverCreate(m, lastApplied: annotation, dryRun: dryRun == .server, warnings: &warnings), "created", nil)
        }
        let liveTree = Serializer.value(live)
        let originalText = live.metadata.annotations[Self.lastAppliedKey]
        if originalText == nil {
            warnings += "Warning: resource \(m.kind.resource)/\(name) is missing the \(Self.lastAppliedKey) annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n"
        }
        let original = originalText.flatMap { ManifestParser.documentsUntilError($0, source: "annotation").0.first }
        var modified = m.document
        var modMeta = modified["metadata"] ?? .emptyObject
        var modAnnotations = modMeta["annotations"] ?? .emptyObject
        if modAnnotations == .null { modAnnotations = .emptyObject }
        modAnnotations.set(Self.lastAppliedKey, .string(annotation))
        modMeta.set("annotations", modAnnotations)
        modified.set("metadata", modMeta)
        var originalWithAnnotation = original
        if var o = originalWithAnnotation {
            var om = o["metadata"] ?? .emptyObject
            var oa = om["annotations"] ?? .emptyObject
            oa.set(Self.lastAppliedKey, .string(originalText ?? ""))
            om.set("annotations", oa)
            o.set("metadata", om)
            originalWithAnnotation = o
        }
        let merged = ThreeWayMerge.merge(live: liveTree, original: originalWithAnnotation, modified: modified)
        if Self.specAndMeta(merged) == Self.specAndMeta(liveTree) { return (live, "unchanged", nil) }
        let patch = ThreeWayMerge.diff(from: liveTree, to: merged) ?? .emptyObject
        let context = "error when applying patch:\n\(GoJSON.compact(patch.sortedKeys))\nto:\nResource: \"\(gvr)\", GroupVersionKind: \"\(gvk)\"\nName: \"\(name)\", Namespace: \"\(ns)\"\nfor: \"\(m.source)\": error when patching \"\(m.source)\": "
        do throws(APIError) {
            var (object, fieldErrors) = try ManifestDecoder.decode(merged, kind: m.kind, validation: m.validation, warnings: &warnings)
            object.metadata.namespace = live.metadata.namespace
            Self.keepEquivalentTemplate(&object, live: live)
            try Validation.validate(object, config: sim.config, extra: fieldErrors)
            if case .pod(let newPod) = object, case .pod(let oldPod) = live, Self.podSpecChanged(oldPod, newPod) {
                throw APIError.invalid(.pod, name: name, [FieldError("spec", .forbidden(detail: "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)"))])
            }
            if dryRun != .none { return (object, "configured", dryRun == .client ? merged : nil) }
            return (try sim.update(object), "configured", nil)
        } catch {
            throw .serverContext(error, context)
        }
    }

    /// The merged tree spells out the server's defaults (`imagePullPolicy: Always`, port
    /// `protocol: TCP`) that the live object leaves implicit. Where the two templates print
    /// the same they are the same template, and the live one is kept, so a change of
    /// replicas does not read as a new pod template (and a new ReplicaSet).
    static func keepEquivalentTemplate(_ object: inout KubeObject, live: KubeObject) {
        switch (object, live) {
        case (.deployment(var d), .deployment(let l)) where Serializer.template(d.spec.template) == Serializer.template(l.spec.template):
            d.spec.template = l.spec.template
            object = .deployment(d)
        case (.replicaSet(var r), .replicaSet(let l)) where Serializer.template(r.spec.template) == Serializer.template(l.spec.template):
            r.spec.template = l.spec.template
            object = .replicaSet(r)
        case (.pod(var p), .pod(let l)) where Serializer.podSpec(p.spec, pod: l) == Serializer.podSpec(l.spec, pod: l):
            p.spec = l.spec
            object = .pod(p)
        default: break
        }
    }

    /// What apply compares: labels, annotations and spec (status and server bookkeeping aside).
    private static func specAndMeta(_ v: Value) -> [Value?] {
        [v["metadata"]?["labels"], v["metadata"]?["annotations"], v["spec"]]
    }

    private static func podSpecChanged(_ a: Pod, _ b: Pod) -> Bool {
        var x = a.spec, y = b.spec
        x.nodeName = nil; y.nodeName = nil
        for i in x.containers.indices { x.containers[i].imagePullPolicy = nil }
        for i in y.containers.indices { y.containers[i].imagePullPolicy = nil }
        return Serializer.podSpec(x, pod: nil) != Serializer.podSpec(y, pod: nil)
    }
}
