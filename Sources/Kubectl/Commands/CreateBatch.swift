import ClusterSim
import KubeModel

/// `kubectl create job` and `kubectl create cronjob` (`KC/pkg/cmd/create/create_job.go`,
/// `create_cronjob.go`).
extension Kubectl {
    static let createJobFlags: [FlagSpec] = [
        FlagSpec("image", help: "Image name to run."),
        FlagSpec("from", help: "The name of the resource to create a Job from (only cronjob is supported)."),
        DryRun.flag, FlagSpec("output", short: "o", help: "Output format."), FlagSpec("save-config", .boolean),
    ]
    static let createCronJobFlags: [FlagSpec] = [
        FlagSpec("image", help: "Image name to run."),
        FlagSpec("schedule", help: "A schedule in the Cron format the job should be run with."),
        FlagSpec("restart", help: "job's restart policy. supported values: OnFailure, Never"),
        DryRun.flag, FlagSpec("output", short: "o", help: "Output format."), FlagSpec("save-config", .boolean),
    ]

    /// `create job NAME --image=IMG [-- CMD …]`: one container named NAME, the command as
    /// `command`, restartPolicy Never. `--from=cronjob/X` copies X's job template instead,
    /// annotated `cronjob.kubernetes.io/instantiate: manual` and owned by the CronJob.
    func createJob(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.createJobFlags, command: "create job")
        if args.bool("help") { return help("create") }
        guard args.positionals.count == 1 else {
            throw KubectlError.usageFor("exactly one NAME is required, got \(args.positionals.count)", command: "create job")
        }
        let name = args.positionals[0]
        let image = args.value("image"), from = args.value("from")
        guard (image == nil) != (from == nil) else { throw KubectlError.message("either --image or --from must be specified") }
        let command = args.afterDashDash ?? []
        if from != nil && !command.isEmpty { throw KubectlError.message("cannot specify --from and command") }
        let (dryRun, warning) = try DryRun.parse(args, now: sim.now)
        let format = try OutputFormat.parse(args.value("output"), context: .object)
        let ns = namespace(args)

