import KubeModel

/// Runs a container's command on a virtual clock, the way busybox `sh` would, to find out what
/// it prints, when it exits and with which code. `sleep` moves the clock; a loop whose state
/// stops changing runs forever, printing one round of output every period.
enum ShellRunner {
    /// Commands the simulated images are known to have (busybox applets and the like).
    static let applets: Set<String> = [
        "sh", "ash", "sleep", "echo", "printf", "date", "hostname", "env", "printenv", "true", "false", ":",
        "touch", "rm", "mkdir", "ls", "cat", "cp", "mv", "chmod", "nc", "wget", "tail", "yes", "test", "[",
        "nslookup", "stress", "exit", "export", "cd", "set", "trap", "wait", "unset",
    ]

    static func plan(argv: [String], env: [String: String], start: Instant, base: ProcessPlan, hasBash: Bool = false) -> ProcessPlan {
        var m = Machine(plan: base, env: env, start: start)
        m.plan.servesPorts = []
        m.plan.handlesSIGTERM = false
        let name = ProcessPlanner.basename(argv[0])
        if name == "sh" || name == "ash" || (name == "bash" && hasBash) {
            if argv.count >= 3 && argv[1] == "-c" {
                _ = m.run(ShellParser.parse(argv[2]))
            } else if argv.count == 2 && argv[1] == "-c" {
                m.say("\(name): -c requires an argument"); m.status = 2
            } else if argv.count >= 2 {
                m.say(name == "bash" ? "bash: \(argv[1]): No such file or directory" : "\(name): can't open '\(argv[1])': No such file or directory")
                m.status = name == "bash" ? 127 : 2
            }
            // `sh` alone reads end-of-file from the empty stdin and exits 0.
        } else if applets.contains(name) {
            let words = argv.map { ShellWord(pieces: [.text($0)]) }
            _ = m.run(.command(words: words, redirect: nil))
        } else {
            m.plan.startError = ProcessPlanner.execNotFound(argv[0])
            return m.plan
        }
        if !m.forever { m.plan.exit = (m.offset, m.exitCode ?? m.status) }
        m.plan.handlesSIGTERM = m.trapsTERM
        return m.plan
    }

    struct Machine {
        var plan: ProcessPlan
        var env: [String: String]
        let start: Instant
        var offset: Millis = 0
        var status = 0
        var exitCode: Int? = nil
        var forever = false
        var trapsTERM = false
        var files: [String: Bool] = [:]
        var budget = 20_000

        var stopped: Bool { forever || exitCode != nil || budget <= 0 }

        mutating func say(_ text: String) { plan.lines.append(ProcessPlan.Line(offset: offset, text: text)) }

        mutating func setFile(_ path: String, _ exists: Bool) {
            files[path] = exists
            plan.files.append(ProcessPlan.FileChange(offset: offset, path: path, exists: exists))
        }

        mutating func expand(_ word: ShellWord) -> String {
            var out = ""
            for p in word.pieces {
                switch p {
                case .text(let t): out += t
                case .variable(let v): out += v == "?" ? String(status) : env[v] ?? ""
                case .substitution(let inner):
                    let words = inner.split(separator: " ").map(String.init)
                    switch words.first {
                    case "date": out += ShellText.date(start + offset)
                    case "hostname": out += env["HOSTNAME"] ?? ""
                    default: break
                    }
                }
            }
            return out
        }

        @discardableResult
        mutating func run(_ node: ShellNode) -> Int {
            if stopped { return status }
            budget -= 1
            switch node {
            case .sequence(let items):
                for item in items { run(item); if stopped { break } }
            case .and(let a, let b):
                if run(a) == 0, !stopped { run(b) }
            case .or(let a, let b):
                if run(a) != 0, !stopped { run(b) }
            case .conditional(let cond, let then, let otherwise):
                if run(cond) == 0 { run(then) } else if let otherwise { run(otherwise) } else { status = 0 }
            case .forEach(let variable, let items, let body):
                let values = items.flatMap { expand($0).split(separator: " ").map(String.init) }
                for v in values {
                    env[variable] = v
                    run(body)
                    if stopped { break }
                }
            case .loop(let isUntil, let cond, let body):
                runLoop(isUntil: isUntil, cond: cond, body: body)
            case .command(let words, let redirect):
                let argv = words.map { expand($0) }
                let target = redirect.map { expand($0) }
                status = command(argv, redirectTo: target)
            }
            return status
        }

