import KubeModel

/// Job and CronJob validation (`pkg/apis/batch/validation/validation.go`).
extension Validator {
    /// `validateJobSpec`: counts are non-negative, and the pod template may only restart
    /// OnFailure or Never, since a Job's pods are meant to finish.
    mutating func jobSpec(_ spec: JobSpec, path: String) {
        for (field, value) in [("parallelism", spec.parallelism), ("completions", spec.completions), ("backoffLimit", spec.backoffLimit)] {
            if let value, value < 0 { add("\(path).\(field)", .invalid(value: "\(value)", detail: "must be greater than or equal to 0")) }
        }
        if let d = spec.activeDeadlineSeconds, d <= 0 {
            add("\(path).activeDeadlineSeconds", .invalid(value: "\(d)", detail: "must be greater than 0"))
        }
        labels(spec.template.metadata.labels, path: "\(path).template.metadata.labels")
        podSpec(spec.template.spec, path: "\(path).template.spec")
        if spec.template.spec.restartPolicy == .always {
            add("\(path).template.spec.restartPolicy", .unsupported(value: "\"Always\"", supported: ["OnFailure", "Never"]))
        }
    }

    /// `validateCronJobSpec`: a parseable schedule, then the job template.
    mutating func cronJobSpec(_ spec: CronJobSpec) {
        if spec.schedule.isEmpty {
            add("spec.schedule", .required(detail: nil))
        } else if case .failure(let e) = CronSchedule.parse(spec.schedule) {
            add("spec.schedule", .invalid(value: "\"\(spec.schedule)\"", detail: e.message))
        }
        for (field, value) in [("successfulJobsHistoryLimit", spec.successfulJobsHistoryLimit), ("failedJobsHistoryLimit", spec.failedJobsHistoryLimit)] where value < 0 {
            add("spec.\(field)", .invalid(value: "\(value)", detail: "must be greater than or equal to 0"))
        }
        jobSpec(spec.jobTemplate.spec, path: "spec.jobTemplate.spec")
    }
}
