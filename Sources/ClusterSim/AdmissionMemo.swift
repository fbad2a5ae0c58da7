import KubeModel

/// The defaults admission writes into a pod's spec — the two NoExecute tolerations
/// (`DefaultTolerationSeconds`) and each container's image pull policy — remembered for the
/// last spec they were worked out for.
///
/// A ReplicaSet's pods all arrive with its template's arrays; handing each the same defaulted
/// array keeps one copy in memory instead of 150,000 (a few hundred bytes a pod). The result is
/// the same as working the defaults out afresh: a remembered answer is used only when the
/// arrays it came from are equal to the pod's.
struct AdmissionMemo: Sendable {
    private var tolerations: (given: [Toleration], seconds: Int64, defaulted: [Toleration])?
    private var containers: (given: [Container], defaulted: [Container])?
    private var initContainers: (given: [Container], defaulted: [Container])?

    mutating func tolerations(_ given: [Toleration], seconds: Int64, make: ([Toleration], Int64) -> [Toleration]) -> [Toleration] {
        if let m = tolerations, m.seconds == seconds, m.given == given { return m.defaulted }
        let out = make(given, seconds)
        tolerations = (given, seconds, out)
        return out
    }

    mutating func containers(_ given: [Container], initContainers isInit: Bool, make: ([Container]) -> [Container]) -> [Container] {
        if let m = isInit ? initContainers : containers, m.given == given { return m.defaulted }
        let out = make(given)
        if isInit { initContainers = (given, out) } else { containers = (given, out) }
        return out
    }
}