        /// Runs a loop; when one round leaves files and variables as they were, every later
        /// round will do the same, so the loop never ends: its output repeats each period.
        mutating func runLoop(isUntil: Bool, cond: ShellNode, body: ShellNode) {
            if isUntil, case .command(let words, nil) = cond {
                let argv = words.map { expand($0) }
                if argv.first == "nc", argv.contains("-z"), argv.count >= 4, let port = Int(argv[argv.count - 1]) {
                    waitForConnection(host: argv[argv.count - 2], port: port, body: body)
                    return
                }
            }
            var rounds = 0
            while !stopped {
                let before = (offset: offset, lines: plan.lines.count, files: files, env: env)
                let c = run(cond)
                if stopped { return }
                if isUntil ? c == 0 : c != 0 { status = 0; return }
                run(body)
                if stopped { return }
                rounds += 1
                if files == before.files && env == before.env {
                    let period = offset - before.offset
                    if period > 0 {
                        let round = plan.lines[before.lines...].map { ProcessPlan.Line(offset: $0.offset - before.offset, text: $0.text) }
                        if !round.isEmpty { plan.repeating = ProcessPlan.Repeating(lines: round, period: period, firstOffset: offset) }
                    }
                    forever = true
                    return
                }
                if rounds > 1_000 { forever = true; return }
            }
        }

        /// `until nc -z HOST PORT; do …; done`, the seed's wait-for-a-database pattern: whether
        /// it ends depends on the cluster, which the plan cannot know, so the plan records the
        /// wait and one round of the body (its period and output) and the kubelet does the
        /// checking. What follows the loop in the script is not modelled; an init container
        /// that waits like this ends with the loop.
        mutating func waitForConnection(host: String, port: Int, body: ShellNode) {
            let start = (offset: offset, lines: plan.lines.count)
            run(body)
            let period = max(1000, offset - start.offset)
            let round = plan.lines[start.lines...].map { ProcessPlan.Line(offset: $0.offset - start.offset, text: $0.text) }
            plan.lines.removeSubrange(start.lines...)
            offset = start.offset
            if !round.isEmpty { plan.repeating = ProcessPlan.Repeating(lines: round, period: period, firstOffset: start.offset) }
            plan.waitsFor = ProcessPlan.NetworkWait(host: host, port: port, firstPoll: start.offset, period: period)
            forever = true
        }

