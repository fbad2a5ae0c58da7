/// One command's `--help` page in kubectl's layout: description, examples, sub-commands,
/// options (each `    -x, --name=default:` then the text after a tab), usage.
struct CommandHelp: Sendable {
    var description: String
    var examples: String
    var subcommands: [(String, String)]
    var options: [(String, String, String)]
    var usage: String

    /// The page, with only the flags and sub-commands kubetutor implements.
    func render(flags: [FlagSpec], subcommands available: [String] = []) -> String {
        var out = description + "\n\n"
        if !examples.isEmpty { out += "Examples:\n" + examples + "\n\n" }
        let subs = subcommands.filter { available.contains($0.0) }
        if !subs.isEmpty { out += "Available Commands:\n" + subs.map(\.1).joined(separator: "\n") + "\n\n" }
        let names = Set(flags.map(\.long))
        let opts = options.filter { names.contains($0.0) }
        if !opts.isEmpty {
            out += "Options:\n"
            out += opts.map { "    \($0.1)\n" + $0.2.split(separator: "\n", omittingEmptySubsequences: false).map { "\t" + $0 }.joined(separator: "\n") }
                .joined(separator: "\n\n")
            out += "\n\n"
        }
        out += "Usage:\n  \(usage)\n\n"
        out += "Use \"kubectl options\" for a list of global command-line options (applies to all commands).\n"
        return out
    }
}
