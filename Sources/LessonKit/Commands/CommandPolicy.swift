import KubeModel
import Kubectl

/// What a lesson line may run. A lesson only drives the simulation: its actions are the
/// simulation's own commands and kubectl against the simulated cluster, never a host
/// command, and every file it names sits in its own folder. So a lesson from a stranger is
/// safe to open.
public enum CommandPolicy {
    public enum Role: Sendable { case learner, action }

    /// The mistakes in one `$`/`!`/`setup:` line; empty when it is fine.
    /// `fileExists` answers for paths relative to the lesson's folder.
    public static func check(_ text: String, as role: Role, fileExists: (String) -> Bool) -> [String] {
        let template: TemplateText
        do { template = try TemplateText.scan(text) } catch { return [error.message] }
        // Placeholders stand for one word; check the shape with a stand-in.
        guard case .success(let line) = template.render({ _ in "x" }) else { return [] }
        let words: [String]
        do { words = try ShellWords.split(line) } catch { return [Diagnose.unterminatedQuote(text)] }
        guard let first = words.first else { return [role == .learner ? Diagnose.emptyCommand : Diagnose.emptyAction] }
        let args = Array(words.dropFirst())
        if first == "kubectl" || first == "k" { return checkKubectl(args, fileExists: fileExists) }
        switch role {
        case .action:
            guard LessonSyntax.actionWords.contains(first) else { return [Diagnose.notAnAction(first)] }
        case .learner:
            guard LessonSyntax.learnerSimCommands.contains(first) else { return [Diagnose.notALearnerCommand(first)] }
        }
        return checkSimulation(first, args)
    }

    static func checkSimulation(_ command: String, _ args: [String]) -> [String] {
        switch command {
        case "advance":
            guard args.count == 1 else { return [Diagnose.actionUsage("advance DURATION (30s, 5m, 1h30m)")] }
            guard let ms = try? GoDuration.parse(args[0]), ms >= 0 else { return [Diagnose.badDuration(args[0])] }
        case "settle", "step", "clock", "decisions", "map":
            guard args.isEmpty else { return [Diagnose.actionUsage(command)] }
        case "node":
            guard args.count == 2, ["add", "crash", "recover"].contains(args[0]) else {
                return [Diagnose.actionUsage("node add|crash|recover NAME")]
            }
        case "explain":
            guard args == ["on"] || args == ["off"] else { return [Diagnose.actionUsage("explain on|off")] }
        default:
            break
        }
        return []
    }

    static func checkKubectl(_ args: [String], fileExists: (String) -> Bool) -> [String] {
        let words = CanonicalCommand.movingLeadingGlobals(args)
        guard let verb = words.first else { return [] }
        var problems: [String] = []
        if !Kubectl.verbs.contains(verb) && !["help", "--help", "-h"].contains(verb) {
            problems.append(Diagnose.unknownKubectlVerb(verb))
        }
        for path in filenames(words) {
            if let problem = pathProblem(path) { problems.append(problem) } else if !fileExists(path) { problems.append(Diagnose.missingFile(path)) }
        }
        return problems
    }

    /// The values of `-f`/`--filename` (not `logs -f`, which follows).
    static func filenames(_ words: [String]) -> [String] {
        guard words.first != "logs" else { return [] }
        var out: [String] = []
        var i = 0
        while i < words.count {
            let w = words[i]
            if w == "--" { break }
            if (w == "-f" || w == "--filename"), i + 1 < words.count { out.append(words[i + 1]); i += 1 }
            else if w.hasPrefix("--filename=") { out.append(String(w.dropFirst("--filename=".count))) }
            else if w.hasPrefix("-f="), w.count > 3 { out.append(String(w.dropFirst(3))) }
            else if w.hasPrefix("-f"), w.count > 2, !w.hasPrefix("--") { out.append(String(w.dropFirst(2))) }
            i += 1
        }
        return out
    }

    /// Nil when `path` stays inside the lesson's folder; otherwise why it does not.
    public static func pathProblem(_ path: String) -> String? {
        if path.isEmpty || path.hasPrefix("/") || path.hasPrefix("~") || path == "-" || path.contains("://") {
            return Diagnose.fileOutsideFolder(path)
        }
        var depth = 0
        for part in path.split(separator: "/") {
            if part == ".." { depth -= 1 } else if part != "." { depth += 1 }
            if depth < 0 { return Diagnose.fileOutsideFolder(path) }
        }
        return nil
    }
}
