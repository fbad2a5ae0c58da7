import ClusterSim
import KubeModel

extension Kubectl {
    static let labelFlags: [FlagSpec] = [
        FlagSpec("all", .boolean), FlagSpec("all-namespaces", short: "A", .boolean), DryRun.flag,
        FlagSpec("filename", short: "f"), FlagSpec("list", .boolean), FlagSpec("output", short: "o"),
        FlagSpec("overwrite", .boolean), FlagSpec("recursive", short: "R", .boolean), FlagSpec("selector", short: "l"),
    ]

    /// `kubectl label|annotate TYPE NAME k=v k2- …` (`KC/pkg/cmd/label/label.go`,
    /// `annotate/annotate.go`): adds, overwrites (`--overwrite`) or removes (`key-`), and says
    /// `labeled`, `not labeled` (nothing changed) or `unlabeled`.
    func label(_ words: [String], annotate: Bool) throws -> KubectlResult {
        let command = annotate ? "annotate" : "label"
        let args = try ArgumentParser.parse(words, specs: Self.labelFlags, command: command)
        if args.bool("help") { return help(command) }
        let (dryRun, warning) = try DryRun.parse(args, now: sim.now)
        let format = try OutputFormat.parse(args.value("output"), context: .object)
        // `cmdutil.GetResourcesAndPairs`: resource words first, then `key=value` / `key-`.
        var resourceWords: [String] = [], specs: [String] = []
        for p in args.positionals {
            let isPair = (p.contains("=") && !p.hasPrefix("=")) || (p.hasSuffix("-") && p != "-")
            if isPair { specs.append(p) }
            else if specs.isEmpty { resourceWords.append(p) }
            else { throw KubectlError.message("all resources must be specified before \(annotate ? "annotation" : "label") changes: \(p)") }
        }
        let noun = annotate ? "annotation" : "label"
        if resourceWords.isEmpty && !args.has("filename") {
            throw KubectlError.message("one or more resources must be specified as <resource> <name> or <resource>/<name>")
        }
        if specs.isEmpty && !args.bool("list") {
            throw KubectlError.message("at least one \(noun) update is required")
        }
        var set: [(String, String)] = [], remove: [String] = []
        for spec in specs {
            if spec.contains("=") {
                let parts = spec.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
                if !annotate {
                    guard parts.count == 2 else { throw KubectlError.message("invalid label spec: \(spec)") }
                    let problems = Validation.labelValue(parts[1])
                    if !problems.isEmpty { throw KubectlError.message("invalid label value: \"\(spec)\": \(problems.joined(separator: ";"))") }
                    set.append((parts[0], parts[1]))
                } else {
                    guard !parts[0].isEmpty else { throw KubectlError.message("invalid annotation format: \(spec)") }
                    set.append((parts[0], parts.dropFirst().joined(separator: "=")))
                }
            } else if spec.hasSuffix("-") {
                remove.append(String(spec.dropLast()))
            } else {
                throw KubectlError.message("unknown \(noun) spec: \(spec)")
            }
        }
        for key in remove where set.contains(where: { $0.0 == key }) {
            throw KubectlError.message("can not both modify and remove \(annotate ? "an annotation" : "a label") in the same command")
        }

        var targets: [KubeObject] = []
        var errors: [KubectlError] = []
        let ns = namespace(args)
        if args.has("filename") {
            for (obj, _) in try objectsFromFiles(args, verb: command) {
                if let live = sim.get(obj.kind, obj.ref.key) { targets.append(live) } else { errors.append(.server(.notFound(obj.kind, name: obj.metadata.name))) }
            }
        } else {
            let selection = try parseSelection(resourceWords, verb: command)
            if selection.names.isEmpty {
                guard args.bool("all") || args.has("selector") else {
                    throw KubectlError.usageFor("resource(s) were provided, but no name was specified", command: command)
                }
                let selector = try parseLabelSelector(args)
                for type in selection.types {
                    targets += list(type.kind, namespace: type.kind.isNamespaced && !args.bool("all-namespaces") ? ns : nil, selector: selector)
                }
            } else {
                for (type, name) in selection.names {
                    let key = type.kind.isNamespaced ? ObjectKey(ns, name) : ObjectKey(cluster: name)
                    if let obj = sim.get(type.kind, key) { targets.append(obj) } else { errors.append(.server(.notFound(type.kind, name: name))) }
                }
            }
        }

        var out = ""
        var refs: [ObjectRef] = []
        for var object in targets {
            var map = annotate ? object.metadata.annotations : object.metadata.labels
            if !args.bool("overwrite") {
                var clashes: [String] = []
                for (k, v) in set.sorted(by: { $0.0 < $1.0 }) where map[k] != nil && map[k] != v {
                    clashes.append("'\(k)' already has a value (\(map[k]!)), and --overwrite is false")
                }
                if !clashes.isEmpty {
                    errors.append(.message(clashes.count == 1 ? clashes[0] : "[" + clashes.joined(separator: ", ") + "]"))
                    continue
                }
            }
            let before = map
            for (k, v) in set { map[k] = v }
            for k in remove { map[k] = nil }
            var verb = annotate ? "not annotated" : "not labeled"
            if map != before {
                verb = annotate ? "annotated" : "labeled"
                let shrank = GoJSON.compact(Serializer.meta(ObjectMeta(labels: map))).count < GoJSON.compact(Serializer.meta(ObjectMeta(labels: before))).count
                if !args.bool("overwrite") && shrank { verb = annotate ? "unannotated" : "unlabeled" }
                if annotate { object.metadata.annotations = map } else { object.metadata.labels = map }
                if dryRun == .none {
                    do {
                        object = try sim.update(object)
                        refs.append(object.ref)
                    } catch {
                        errors.append(.server(error)); continue
                    }
                }
            }
            if format == .table {
                out += "\(Self.nameOf(object)) \(verb)\(dryRun.suffix)\n"
            } else {
                out += try ObjectPrinter.printEach([Serializer.value(object)], names: [Self.nameOf(object)], format: format, sortJSON: true)
            }
        }
        if !refs.isEmpty { sim.recordUserAction(commandLine, objects: refs) }
        return KubectlResult(stdout: out, stderr: warning + KubectlError.report(errors), exitCode: errors.isEmpty ? 0 : 1)
    }
}
