import KubeModel

/// The objects kubectl's generators build for a client dry run, field for field: nothing
/// the server would add, `creationTimestamp: null`, empty `strategy`, `resources` and `status`.
enum Generators {
    static func meta(name: String, namespace: String?, labels: [String: String]) -> Value {
        var b = ObjectBuilder()
        b.put("name", .string(name))
        b.str("namespace", namespace)
        b.put("creationTimestamp", .null)
        b.map("labels", labels)
        return b.value
    }

    /// `create_deployment.go createDeployment`.
    static func deployment(name: String, namespace: String?, replicas: Int, images: [String], containerNames: [String],
                           port: Int, command: [String]) -> Value {
        let labels = ["app": name]
        let containers: [Value] = zip(images, containerNames).enumerated().map { i, pair in
            var c = ObjectBuilder()
            c.put("name", .string(pair.1))
            c.put("image", .string(pair.0))
            c.list("command", command.map { .string($0) })
            if i == 0 && port >= 0 { c.put("ports", .array([.object([.init("containerPort", .int(Int64(port)))])])) }
            c.put("resources", .emptyObject)
            return c.value
        }
        let template = Value.object([
            .init("metadata", .object([.init("creationTimestamp", .null), .init("labels", .object([.init("app", .string(name))]))])),
            .init("spec", .object([.init("containers", .array(containers))])),
        ])
        return .object([
            .init("kind", .string("Deployment")), .init("apiVersion", .string("apps/v1")),
            .init("metadata", meta(name: name, namespace: namespace, labels: labels)),
            .init("spec", .object([
                .init("replicas", .int(Int64(replicas))),
                .init("selector", .object([.init("matchLabels", .object([.init("app", .string(name))]))])),
                .init("template", template),
                .init("strategy", .emptyObject),
            ])),
            .init("status", .emptyObject),
        ])
    }

    static func namespace(name: String) -> Value {
        .object([
            .init("kind", .string("Namespace")), .init("apiVersion", .string("v1")),
            .init("metadata", .object([.init("name", .string(name)), .init("creationTimestamp", .null)])),
            .init("spec", .emptyObject), .init("status", .emptyObject),
        ])
    }

    /// `generate/versioned/run.go BasicPod`: container named after the pod, `run: NAME`
    /// label (unless `--labels`), `dnsPolicy: ClusterFirst`, `restartPolicy` (default Always).
    static func pod(_ pod: Pod, namespace: String?) -> Value {
        let c = pod.spec.containers[0]
        var cb = ObjectBuilder()
        cb.put("name", .string(c.name))
        cb.put("image", .string(c.image))
        cb.list("command", c.command.map { .string($0) })
        cb.list("args", c.args.map { .string($0) })
        cb.list("ports", c.ports.map { .object([.init("containerPort", .int(Int64($0.containerPort)))]) })
        cb.list("env", c.env.map { .object([.init("name", .string($0.name)), .init("value", .string($0.value ?? ""))]) })
        cb.put("resources", .emptyObject)
        cb.str("imagePullPolicy", c.imagePullPolicy)
        var spec = ObjectBuilder()
        spec.put("containers", .array([cb.value]))
        spec.put("restartPolicy", .string(pod.spec.restartPolicy.rawValue))
        spec.put("dnsPolicy", .string("ClusterFirst"))
        return .object([
            .init("kind", .string("Pod")), .init("apiVersion", .string("v1")),
            .init("metadata", meta(name: pod.metadata.name, namespace: namespace, labels: pod.metadata.labels)),
            .init("spec", spec.value),
            .init("status", .emptyObject),
        ])
    }
}
