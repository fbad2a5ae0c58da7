/// A kubectl command line after flag parsing: positional words, flags (repeatable), and
/// whatever followed `--`.
public struct Arguments: Sendable, Equatable {
    public var positionals: [String] = []
    public var flags: [String: [String]] = [:]
    public var afterDashDash: [String]? = nil

    public func value(_ name: String) -> String? { flags[name]?.last }
    public func values(_ name: String) -> [String] { flags[name] ?? [] }
    public func has(_ name: String) -> Bool { flags[name] != nil }

    /// A boolean flag: present without a value, or `--flag=true|false`.
    public func bool(_ name: String) -> Bool {
        guard let v = flags[name]?.last else { return false }
        return v != "false"
    }
}

/// What flags a command accepts, so parsing can tell `-n dev` (flag with value) from
/// `--all` (boolean) and reject unknown ones as kubectl does.
public struct FlagSpec: Sendable {
    /// `optional`: a value flag that may stand alone (pflag's `NoOptDefVal`), as
    /// `--dry-run` does, meaning the given default.
    public enum Arity: Sendable, Equatable { case value, boolean, int, optional(String) }
    public var long: String
    public var short: Character?
    public var arity: Arity
    public var help: String
    public init(_ long: String, short: Character? = nil, _ arity: Arity = .value, help: String = "") {
        self.long = long; self.short = short; self.arity = arity; self.help = help
    }
}

public enum ArgumentParser {
    /// Flags every command takes (kubectl's global and output flags used here).
    public static let global: [FlagSpec] = [
        FlagSpec("namespace", short: "n", help: "If present, the namespace scope for this CLI request"),
        FlagSpec("help", short: "h", .boolean, help: "help for this command"),
    ]

    /// Parses `words` against `specs` (plus the global flags). Unknown flags fail as
    /// cobra/pflag word it (`unknown flag: --x`, `unknown shorthand flag: 'x' in -x`,
    /// `flag needs an argument`, `invalid argument "x" for "-A, --all-namespaces" flag`),
    /// naming `command` in the `See 'kubectl COMMAND --help'` line.
    public static func parse(_ words: [String], specs: [FlagSpec], command: String = "") throws(KubectlError) -> Arguments {
        func fail(_ message: String) -> KubectlError {
            .cobra(message, command: command.isEmpty ? "" : command).withoutEmptyCommand
        }
        let all = specs + global
        var args = Arguments()
        var i = 0
        func store(_ spec: FlagSpec, _ value: String) throws(KubectlError) {
            let label = spec.short.map { "-\($0), --\(spec.long)" } ?? "--\(spec.long)"
            switch spec.arity {
            case .boolean:
                guard ["true", "false", "1", "0", "t", "f", "T", "F", "TRUE", "FALSE", "True", "False"].contains(value) else {
                    throw fail("invalid argument \"\(value)\" for \"\(label)\" flag: strconv.ParseBool: parsing \"\(value)\": invalid syntax")
                }
                let truthy = ["true", "1", "t", "T", "TRUE", "True"].contains(value)
                args.flags[spec.long, default: []].append(truthy ? "true" : "false")
                return
            case .int:
                guard Int64(value) != nil else {
                    throw fail("invalid argument \"\(value)\" for \"\(label)\" flag: strconv.ParseInt: parsing \"\(value)\": invalid syntax")
                }
            default: break
            }
            args.flags[spec.long, default: []].append(value)
        }
        while i < words.count {
            let w = words[i]
            if w == "--" { args.afterDashDash = Array(words[(i + 1)...]); break }
            if w.hasPrefix("--") && w.count > 2 {
                var name = String(w.dropFirst(2)), value: String? = nil
                if let eq = name.firstIndex(of: "=") { value = String(name[name.index(after: eq)...]); name = String(name[..<eq]) }
                guard let spec = all.first(where: { $0.long == name }) else { throw fail("unknown flag: --\(name)") }
                switch spec.arity {
                case .boolean: try store(spec, value ?? "true")
                case .optional(let bare): args.flags[spec.long, default: []].append(value ?? bare)
                case .value, .int:
                    if value == nil {
                        guard i + 1 < words.count else { throw fail("flag needs an argument: --\(name)") }
                        i += 1; value = words[i]
                    }
                    try store(spec, value!)
                }
            } else if w.hasPrefix("-") && w.count > 1 && !w.dropFirst().allSatisfy(\.isNumber) {
                var rest = Substring(w.dropFirst())
                while let c = rest.first {
                    rest = rest.dropFirst()
                    guard let spec = all.first(where: { $0.short == c }) else { throw fail("unknown shorthand flag: '\(c)' in \(w)") }
                    if spec.arity == .boolean {
                        if rest.hasPrefix("=") { try store(spec, String(rest.dropFirst())); break }
                        try store(spec, "true"); continue
                    }
                    var value = String(rest)
                    if value.hasPrefix("=") { value.removeFirst() }
                    if value.isEmpty {
                        guard i + 1 < words.count else { throw fail("flag needs an argument: '\(c)' in -\(c)") }
                        i += 1; value = words[i]
                    }
                    try store(spec, value)
                    break
                }
            } else {
                args.positionals.append(w)
            }
            i += 1
        }
        return args
    }
}

extension KubectlError {
    /// cobra's message without a command names the root (`See 'kubectl --help'`).
    var withoutEmptyCommand: KubectlError {
        if case .cobra(let m, let c) = self, c.isEmpty { return .plain("Error: \(m)\nSee 'kubectl --help' for usage.") }
        return self
    }
}
