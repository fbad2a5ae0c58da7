import ClusterSim
import KubeModel

/// `-f FILE|DIR` as kubectl's resource builder reads it (`cli-runtime/pkg/resource/visitor.go`):
/// a directory contributes its `.json`, `.yaml` and `.yml` files in name order (with `-R`
/// its sub-directories too), and each file its documents in order.
extension Kubectl {
    /// What the files held, in order: objects, and the client-side error that stopped a
    /// file (kubectl carries on with the next file and reports every error at the end).
    struct FileBatch {
        var items: [Result<ManifestObject, KubectlError>] = []
        var objects: [ManifestObject] { items.compactMap { if case .success(let m) = $0 { return m } else { return nil } } }
        var errors: [KubectlError] { items.compactMap { if case .failure(let e) = $0 { return e } else { return nil } } }
    }

    static let manifestExtensions = [".json", ".yaml", ".yml"]

    /// The file paths the `-f` values name, or a client error.
    func manifestPaths(_ args: Arguments) throws(KubectlError) -> [String] {
        var paths: [String] = []
        for raw in args.values("filename") {
            for path in raw.split(separator: ",").map(String.init) {
                if path == "-" { throw .message("reading from stdin (-f -) is not available in kubetutor; save the manifest in a file") }
                if path.hasPrefix("http://") || path.hasPrefix("https://") {
                    throw .message("kubetutor cannot download \(path); save the manifest in a file")
                }
                paths += try expand(path, recursive: args.bool("recursive"), top: true)
            }
        }
        return paths
    }

    private func expand(_ path: String, recursive: Bool, top: Bool) throws(KubectlError) -> [String] {
        guard let entries = files.directoryEntries(path) else { return [path] }
        var out: [String] = []
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        for name in entries.sorted() {
            let child = base + "/" + name
            if files.directoryEntries(child) != nil {
                if recursive { out += try expand(child, recursive: true, top: false) }
            } else if Self.manifestExtensions.contains(where: { name.hasSuffix($0) }) {
                out.append(child)
            }
        }
        if out.isEmpty && top { throw .message("error reading [\(path)]: recognized file extensions are [.json .yaml .yml]") }
        return out
    }

    /// Reads and checks every object of the files, setting namespaces as kubectl does:
    /// an object without one gets `-n` (or the default), one that names a different
    /// namespace than an explicit `-n` is refused.
    func readManifests(_ args: Arguments, verb: String) throws(KubectlError) -> FileBatch {
        var batch = FileBatch()
        let paths = try manifestPaths(args)
        if paths.isEmpty { throw .message("must specify one of -f and -k") }
        let explicitNamespace = args.value("namespace")
        let validation = try FieldValidation.parse(args)
        let ns = namespace(args)
        for path in paths {
            let text: String
            do { text = try files.read(path) } catch { batch.items.append(.failure(error)); continue }
            let (docs, parseError) = ManifestParser.documentsUntilError(text, source: path)
            for doc in docs {
                do {
                    let kind = try ManifestDecoder.clientCheck(doc, source: path, defaultNamespace: ns, validation: validation)
                    var document = doc
                    if kind.isNamespaced {
                        let own = doc["metadata"]?["namespace"]?.string ?? ""
                        if let explicitNamespace, !own.isEmpty, own != explicitNamespace {
                            throw KubectlError.message("the namespace from the provided object \"\(own)\" does not match the namespace \"\(explicitNamespace)\". You must pass '--namespace=\(own)' to perform this operation.")
                        }
                        if own.isEmpty {
                            var meta = doc["metadata"] ?? .emptyObject
                            if meta == .null { meta = .emptyObject }
                            meta.set("namespace", .string(ns))
                            document.set("metadata", meta)
                        }
                    }
                    let placeholder = KubeObject.namespace(Namespace(metadata: ObjectMeta(
                        name: document["metadata"]?["name"]?.string ?? "",
                        namespace: kind.isNamespaced ? (document["metadata"]?["namespace"]?.string ?? ns) : "")))
                    batch.items.append(.success(ManifestObject(object: placeholder, document: document, source: path, fieldErrors: [],
                                                               kind: kind, validation: validation)))
                } catch let e as KubectlError {
                    batch.items.append(.failure(e))
                    break
                } catch {
                    batch.items.append(.failure(.message("\(error)")))
                    break
                }
            }
            if let parseError { batch.items.append(.failure(parseError)) }
        }
        if batch.items.isEmpty { throw .message("no objects passed to \(verb)") }
        return batch
    }

    /// The (kind, key) pairs of the files' objects, for `get -f` and `delete -f`.
    func objectsFromFiles(_ args: Arguments, verb: String = "get") throws(KubectlError) -> [(KubeObject, String)] {
        let batch = try readManifests(args, verb: verb)
        if let e = batch.errors.first { throw e }
        return batch.objects.map { m in
            let meta = m.document["metadata"]
            var om = ObjectMeta(name: meta?["name"]?.string ?? "", namespace: meta?["namespace"]?.string ?? "")
            if !m.kind.isNamespaced { om.namespace = "" }
            return (Self.shell(m.kind, om), m.source)
        }
    }

    /// An object of `kind` with only metadata, to address it.
    static func shell(_ kind: Kind, _ meta: ObjectMeta) -> KubeObject {
        let template = PodTemplateSpec(metadata: ObjectMeta(), spec: PodSpec(containers: []))
        switch kind {
        case .pod: return .pod(Pod(metadata: meta, spec: PodSpec(containers: [])))
        case .deployment: return .deployment(Deployment(metadata: meta, spec: DeploymentSpec(replicas: 0, selector: LabelSelector(), template: template)))
        case .replicaSet: return .replicaSet(ReplicaSet(metadata: meta, spec: ReplicaSetSpec(replicas: 0, selector: LabelSelector(), template: template)))
        case .service: return .service(Service(metadata: meta, spec: ServiceSpec()))
        case .node: return .node(Node(metadata: meta))
        case .job: return .job(Job(metadata: meta, spec: JobSpec(template: template)))
        case .persistentVolumeClaim: return .persistentVolumeClaim(PersistentVolumeClaim(metadata: meta, spec: PersistentVolumeClaimSpec()))
        case .endpoints: return .endpoints(Endpoints(metadata: meta, subsets: []))
        case .endpointSlice: return .endpointSlice(EndpointSlice(metadata: meta, endpoints: [], ports: []))
        case .statefulSet: return .statefulSet(StatefulSet(metadata: meta, spec: StatefulSetSpec(replicas: 0, selector: LabelSelector(), template: template)))
        case .daemonSet: return .daemonSet(DaemonSet(metadata: meta, spec: DaemonSetSpec(selector: LabelSelector(), template: template)))
        case .cronJob: return .cronJob(CronJob(metadata: meta, spec: CronJobSpec(schedule: "", jobTemplate: JobTemplateSpec(metadata: ObjectMeta(), spec: JobSpec(template: template)))))
        case .namespace, .event: return .namespace(Namespace(metadata: meta))
        }
    }
}