        /// One simple command; returns its exit status.
        mutating func command(_ argv: [String], redirectTo target: String?) -> Int {
            guard let first = argv.first else { return 0 }
            if argv.count == 1, let eq = first.firstIndex(of: "="), eq != first.startIndex,
               first[..<eq].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                env[String(first[..<eq])] = String(first[first.index(after: eq)...])
                return 0
            }
            let args = Array(argv.dropFirst())
            var output: [String] = []
            var code = 0
            switch ProcessPlanner.basename(first) {
            case "sleep":
                guard let arg = args.first else { output = ["sleep: missing operand"]; code = 1; break }
                if arg == "infinity" { forever = true; return 0 }
                guard let ms = ShellText.duration(arg) else { output = ["sleep: invalid number '\(arg)'"]; code = 1; break }
                offset += ms
            case "echo":
                var rest = args
                var escapes = false
                while let f = rest.first, f == "-n" || f == "-e" || f == "-ne" || f == "-en" { escapes = escapes || f.contains("e"); rest.removeFirst() }
                let text = rest.joined(separator: " ")
                output = escapes ? ShellText.unescape(text) : [text]
            case "printf":
                var text = args.first ?? ""
                for a in args.dropFirst() {
                    if let r = ShellText.find("%s", in: text) ?? ShellText.find("%d", in: text) { text.replaceSubrange(r, with: a) }
                }
                output = ShellText.unescape(text).filter { !$0.isEmpty }
            case "date": output = [ShellText.date(start + offset)]
            case "hostname": output = [env["HOSTNAME"] ?? ""]
            case "env", "printenv":
                if let v = args.first { if let value = env[v] { output = [value] } else { code = 1 } }
                else { output = env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } }
            case "true", ":", "cd", "mkdir", "ls", "cp", "mv", "chmod", "wait", "set", "unset": break
            case "false": code = 1
            case "cat":
                if let f = args.first(where: { !$0.hasPrefix("-") }), files[f] != true {
                    output = ["cat: can't open '\(f)': No such file or directory"]; code = 1
                }
            case "test", "[": code = test(args.filter { $0 != "]" }) ? 0 : 1
            case "exit":
                exitCode = args.first.flatMap { Int($0) } ?? status
                return exitCode!
            case "export":
                for a in args { _ = command([a], redirectTo: nil) }
            case "trap":
                if args.dropFirst().contains(where: { ["TERM", "SIGTERM", "15"].contains($0) }) { trapsTERM = true }
            case "touch":
                for f in args where !f.hasPrefix("-") { setFile(f, true) }
            case "rm":
                for f in args where !f.hasPrefix("-") { setFile(f, false) }
            case "nc": code = 1 // nothing in the simulation answers TCP connections yet
            case "wget":
                let url = args.last(where: { !$0.hasPrefix("-") }) ?? ""
                let host = ShellText.replace("http://", with: "", in: url).split(separator: "/").first.map(String.init) ?? url
                output = ["wget: bad address '\(host.split(separator: ":").first.map(String.init) ?? host)'"]; code = 1
            case "nslookup": code = 1
            case "tail":
                if args.contains("-f") || args.contains("-F") { forever = true; return 0 }
            case "yes": forever = true; return 0
            case "stress":
                if let i = args.firstIndex(of: "--vm-bytes"), i + 1 < args.count, let bytes = ShellText.bytes(args[i + 1]) {
                    plan.memoryBytes = max(plan.memoryBytes, bytes + (1 << 20))
                }
                output = ["stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd"]
                for line in output { say(line) }
                forever = true
                return 0
            case "sh", "ash":
                if args.count >= 2, args[0] == "-c" { return run(ShellParser.parse(args[1])) }
            default:
                output = ["sh: \(first): not found"]; code = 127
            }
            if let target, !target.isEmpty, target != "/dev/null", target != "/dev/stdout" {
                if target != "/dev/stderr" { setFile(target, true) } else { for line in output { say(line) } }
            } else if target == nil || target == "/dev/stdout" {
                for line in output { say(line) }
            }
            return code
        }

        func test(_ a: [String]) -> Bool {
            switch a.count {
            case 0: return false
            case 1: return !a[0].isEmpty
            case 2:
                if a[0] == "!" { return !test([a[1]]) }
                switch a[0] {
                case "-f", "-e", "-r", "-s": return files[a[1]] == true
                case "-d": return ["/", "/tmp", "/etc", "/var", "/root"].contains(a[1])
                case "-n": return !a[1].isEmpty
                case "-z": return a[1].isEmpty
                default: return false
                }
            default:
                if a[0] == "!" { return !test(Array(a.dropFirst())) }
                let l = a[0], op = a[1], r = a[2]
                switch op {
                case "=", "==": return l == r
                case "!=": return l != r
                case "-eq", "-ne", "-lt", "-le", "-gt", "-ge":
                    guard let x = Int(l), let y = Int(r) else { return false }
                    switch op { case "-eq": return x == y; case "-ne": return x != y; case "-lt": return x < y
                    case "-le": return x <= y; case "-gt": return x > y; default: return x >= y }
                default: return false
                }
            }
        }
    }
}
