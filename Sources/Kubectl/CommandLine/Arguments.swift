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
    public enum Arity: Sendable { case value, boolean }
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

    /// Parses `words` against `specs` (plus the global flags). Unknown flags fail with
    /// kubectl's `unknown flag: --x` / `unknown shorthand flag: 'x' in -x`.
    public static func parse(_ words: [String], specs: [FlagSpec]) throws(KubectlError) -> Arguments {
        let all = specs + global
        var args = Arguments()
        var i = 0
        while i < words.count {
            let w = words[i]
            if w == "--" { args.afterDashDash = Array(words[(i + 1)...]); break }
            if w.hasPrefix("--") && w.count > 2 {
                var name = String(w.dropFirst(2)), value: String? = nil
                if let eq = name.firstIndex(of: "=") { value = String(name[name.index(after: eq)...]); name = String(name[..<eq]) }
                guard let spec = all.first(where: { $0.long == name }) else { throw .unknownFlag("--\(name)") }
                switch spec.arity {
                case .boolean: args.flags[spec.long, default: []].append(value ?? "true")
                case .value:
                    if value == nil {
                        guard i + 1 < words.count else { throw .flagNeedsArgument("--\(name)") }
                        i += 1; value = words[i]
                    }
                    args.flags[spec.long, default: []].append(value!)
                }
            } else if w.hasPrefix("-") && w.count > 1 && !w.dropFirst().allSatisfy(\.isNumber) {
                var rest = Substring(w.dropFirst())
                while let c = rest.first {
                    rest = rest.dropFirst()
                    guard let spec = all.first(where: { $0.short == c }) else { throw .unknownShorthand(c, w) }
                    if spec.arity == .boolean { args.flags[spec.long, default: []].append("true"); continue }
                    var value = String(rest)
                    if value.hasPrefix("=") { value.removeFirst() }
                    if value.isEmpty {
                        guard i + 1 < words.count else { throw .flagNeedsArgument("-\(c)") }
                        i += 1; value = words[i]
                    }
                    args.flags[spec.long, default: []].append(value)
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
