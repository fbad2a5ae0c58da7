/// The API types a manifest may hold, field by field, from `k8s.io/api` v0.32
/// (`core/v1/types.go`, `apps/v1/types.go`, `meta/v1/types.go`). Every JSON field name is
/// listed so that strict decoding rejects exactly what the API server rejects; types
/// kubetutor does not model are `.any` (accepted, not looked into).
enum Schemas {
    static let objectMeta = Schema("ObjectMeta", [
        ("name", .string), ("generateName", .string), ("namespace", .string), ("selfLink", .string),
        ("uid", .string), ("resourceVersion", .string), ("generation", .int64), ("creationTimestamp", .time),
        ("deletionTimestamp", .time), ("deletionGracePeriodSeconds", .int64), ("labels", .map(.string)),
        ("annotations", .map(.string)), ("ownerReferences", .array(.object(ownerReference))),
        ("finalizers", .array(.string)), ("managedFields", .array(.any)),
    ])

    static let ownerReference = Schema("OwnerReference", [
        ("apiVersion", .string), ("kind", .string), ("name", .string), ("uid", .string),
        ("controller", .bool), ("blockOwnerDeletion", .bool),
    ])

    static let labelSelector = Schema("LabelSelector", [
        ("matchLabels", .map(.string)),
        ("matchExpressions", .array(.object(Schema("LabelSelectorRequirement", [("key", .string), ("operator", .string), ("values", .array(.string))])))),
    ])

    static let containerPort = Schema("ContainerPort", [
        ("name", .string), ("hostPort", .int32), ("containerPort", .int32), ("protocol", .string), ("hostIP", .string),
    ])

    static let envVar = Schema("EnvVar", [("name", .string), ("value", .string), ("valueFrom", .any)])

    static let resources = Schema("ResourceRequirements", [
        ("limits", .map(.quantity)), ("requests", .map(.quantity)), ("claims", .array(.any)),
    ])

    static let volumeMount = Schema("VolumeMount", [
        ("name", .string), ("readOnly", .bool), ("recursiveReadOnly", .string), ("mountPath", .string),
        ("subPath", .string), ("mountPropagation", .string), ("subPathExpr", .string),
    ])

    static let probe = Schema("Probe", [
        ("exec", .object(Schema("ExecAction", [("command", .array(.string))]))),
        ("httpGet", .object(Schema("HTTPGetAction", [("path", .string), ("port", .intOrString), ("host", .string),
                                                     ("scheme", .string), ("httpHeaders", .array(.any))]))),
        ("tcpSocket", .object(Schema("TCPSocketAction", [("port", .intOrString), ("host", .string)]))),
        ("grpc", .any),
        ("initialDelaySeconds", .int32), ("timeoutSeconds", .int32), ("periodSeconds", .int32),
        ("successThreshold", .int32), ("failureThreshold", .int32), ("terminationGracePeriodSeconds", .int64),
    ])

    static let container = Schema("Container", [
        ("name", .string), ("image", .string), ("command", .array(.string)), ("args", .array(.string)),
        ("workingDir", .string), ("ports", .array(.object(containerPort))), ("envFrom", .array(.any)),
        ("env", .array(.object(envVar))), ("resources", .object(resources)), ("resizePolicy", .array(.any)),
        ("restartPolicy", .string), ("volumeMounts", .array(.object(volumeMount))), ("volumeDevices", .array(.any)),
        ("livenessProbe", .object(probe)), ("readinessProbe", .object(probe)), ("startupProbe", .object(probe)),
        ("lifecycle", .any), ("terminationMessagePath", .string), ("terminationMessagePolicy", .string),
        ("imagePullPolicy", .string), ("securityContext", .any), ("stdin", .bool), ("stdinOnce", .bool), ("tty", .bool),
    ])

    /// `VolumeSource` is inlined into `Volume`: every kind of volume is a field.
    static let volume = Schema("Volume", [("name", .string),
        ("emptyDir", .object(Schema("EmptyDirVolumeSource", [("medium", .string), ("sizeLimit", .quantity)]))),
        ("hostPath", .object(Schema("HostPathVolumeSource", [("path", .string), ("type", .string)]))),
    ] + ["gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "secret", "nfs", "iscsi", "glusterfs",
         "persistentVolumeClaim", "rbd", "flexVolume", "cinder", "cephfs", "flocker", "downwardAPI", "fc",
         "azureFile", "configMap", "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk", "projected",
         "portworxVolume", "scaleIO", "storageos", "csi", "ephemeral", "image"].map { ($0, FieldType.any) })

