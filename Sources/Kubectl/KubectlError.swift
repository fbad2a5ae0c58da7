import ClusterSim
import KubeModel

/// Everything kubectl can say went wrong, worded in one place as kubectl words it.
///
/// Three families, as in kubectl: API errors (`Error from server (Reason): …`,
/// `cmdutil.CheckErr`), kubectl's own (`error: …`, with `See 'kubectl X -h' for help and
/// examples` for usage errors), and cobra's flag and command errors (`Error: …` then
/// `See 'kubectl X --help' for usage.`).
public enum KubectlError: Error, Equatable, Sendable {
    case server(APIError)
    /// A server error about one object of a file: `Error from server (R): error when creating "d.yaml": …`.
    case serverContext(APIError, String)
    case unknownCommand(String, suggestion: String?)
    /// cobra's `unknown command "x" for "kubectl"` with every suggestion it has.
    case unknownCommandSuggesting(String, parent: String, suggestions: [String])
    case unknownFlag(String)
    case unknownShorthand(Character, String)
    case flagNeedsArgument(String)
    /// A cobra/pflag error for `kubectl COMMAND` (unknown flag, bad flag value).
    case cobra(String, command: String)
    case requiredFlag(String)
    case unknownResourceType(String)
    case usage(String)
    /// `cmdutil.UsageErrorf`: the message, then `See 'kubectl COMMAND -h' for help and examples`.
    case usageFor(String, command: String)
    case message(String)
    /// Printed exactly as given (kubectl's multi-line usage errors).
    case plain(String)

    /// The full text kubectl prints on stderr (without the final newline).
    public var text: String {
        switch self {
        case .server(let e):
            if let invalid = Self.invalidText(e) { return invalid }
            return "Error from server (\(e.reason)): \(e.message)"
        case .serverContext(let e, let context):
            if let invalid = Self.invalidText(e) { return invalid }
            return "Error from server (\(e.reason)): \(context)\(e.message)"
        case .unknownCommand(let c, let s):
            return KubectlError.unknownCommandSuggesting(c, parent: "kubectl", suggestions: s.map { [$0] } ?? []).text
        case .unknownCommandSuggesting(let c, let parent, let suggestions):
            var t = "Error: unknown command \"\(c)\" for \"\(parent)\""
            if !suggestions.isEmpty { t += "\n\nDid you mean this?\n" + suggestions.map { "\t\($0)\n" }.joined() }
            return t
        case .unknownFlag(let f): return "Error: unknown flag: \(f)\nSee 'kubectl --help' for usage."
        case .unknownShorthand(let c, let w): return "Error: unknown shorthand flag: '\(c)' in \(w)\nSee 'kubectl --help' for usage."
        case .flagNeedsArgument(let f): return "Error: flag needs an argument: \(f)\nSee 'kubectl --help' for usage."
        case .cobra(let m, let command): return "Error: \(m)\nSee 'kubectl \(command) --help' for usage."
        case .requiredFlag(let f): return "error: required flag(s) \"\(f)\" not set"
        case .unknownResourceType(let t): return "error: the server doesn't have a resource type \"\(t)\""
        case .usage(let m), .message(let m): return "error: \(m)"
        case .usageFor(let m, let command): return "error: \(m)\nSee 'kubectl \(command) -h' for help and examples"
        case .plain(let m): return m
        }
    }

    /// `cmdutil.checkErr` for a lone Invalid error: `The Deployment "x" is invalid: cause`,
    /// or one `* cause` line each when there are several (`MultilineError`).
    static func invalidText(_ e: APIError) -> String? {
        guard case .invalid(let kind, let name, let errors) = e else { return nil }
        let prefix = "The \(kind.rawValue) \"\(name)\" is invalid: "
        if errors.count == 1 { return prefix + errors[0].description }
        return prefix + "\n" + errors.map { "* \($0.description)" }.joined(separator: "\n")
    }

    /// How an error reads among several (`MultipleErrors`): API errors as
    /// `Error from server (R): …` (Invalid ones too), kubectl's own without `error: `.
    var aggregatedText: String {
        switch self {
        case .server(let e): return "Error from server (\(e.reason)): \(e.message)"
        case .serverContext(let e, let context): return "Error from server (\(e.reason)): \(context)\(e.message)"
        case .message(let m): return m
        default: return text
        }
    }

    /// What kubectl prints for the errors of one command: a single error as itself,
    /// several one per line.
    static func report(_ errors: [KubectlError]) -> String {
        if errors.isEmpty { return "" }
        if errors.count == 1 { return errors[0].text + "\n" }
        return errors.map { $0.aggregatedText + "\n" }.joined()
    }
}
