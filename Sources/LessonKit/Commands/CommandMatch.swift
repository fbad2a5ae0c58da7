/// Whether a typed line is the command a lesson asks for, and if not, the first way it
/// differs, worded for the learner: "`--replicas` should be 3, not 2".
public enum CommandMatch: Sendable, Equatable {
    case same
    case different(String)

    public static func compare(expected: String, typed: String) -> CommandMatch {
        guard let want = CanonicalCommand(expected) else { return .different("the lesson's command cannot be read") }
        guard let got = CanonicalCommand(typed) else { return .different("that line cannot be read: check its quotes") }
        return compare(want, got)
    }

    public static func compare(_ want: CanonicalCommand, _ got: CanonicalCommand) -> CommandMatch {
        if want.head != got.head {
            if want.head.first != got.head.first { return .different("this step asks for a `\(want.head[0])` command") }
            return .different("this step asks for `\(want.head.joined(separator: " "))`, not `\(got.head.joined(separator: " "))`")
        }
        if want.objects != got.objects {
            return .different("it works on \(list(want.objects)), not \(got.objects.isEmpty ? "nothing" : list(got.objects))")
        }
        if want.positionals != got.positionals {
            let missing = want.positionals.filter { !got.positionals.contains($0) }
            let extra = got.positionals.filter { !want.positionals.contains($0) }
            if let m = missing.first, let e = extra.first { return .different("`\(m)` instead of `\(e)`") }
            if let m = missing.first { return .different("it also needs `\(m)`") }
            if let e = extra.first { return .different("`\(e)` is not part of it") }
            return .different("the words come in another order: `\(want.positionals.joined(separator: " "))`")
        }
        var gotFlags = got.flags
        let looking = want.isKubectl && want.verb.map { KubectlFlagTable.lookingVerbs.contains($0) } == true
            || want.head.count > 2 && ["status", "history"].contains(want.head[2])
        if looking {
            for name in KubectlFlagTable.displayFlags where want.flags[name] == nil { gotFlags[name] = nil }
        }
        for name in want.flags.keys.sorted() {
            guard let values = gotFlags[name] else { return .different("it also needs `\(flag(name, want.flags[name]!))`") }
            if values != want.flags[name]! {
                return .different("`--\(name)` should be \(want.flags[name]!.joined(separator: ", ")), not \(values.joined(separator: ", "))")
            }
        }
        for name in gotFlags.keys.sorted() where want.flags[name] == nil {
            return .different("`\(flag(name, gotFlags[name]!))` is not part of it")
        }
        if (want.afterDashDash ?? []) != (got.afterDashDash ?? []) {
            let w = want.afterDashDash ?? []
            return .different(w.isEmpty ? "nothing follows `--` in it" : "after `--` it runs `\(w.joined(separator: " "))`")
        }
        return .same
    }

    static func flag(_ name: String, _ values: [String]) -> String {
        values.map { $0 == "true" ? "--\(name)" : "--\(name)=\($0)" }.joined(separator: " ")
    }

    static func list(_ items: [String]) -> String { items.joined(separator: ", ") }

    /// Lines that only look (get, describe, logs, `map`, `why` …): typing them is exploring,
    /// not a wrong answer, so they are never corrected.
    public static func isLooking(_ line: String) -> Bool {
        guard let c = CanonicalCommand(line) else { return false }
        if c.isKubectl {
            guard let verb = c.verb else { return true }
            if KubectlFlagTable.lookingVerbs.contains(verb) { return true }
            return verb == "rollout" && c.head.count > 2 && ["status", "history"].contains(c.head[2])
        }
        return KubectlFlagTable.lookingSimCommands.contains(c.head[0])
    }
}
