import ClusterSim
import KubeModel

/// Everything kubectl can say went wrong, worded in one place as kubectl words it.
public enum KubectlError: Error, Equatable, Sendable {
    case server(APIError)
    case unknownCommand(String, suggestion: String?)
    case unknownFlag(String)
    case unknownShorthand(Character, String)
    case flagNeedsArgument(String)
    case requiredFlag(String)
    case unknownResourceType(String)
    case usage(String)
    case message(String)

    /// The full line kubectl prints on stderr (without the newline).
    public var text: String {
        switch self {
        case .server(let e): return "Error from server (\(e.reason)): \(e.message)"
        case .unknownCommand(let c, let s):
            var t = "error: unknown command \"\(c)\" for \"kubectl\""
            if let s { t += "\n\nDid you mean this?\n\t\(s)\n" }
            return t
        case .unknownFlag(let f): return "error: unknown flag: \(f)\nSee 'kubectl --help' for usage."
        case .unknownShorthand(let c, let w): return "error: unknown shorthand flag: '\(c)' in \(w)\nSee 'kubectl --help' for usage."
        case .flagNeedsArgument(let f): return "error: flag needs an argument: \(f)"
        case .requiredFlag(let f): return "error: required flag(s) \"\(f)\" not set"
        case .unknownResourceType(let t): return "error: the server doesn't have a resource type \"\(t)\""
        case .usage(let m), .message(let m): return "error: \(m)"
        }
    }
}
