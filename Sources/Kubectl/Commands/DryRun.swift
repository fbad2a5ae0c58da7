import KubeModel

/// `--dry-run`: none, client (print only) or server (validated, not stored).
enum DryRun: Equatable {
    case none, client, server

    static let flag = FlagSpec("dry-run", .optional("unchanged"))

    /// `cmdutil.GetDryRunStrategy`, with its deprecation warnings (a klog line on stderr).
    static func parse(_ args: Arguments, now: Instant) throws(KubectlError) -> (DryRun, warning: String) {
        guard let raw = args.value("dry-run") else { return (.none, "") }
        func klog(_ message: String) -> String {
            let c = CivilTime(now)
            func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            let micros = String(now.milliseconds % 1000 * 1000)
            return "W\(pad(c.month))\(pad(c.day)) \(pad(c.hour)):\(pad(c.minute)):\(pad(c.second)).\(String(repeating: "0", count: 6 - micros.count) + micros)    4242 helpers.go:716] \(message)\n"
        }
        switch raw {
        case "unchanged": return (.client, klog("--dry-run is deprecated and can be replaced with --dry-run=client."))
        case "client": return (.client, "")
        case "server": return (.server, "")
        case "none": return (.none, "")
        case "true", "1", "t", "T", "TRUE", "True":
            return (.client, klog("--dry-run=\(raw) is deprecated (boolean value) and can be replaced with --dry-run=client."))
        case "false", "0", "f", "F", "FALSE", "False":
            return (.none, klog("--dry-run=\(raw) is deprecated (boolean value) and can be replaced with --dry-run=none."))
        default:
            throw .message("Invalid dry-run value (\(raw)). Must be \"none\", \"server\", or \"client\".")
        }
    }

    /// What the name printer appends: ` (dry run)`, ` (server dry run)`.
    var suffix: String {
        switch self { case .none: return ""; case .client: return " (dry run)"; case .server: return " (server dry run)" }
    }
}