    static let toleration = Schema("Toleration", [
        ("key", .string), ("operator", .string), ("value", .string), ("effect", .string), ("tolerationSeconds", .int64),
    ])

    static let podSpec = Schema("PodSpec", [
        ("volumes", .array(.object(volume))), ("initContainers", .array(.object(container))),
        ("containers", .array(.object(container))), ("ephemeralContainers", .array(.any)),
        ("restartPolicy", .string), ("terminationGracePeriodSeconds", .int64), ("activeDeadlineSeconds", .int64),
        ("dnsPolicy", .string), ("nodeSelector", .map(.string)), ("serviceAccountName", .string),
        ("serviceAccount", .string), ("automountServiceAccountToken", .bool), ("nodeName", .string),
        ("hostNetwork", .bool), ("hostPID", .bool), ("hostIPC", .bool), ("shareProcessNamespace", .bool),
        ("securityContext", .any), ("imagePullSecrets", .array(.any)), ("hostname", .string), ("subdomain", .string),
        ("affinity", .any), ("schedulerName", .string), ("tolerations", .array(.object(toleration))),
        ("hostAliases", .array(.any)), ("priorityClassName", .string), ("priority", .int32), ("dnsConfig", .any),
        ("readinessGates", .array(.any)), ("runtimeClassName", .string), ("enableServiceLinks", .bool),
        ("preemptionPolicy", .string), ("overhead", .map(.quantity)), ("topologySpreadConstraints", .array(.any)),
        ("setHostnameAsFQDN", .bool), ("os", .any), ("hostUsers", .bool), ("schedulingGates", .array(.any)),
        ("resourceClaims", .array(.any)), ("resources", .object(resources)),
    ])

    static let podTemplateSpec = Schema("PodTemplateSpec", [("metadata", .object(objectMeta)), ("spec", .object(podSpec))])

    static func top(_ name: String, package: String = "v1", spec: Schema?, extra: [(String, FieldType)] = []) -> Schema {
        var fields: [(String, FieldType)] = [("kind", .string), ("apiVersion", .string), ("metadata", .object(objectMeta))]
        if let spec { fields.append(("spec", .object(spec))) }
        fields.append(("status", .any))
        return Schema(name, package: package, fields + extra)
    }

    static let pod = top("Pod", spec: podSpec)

    static let deployment = top("Deployment", spec: Schema("DeploymentSpec", [
        ("replicas", .int32), ("selector", .object(labelSelector)), ("template", .object(podTemplateSpec)),
        ("strategy", .object(Schema("DeploymentStrategy", [("type", .string), ("rollingUpdate", .object(Schema("RollingUpdateDeployment", [
            ("maxUnavailable", .intOrString), ("maxSurge", .intOrString)])))]))),
        ("minReadySeconds", .int32), ("revisionHistoryLimit", .int32), ("paused", .bool), ("progressDeadlineSeconds", .int32),
    ]))

    static let replicaSet = top("ReplicaSet", spec: Schema("ReplicaSetSpec", [
        ("replicas", .int32), ("minReadySeconds", .int32), ("selector", .object(labelSelector)), ("template", .object(podTemplateSpec)),
    ]))

    static let namespace = top("Namespace", spec: Schema("NamespaceSpec", [("finalizers", .array(.string))]))

    static let service = top("Service", spec: Schema("ServiceSpec", [
        ("ports", .array(.object(Schema("ServicePort", [("name", .string), ("protocol", .string), ("appProtocol", .string),
                                                         ("port", .int32), ("targetPort", .intOrString), ("nodePort", .int32)])))),
        ("selector", .map(.string)), ("clusterIP", .string), ("clusterIPs", .array(.string)), ("type", .string),
        ("externalIPs", .array(.string)), ("sessionAffinity", .string), ("loadBalancerIP", .string),
        ("loadBalancerSourceRanges", .array(.string)), ("externalName", .string), ("externalTrafficPolicy", .string),
        ("healthCheckNodePort", .int32), ("publishNotReadyAddresses", .bool), ("sessionAffinityConfig", .any),
        ("ipFamilies", .array(.string)), ("ipFamilyPolicy", .string), ("allocateLoadBalancerNodePorts", .bool),
        ("loadBalancerClass", .string), ("internalTrafficPolicy", .string), ("trafficDistribution", .string),
    ]))
}