        var job: Job
        if let image {
            var c = Container(name: name, image: image)
            c.command = command
            var spec = PodSpec(containers: [c])
            spec.restartPolicy = .never
            job = Job(metadata: ObjectMeta(name: name, namespace: ns), spec: JobSpec(template: PodTemplateSpec(metadata: ObjectMeta(), spec: spec)))
            if dryRun == .client {
                return try printGenerated(Generators.job(name: name, namespace: args.value("namespace"), image: image, command: command),
                                          name: "job.batch/\(name)", format: format, warning: warning)
            }
        } else {
            let source = from!
            let parts = source.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, let type = ResourceType.lookup(parts[0]) else {
                throw KubectlError.message("from must be of the form <resource>/<name>")
            }
            guard type.kind == .cronJob else { throw KubectlError.message("unknown object type \(type.kind.rawValue)") }
            guard let cj = sim.state.cronJobs[ObjectKey(ns, parts[1])] else {
                throw KubectlError.server(.notFound(.cronJob, name: parts[1]))
            }
            job = CronJobController.job(from: cj, name: name, scheduled: nil)
            job.metadata.annotations["cronjob.kubernetes.io/instantiate"] = "manual"
            // create_job.go sets controller: true but not blockOwnerDeletion.
            job.metadata.ownerReferences = [OwnerReference(apiVersion: "batch/v1", kind: "CronJob", name: cj.metadata.name,
                                                           uid: cj.metadata.uid, controller: true)]
            if dryRun == .client {
                return try printGenerated(Serializer.value(.job(job)), name: "job.batch/\(name)", format: format, warning: warning)
            }
        }
        return try createBatchObject(.job(job), args: args, dryRun: dryRun, format: format, warning: warning)
    }

    /// `create cronjob NAME --image=IMG --schedule='…' [--restart=OnFailure|Never] [-- CMD …]`.
    func createCronJob(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.createCronJobFlags, command: "create cronjob")
        if args.bool("help") { return help("create") }
        let missing = ["image", "schedule"].filter { args.value($0) == nil }
        if !missing.isEmpty { throw KubectlError.requiredFlag(missing.joined(separator: "\", \"")) }
        guard args.positionals.count == 1 else {
            throw KubectlError.usageFor("exactly one NAME is required, got \(args.positionals.count)", command: "create cronjob")
        }
        let name = args.positionals[0]
        let image = args.value("image")!, schedule = args.value("schedule")!
        let restartText = args.value("restart") ?? "OnFailure"
        let command = args.afterDashDash ?? []
        let (dryRun, warning) = try DryRun.parse(args, now: sim.now)
        let format = try OutputFormat.parse(args.value("output"), context: .object)
        if dryRun == .client {
            return try printGenerated(Generators.cronJob(name: name, namespace: args.value("namespace"), image: image, schedule: schedule,
                                                         restart: restartText, command: command),
                                      name: "cronjob.batch/\(name)", format: format, warning: warning)
        }
        var c = Container(name: name, image: image)
        c.command = command
        var spec = PodSpec(containers: [c])
        spec.restartPolicy = RestartPolicy(rawValue: restartText) ?? .onFailure
        let jobSpec = JobSpec(template: PodTemplateSpec(metadata: ObjectMeta(), spec: spec))
        let cj = CronJob(metadata: ObjectMeta(name: name, namespace: namespace(args)),
                         spec: CronJobSpec(schedule: schedule, jobTemplate: JobTemplateSpec(metadata: ObjectMeta(name: name), spec: jobSpec)))
        return try createBatchObject(.cronJob(cj), args: args, dryRun: dryRun, format: format, warning: warning)
    }

    private func createBatchObject(_ object: KubeObject, args: Arguments, dryRun: DryRun, format: OutputFormat, warning: String) throws -> KubectlResult {
        var object = object
        if args.bool("save-config") { object.metadata.annotations[Self.lastAppliedKey] = Self.lastApplied(Serializer.value(object)) }
        let created: KubeObject
        if dryRun == .server {
            try Validation.validate(object, config: sim.config)
            if sim.get(object.kind, object.ref.key) != nil { throw APIError.alreadyExists(object.kind, name: object.metadata.name) }
            created = object
        } else {
            created = try sim.create(object)
            sim.recordUserAction(commandLine, objects: [created.ref])
        }
        return try printCreated(created, format: format, dryRun: dryRun, warning: warning)
    }
}

extension Generators {
    static func container(name: String, image: String, command: [String]) -> Value {
        var c = ObjectBuilder()
        c.put("name", .string(name))
        c.put("image", .string(image))
        c.list("command", command.map { .string($0) })
        c.put("resources", .emptyObject)
        return c.value
    }

    static func podTemplate(name: String, image: String, command: [String], restart: String) -> Value {
        .object([
            .init("metadata", .object([.init("creationTimestamp", .null)])),
            .init("spec", .object([.init("containers", .array([container(name: name, image: image, command: command)])),
                                   .init("restartPolicy", .string(restart))])),
        ])
    }

    /// `create_job.go createJob`: no labels, restartPolicy Never.
    static func job(name: String, namespace: String?, image: String, command: [String]) -> Value {
        .object([
            .init("kind", .string("Job")), .init("apiVersion", .string("batch/v1")),
            .init("metadata", meta(name: name, namespace: namespace, labels: [:])),
            .init("spec", .object([.init("template", podTemplate(name: name, image: image, command: command, restart: "Never"))])),
            .init("status", .emptyObject),
        ])
    }

    /// `create_cronjob.go createCronJob`: the job template named after the CronJob.
    static func cronJob(name: String, namespace: String?, image: String, schedule: String, restart: String, command: [String]) -> Value {
        var jm = ObjectBuilder()
        jm.put("name", .string(name))
        jm.put("creationTimestamp", .null)
        return .object([
            .init("kind", .string("CronJob")), .init("apiVersion", .string("batch/v1")),
            .init("metadata", meta(name: name, namespace: namespace, labels: [:])),
            .init("spec", .object([
                .init("schedule", .string(schedule)),
                .init("jobTemplate", .object([
                    .init("metadata", jm.value),
                    .init("spec", .object([.init("template", podTemplate(name: name, image: image, command: command, restart: restart))])),
                ])),
            ])),
            .init("status", .emptyObject),
        ])
    }
}
