import Kubectl

/// Flags of kubectl verbs as `kubectl VERB --help` lists them (v1.32), for comparing
/// spellings of commands the simulated kubectl may not implement yet. kubectl's own
/// `FlagSpec`s win wherever both know a flag.
enum KubectlFlagTable {
    static func extra(verb: String, sub: String?) -> [FlagSpec] {
        let common = [FlagSpec("selector", short: "l"), FlagSpec("output", short: "o"), FlagSpec("filename", short: "f"),
                      FlagSpec("all-namespaces", short: "A", .boolean), FlagSpec("recursive", short: "R", .boolean),
                      FlagSpec("dry-run"), FlagSpec("all", .boolean)]
        switch verb {
        case "create":
            return common + [FlagSpec("image"), FlagSpec("replicas", short: "r"), FlagSpec("port"), FlagSpec("from-literal"),
                             FlagSpec("from-file"), FlagSpec("tcp"), FlagSpec("schedule"), FlagSpec("save-config", .boolean)]
        case "run":
            return [FlagSpec("image"), FlagSpec("restart"), FlagSpec("labels", short: "l"), FlagSpec("port"),
                    FlagSpec("command", .boolean), FlagSpec("env"), FlagSpec("rm", .boolean), FlagSpec("stdin", short: "i", .boolean),
                    FlagSpec("tty", short: "t", .boolean), FlagSpec("dry-run"), FlagSpec("output", short: "o"), FlagSpec("expose", .boolean)]
        case "scale":
            return common + [FlagSpec("replicas"), FlagSpec("current-replicas"), FlagSpec("resource-version"), FlagSpec("timeout")]
        case "set":
            return common + [FlagSpec("containers", short: "c"), FlagSpec("env", short: "e"), FlagSpec("limits"), FlagSpec("requests")]
        case "rollout":
            return common + [FlagSpec("to-revision"), FlagSpec("revision"), FlagSpec("watch", short: "w", .boolean), FlagSpec("timeout")]
        case "logs":
            return [FlagSpec("follow", short: "f", .boolean), FlagSpec("previous", short: "p", .boolean), FlagSpec("tail"),
                    FlagSpec("since"), FlagSpec("timestamps", .boolean), FlagSpec("container", short: "c"),
                    FlagSpec("all-containers", .boolean), FlagSpec("selector", short: "l"), FlagSpec("prefix", .boolean)]
        case "exec", "attach":
            return [FlagSpec("stdin", short: "i", .boolean), FlagSpec("tty", short: "t", .boolean), FlagSpec("container", short: "c")]
        case "expose":
            return common + [FlagSpec("port"), FlagSpec("target-port"), FlagSpec("type"), FlagSpec("name"), FlagSpec("protocol")]
        case "label", "annotate":
            return common + [FlagSpec("overwrite", .boolean), FlagSpec("list", .boolean), FlagSpec("resource-version")]
        case "apply":
            return common + [FlagSpec("server-side", .boolean), FlagSpec("prune", .boolean), FlagSpec("force", .boolean)]
        case "describe":
            return common + [FlagSpec("show-events", .boolean)]
        case "drain":
            return common + [FlagSpec("ignore-daemonsets", .boolean), FlagSpec("delete-emptydir-data", .boolean),
                             FlagSpec("force", .boolean), FlagSpec("grace-period"), FlagSpec("timeout"), FlagSpec("disable-eviction", .boolean)]
        case "top":
            return common + [FlagSpec("containers", .boolean), FlagSpec("sort-by")]
        case "autoscale":
            return common + [FlagSpec("min"), FlagSpec("max"), FlagSpec("cpu-percent")]
        case "events":
            return [FlagSpec("for"), FlagSpec("types"), FlagSpec("watch", short: "w", .boolean), FlagSpec("all-namespaces", short: "A", .boolean)]
        case "taint":
            return common + [FlagSpec("overwrite", .boolean)]
        default:
            return common
        }
    }

    /// Flags that change only how the answer is shown: with a looking verb, a learner may add
    /// them (or leave them out) unless the lesson's command names them itself.
    static let displayFlags: Set<String> = ["output", "show-labels", "no-headers", "watch", "show-kind", "sort-by", "label-columns", "follow", "timestamps", "tail"]

    /// Verbs that only look at the cluster.
    static let lookingVerbs: Set<String> = ["get", "describe", "logs", "top", "explain", "api-resources", "api-versions", "version", "events", "cluster-info"]
    static let lookingSimCommands: Set<String> = ["clock", "decisions", "why", "map", "tree", "timeline", "help", "explain", "pause", "resume", "speed"]
}
