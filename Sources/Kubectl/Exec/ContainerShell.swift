import ClusterSim
import KubeModel

/// A tiny stand-in for the programs inside a container, enough for the commands lessons
/// use with `kubectl exec`: `hostname`, `env`, `ps`, `cat`, `ls`, `echo … > file`, `date`,
/// `curl`/`wget` to a port of the pod (containers of a pod share one network namespace),
/// and `sh -c '…'` scripts of those. Files live in the pod's emptyDir volumes, so what one
/// container writes the others see.
struct ContainerShell {
    let pod: Pod
    let container: Container
    let state: ClusterState
    let catalogue: ImageCatalogue
    /// Volume name → path → content, as the shell sees it; writes are recorded in `writes`.
    var volumes: [String: [String: String]]
    var writes: [(volume: String, path: String, content: String, append: Bool)] = []

    struct Output { var stdout = ""; var stderr = ""; var exitCode: Int32 = 0 }

    init(pod: Pod, container: Container, state: ClusterState, catalogue: ImageCatalogue) {
        self.pod = pod; self.container = container; self.state = state; self.catalogue = catalogue
        self.volumes = ContainerShell.volumeContents(pod: pod, state: state, catalogue: catalogue)
    }

    /// The files of every emptyDir volume: those the containers' own start commands wrote,
    /// then those written with `kubectl exec`.
    static func volumeContents(pod: Pod, state: ClusterState, catalogue: ImageCatalogue) -> [String: [String: String]] {
        var volumes: [String: [String: String]] = [:]
        for v in pod.spec.volumes where v.source == .emptyDir { volumes[v.name] = [:] }
        for c in pod.spec.containers + pod.spec.initContainers where hasStarted(c.name, pod: pod) {
            guard let script = startScript(c) else { continue }
            var shell = ContainerShell(pod: pod, container: c, state: state, catalogue: catalogue, volumes: volumes)
            _ = shell.script(script, startup: true)
            volumes = shell.volumes
        }
        for (volume, files) in state.volumeFiles[pod.metadata.uid] ?? [:] {
            for (path, content) in files { volumes[volume, default: [:]][path] = content }
        }
        // Claim-backed volumes: their files belong to the claim and outlive any pod.
        for v in pod.spec.volumes {
            guard case .persistentVolumeClaim = v.source else { continue }
            volumes[v.name, default: [:]] = volumes[v.name] ?? [:]
            let key = state.volumeStorage(pod: pod, volume: v.name)
            for (path, content) in state.volumeFiles[key]?[v.name] ?? [:] { volumes[v.name, default: [:]][path] = content }
        }
        return volumes
    }

    private init(pod: Pod, container: Container, state: ClusterState, catalogue: ImageCatalogue, volumes: [String: [String: String]]) {
        self.pod = pod; self.container = container; self.state = state; self.catalogue = catalogue; self.volumes = volumes
    }

    static func hasStarted(_ name: String, pod: Pod) -> Bool {
        guard let cs = (pod.status.containerStatuses + pod.status.initContainerStatuses).first(where: { $0.name == name }) else { return false }
        return cs.state.isRunning || cs.state.exitCode != nil || cs.lastState != nil
    }

    /// The script a container runs at start, when its command is `sh -c '…'` (or plain words).
    static func startScript(_ c: Container) -> String? {
        let argv = c.command + c.args
        guard !argv.isEmpty else { return nil }
        if ["sh", "/bin/sh", "bash", "/bin/bash"].contains(argv[0]), argv.count >= 3, argv[1] == "-c" { return argv[2] }
        return argv.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
    }

    // MARK: running commands

    /// Runs one program with its arguments (what `kubectl exec POD -- ARGV…` asks for).
    mutating func exec(_ argv: [String]) -> Output {
        guard let program = argv.first else { return Output() }
        let args = Array(argv.dropFirst())
        switch program {
        case "sh", "/bin/sh", "bash", "/bin/bash", "ash":
            if args.count >= 2 && args[0] == "-c" { return script(args[1], startup: false) }
            // Without a terminal attached the shell reads an empty stdin and exits at once.
            return Output()
        default:
            return command(program, args, redirect: nil)
        }
    }

