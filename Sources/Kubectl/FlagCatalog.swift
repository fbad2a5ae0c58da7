/// The flags each verb accepts, for help and Tab completion. Each command file declares
/// its own `FlagSpec` list; this maps verb words to them.
extension Kubectl {
    public static func flags(forVerb verb: String, sub: String? = nil) -> [FlagSpec] {
        let specs: [FlagSpec]
        switch verb {
        case "get": specs = getFlags
        case "run": specs = runFlags
        case "delete": specs = deleteFlags
        case "create": specs = sub == "deployment" || sub == "deploy" ? createDeploymentFlags : [FlagSpec("filename", short: "f"), FlagSpec("dry-run"), FlagSpec("output", short: "o")]
        case "scale": specs = scaleFlags
        case "set": specs = sub == "image" ? setImageFlags : []
        case "rollout": specs = rolloutFlags(sub: sub)
        default: specs = []
        }
        return specs + ArgumentParser.global
    }

    /// Sub-commands of verbs that have them (`create deployment`, `rollout status`).
    public static func subcommands(of verb: String) -> [String] {
        switch verb {
        case "create": return ["deployment", "namespace"]
        case "rollout": return ["history", "pause", "restart", "resume", "status", "undo"]
        case "set": return ["image"]
        default: return []
        }
    }

    /// Verbs whose first argument is a resource type (or TYPE/NAME).
    public static let takesResource: Set<String> = ["get", "describe", "delete", "label", "annotate", "scale", "edit", "rollout"]

    public static let outputFormats = ["json", "jsonpath=", "name", "wide", "yaml"]
}
