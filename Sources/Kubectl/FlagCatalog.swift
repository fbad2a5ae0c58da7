/// The flags each verb accepts, for help and Tab completion. Each command file declares
/// its own `FlagSpec` list; this maps verb words to them.
extension Kubectl {
    public static func flags(forVerb verb: String, sub: String? = nil) -> [FlagSpec] {
        let specs: [FlagSpec]
        switch verb {
        case "get": specs = getFlags
        case "run": specs = runFlags
        case "delete": specs = deleteFlags
        case "create":
            switch sub {
            case "deployment", "deploy": specs = createDeploymentFlags
            case "namespace", "ns": specs = createNamespaceFlags
            default: specs = createFileFlags
            }
        case "apply": specs = applyFlags
        case "describe": specs = describeFlags
        case "label", "annotate": specs = labelFlags
        case "cordon", "uncordon": specs = cordonFlags
        case "drain": specs = drainFlags
        case "logs": specs = logsFlags
        case "exec": specs = execFlags
        case "version": specs = versionFlags
        case "api-resources": specs = apiResourcesFlags
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

    /// Verbs whose first argument is a node name.
    public static let takesNode: Set<String> = ["cordon", "uncordon", "drain"]

    public static let outputFormats = ["json", "jsonpath=", "name", "wide", "yaml"]
}