    /// `sh -c SCRIPT`: statements separated by `;`, `&&`, `||` or newlines; `while true;
    /// do …; done` runs its body once (the simulation does not loop forever).
    mutating func script(_ text: String, startup: Bool) -> Output {
        var out = Output()
        let flat = text.replacingAll("\n", with: ";")
        var last: Int32 = 0
        var skipNext = false
        for (statement, op) in Self.split(flat) {
            var trimmed = statement.trimmingSpaces
            if trimmed.hasPrefix("do ") { trimmed = String(trimmed.dropFirst(3)).trimmingSpaces }
            if trimmed.isEmpty || trimmed == "done" || trimmed.hasPrefix("while ") { continue }
            if skipNext { skipNext = false; continue }
            guard var words = try? ShellWords.split(trimmed) else {
                out.stderr += "sh: syntax error: unterminated quoted string\n"; out.exitCode = 2; return out
            }
            words = words.map(expand)
            var redirect: (String, Bool)? = nil
            if let i = words.firstIndex(where: { $0 == ">" || $0 == ">>" }), i + 1 < words.count {
                redirect = (words[i + 1], words[i] == ">>")
                words.removeSubrange(i...(i + 1))
            } else if let i = words.firstIndex(where: { $0.hasPrefix(">") }) {
                let append = words[i].hasPrefix(">>")
                redirect = (String(words[i].dropFirst(append ? 2 : 1)), append)
                words.remove(at: i)
            }
            words.removeAll { $0 == "2>&1" }
            guard let program = words.first else { continue }
            if program == "exit" { out.exitCode = Int32(words.dropFirst().first.flatMap { Int32($0) } ?? last); return out }
            if program == "while" || program == "true" || program == ":" { last = 0; continue }
            if program == "false" { last = 1; if op == "&&" { skipNext = true }; continue }
            let r = command(program, Array(words.dropFirst()), redirect: redirect, inShell: true)
            out.stdout += r.stdout; out.stderr += r.stderr
            last = r.exitCode
            if op == "&&" && last != 0 { skipNext = true }
            if op == "||" && last == 0 { skipNext = true }
        }
        out.exitCode = last
        return out
    }

    private static func split(_ text: String) -> [(String, String)] {
        var parts: [(String, String)] = []
        var current = "", quote: Character? = nil
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if let q = quote { current.append(c); if c == q { quote = nil }; i += 1; continue }
            if c == "'" || c == "\"" { quote = c; current.append(c); i += 1; continue }
            if c == ";" { parts.append((current, ";")); current = ""; i += 1; continue }
            if (c == "&" || c == "|") && i + 1 < chars.count && chars[i + 1] == c {
                parts.append((current, String([c, c]))); current = ""; i += 2; continue
            }
            current.append(c); i += 1
        }
        parts.append((current, ";"))
        return parts
    }

    private func expand(_ word: String) -> String {
        var w = word
        for (from, to) in [("$(hostname)", pod.spec.hostname ?? pod.metadata.name), ("$HOSTNAME", pod.spec.hostname ?? pod.metadata.name),
                           ("${HOSTNAME}", pod.spec.hostname ?? pod.metadata.name), ("$(date)", Self.date(state.now))] {
            while let r = w.firstRange(of: from) { w.replaceSubrange(r, with: to) }
        }
        for e in container.env {
            for from in ["${\(e.name)}", "$\(e.name)"] { while let r = w.firstRange(of: from) { w.replaceSubrange(r, with: e.value ?? "") } }
        }
        return w
    }

    /// busybox `date`: `Mon Mar  3 09:00:00 UTC 2025`.
    static func date(_ t: Instant) -> String {
        let c = CivilTime(t)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func p2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let day = c.day < 10 ? " \(c.day)" : "\(c.day)"
        return "\(days[c.weekday]) \(months[c.month - 1]) \(day) \(p2(c.hour)):\(p2(c.minute)):\(p2(c.second)) UTC \(c.year)"
    }

    // MARK: files

    /// The emptyDir volume and path inside it that an absolute path falls in.
    func locate(_ path: String) -> (volume: String, path: String)? {
        var best: (String, String, Int)? = nil
        for m in container.volumeMounts where volumes[m.name] != nil {
            let mount = m.mountPath.hasSuffix("/") ? String(m.mountPath.dropLast()) : m.mountPath
            if path == mount || path.hasPrefix(mount + "/") {
                let rel = path == mount ? "" : String(path.dropFirst(mount.count + 1))
                if best == nil || mount.count > best!.2 { best = (m.name, rel, mount.count) }
            }
        }
        return best.map { ($0.0, $0.1) }
    }

    mutating func write(_ path: String, _ content: String, append: Bool) -> String? {
        guard let (volume, rel) = locate(path), !rel.isEmpty else {
            return path.hasPrefix("/tmp/") || path.hasPrefix("/dev/") ? nil : "sh: can't create \(path): Read-only file system\n"
        }
        volumes[volume, default: [:]][rel] = (append ? (volumes[volume]?[rel] ?? "") : "") + content
        writes.append((volume, rel, content, append))
        return nil
    }

    func read(_ path: String) -> String? {
        guard let (volume, rel) = locate(path) else { return nil }
        return volumes[volume]?[rel]
    }
}
