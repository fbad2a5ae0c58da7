import ClusterSim
import KubeModel

extension ContainerShell {
    /// One program. `inShell` words errors as the shell does (`sh: foo: not found`);
    /// outside a shell an unknown program is the runtime's error.
    mutating func command(_ program: String, _ args: [String], redirect: (String, Bool)?, inShell: Bool = false) -> Output {
        var out: Output
        let name = program.split(separator: "/").last.map(String.init) ?? program
        switch name {
        case "echo":
            var a = args
            var newline = true
            if a.first == "-n" { newline = false; a.removeFirst() }
            out = Output(stdout: a.joined(separator: " ") + (newline ? "\n" : ""))
        case "hostname": out = Output(stdout: (pod.spec.hostname ?? pod.metadata.name) + "\n")
        case "whoami": out = Output(stdout: "root\n")
        case "pwd": out = Output(stdout: "/\n")
        case "date": out = Output(stdout: Self.date(state.now) + "\n")
        case "sleep", "true", "touch":
            if name == "touch" {
                for f in args where read(f) == nil && write(f, "", append: true) != nil {
                    return Output(stderr: "touch: \(f): Read-only file system\n", exitCode: 1)
                }
            }
            out = Output()
        case "false": out = Output(exitCode: 1)
        case "env", "printenv": out = Output(stdout: environment().map { "\($0.0)=\($0.1)\n" }.joined())
        case "cat": out = cat(args)
        case "ls": out = ls(args)
        case "ps": out = ps()
        case "curl": out = curl(args)
        case "wget": out = wget(args)
        case "nc": out = nc(args)
        case "nslookup": out = nslookup(args)
        default:
            if inShell { return Output(stderr: "sh: \(program): not found\n", exitCode: 127) }
            let id = Synthesized.hex("exec/\(pod.metadata.uid)/\(program)", length: 64)
            return Output(stderr: "error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec \"\(id)\": OCI runtime exec failed: exec failed: unable to start container process: exec: \"\(program)\": executable file not found in $PATH: unknown\n", exitCode: -1)
        }
        if let (path, append) = redirect {
            if let e = write(path, out.stdout, append: append) { out.stderr += e; out.exitCode = 1 }
            out.stdout = ""
        }
        return out
    }

    func environment() -> [(String, String)] {
        var env: [(String, String)] = [("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
                                       ("HOSTNAME", pod.spec.hostname ?? pod.metadata.name)]
        env += container.env.map { ($0.name, $0.value ?? "") }
        env += [("KUBERNETES_SERVICE_PORT", "443"), ("KUBERNETES_SERVICE_PORT_HTTPS", "443"),
                ("KUBERNETES_PORT", "tcp://10.96.0.1:443"), ("KUBERNETES_PORT_443_TCP", "tcp://10.96.0.1:443"),
                ("KUBERNETES_PORT_443_TCP_PROTO", "tcp"), ("KUBERNETES_PORT_443_TCP_PORT", "443"),
                ("KUBERNETES_PORT_443_TCP_ADDR", "10.96.0.1"), ("KUBERNETES_SERVICE_HOST", "10.96.0.1"), ("HOME", "/root")]
        return env
    }

    func cat(_ args: [String]) -> Output {
        var out = Output()
        for f in args {
            if let text = read(f) { out.stdout += text }
            else if locate(f) != nil && (f.hasSuffix("/") || locate(f)!.path.isEmpty) { out.stderr += "cat: read error: Is a directory\n"; out.exitCode = 1 }
            else { out.stderr += "cat: can't open '\(f)': No such file or directory\n"; out.exitCode = 1 }
        }
        return out
    }

    func ls(_ args: [String]) -> Output {
        let paths = args.filter { !$0.hasPrefix("-") }
        var out = Output()
        for path in paths.isEmpty ? ["/"] : paths {
            if let (volume, rel) = locate(path) {
                let files = volumes[volume] ?? [:]
                if rel.isEmpty {
                    let names = Set(files.keys.map { String($0.split(separator: "/").first ?? "") })
                    out.stdout += names.sorted().map { $0 + "\n" }.joined()
                } else if files[rel] != nil {
                    out.stdout += path + "\n"
                } else {
                    out.stderr += "ls: \(path): No such file or directory\n"; out.exitCode = 1
                }
            } else if path == "/" {
                let mounts = container.volumeMounts.compactMap { $0.mountPath.split(separator: "/").first.map(String.init) }
                let base = ["bin", "dev", "etc", "home", "lib", "proc", "root", "sys", "tmp", "usr", "var"]
                out.stdout += Set(base + mounts).sorted().map { $0 + "\n" }.joined()
            } else if ["/tmp", "/home", "/root", "/var", "/etc", "/usr", "/bin"].contains(path) {
                continue
            } else {
                out.stderr += "ls: \(path): No such file or directory\n"; out.exitCode = 1
            }
        }
        return out
    }

    /// busybox `ps`: the container's main process as PID 1, then `ps` itself.
    func ps() -> Output {
        let main = container.command + container.args
        let argv = main.isEmpty ? Self.defaultCommand(container.image) : main
        return Output(stdout: "PID   USER     TIME  COMMAND\n    1 root      0:00 \(argv.joined(separator: " "))\n    7 root      0:00 ps\n")
    }

    static func defaultCommand(_ image: String) -> [String] {
        switch ImageCatalogue.reference(image).repository {
        case "nginx": return ["nginx: master process nginx -g daemon off;"]
        case "redis": return ["redis-server *:6379"]
        case "busybox": return ["sh"]
        default: return ["/app/server"]
        }
    }

    // MARK: network

    /// The pod (and container) that answers on `host:port`: this pod for `localhost`, any
    /// pod by its IP (the cluster network is flat).
    func answer(host: String, port: Int, path: String = "/") -> (body: String, found: Bool)? {
        var target: Pod? = nil
        var port = port
        if host == "localhost" || host == "127.0.0.1" || host == pod.status.podIP { target = pod }
        else if let resolved = state.resolve(host: host, from: pod.metadata.namespace) {
            // A Service name or ClusterIP: kube-proxy forwards to a ready endpoint.
            switch resolved {
            case .pod(let p): target = p
            case .service(let svc):
                guard let (p, targetPort) = state.route(svc, port: port) else { return ("", false) }
                target = p; port = targetPort
            }
        }
        else if host.first?.isNumber == true { target = state.pods.values.first { $0.status.podIP == host } }
        else { return nil }
        guard let target else { return ("", false) }
        for c in target.spec.containers {
            guard target.status.containerStatuses.first(where: { $0.name == c.name })?.state.isRunning == true,
                  c.command.isEmpty, let b = catalogue.behaviour(of: c.image), case .serve(let ports) = b.run, ports.contains(port) else { continue }
            return (response(container: c, pod: target, path: path), true)
        }
        return ("", false)
    }

    /// What the serving container answers. nginx serves `/usr/share/nginx/html`: its
    /// welcome page, or the files of a volume mounted there (403 for a directory without
    /// `index.html`, 404 for a missing file).
    func response(container c: Container, pod target: Pod, path rawPath: String) -> String {
        let ref = ImageCatalogue.reference(c.image)
        switch ref.repository {
        case "nginx":
            let version = ref.tag.split(separator: ".").count == 3 ? ref.tag : "1.27.4"
            var path = String(rawPath.prefix { $0 != "?" })
            if path.hasSuffix("/") { path += "index.html" }
            let root = "/usr/share/nginx/html"
            if let mount = c.volumeMounts.first(where: { $0.mountPath == root || $0.mountPath == root + "/" }) {
                let files = target.metadata.uid == pod.metadata.uid
                    ? volumes[mount.name] ?? [:]
                    : ContainerShell.volumeContents(pod: target, state: state, catalogue: catalogue)[mount.name] ?? [:]
                if let text = files[String(path.dropFirst())] { return text }
                return Self.nginxError(path.hasSuffix("/index.html") ? 403 : 404, version: version)
            }
            if path == "/index.html" { return Self.nginxWelcome }
            return Self.nginxError(404, version: version)
        case "my-app": return "Hello from my-app \(ref.tag) (pod \(target.metadata.name))\n"
        default: return ""
        }
    }

    static func nginxError(_ code: Int, version: String) -> String {
        let title = code == 403 ? "403 Forbidden" : "404 Not Found"
        return "<html>\n<head><title>\(title)</title></head>\n<body>\n<center><h1>\(title)</h1></center>\n<hr><center>nginx/\(version)</center>\n</body>\n</html>\n"
    }

    static let nginxWelcome = """
    <!DOCTYPE html>
    <html>
    <head>
    <title>Welcome to nginx!</title>
    <style>
    html { color-scheme: light dark; }
    body { width: 35em; margin: 0 auto;
    font-family: Tahoma, Verdana, Arial, sans-serif; }
    </style>
    </head>
    <body>
    <h1>Welcome to nginx!</h1>
    <p>If you see this page, the nginx web server is successfully installed and
    working. Further configuration is required.</p>

    <p>For online documentation and support please refer to
    <a href="http://nginx.org/">nginx.org</a>.<br/>
    Commercial support is available at
    <a href="http://nginx.com/">nginx.com</a>.</p>

    <p><em>Thank you for using nginx.</em></p>
    </body>
    </html>

    """

    /// `http://host:port/path` → host, port, path.
    static func parseURL(_ url: String) -> (host: String, port: Int, path: String)? {
        var rest = Substring(url)
        if rest.hasPrefix("http://") { rest = rest.dropFirst(7) }
        if rest.hasPrefix("https://") { return nil }
        let hostPort = rest.prefix { $0 != "/" }
        let path = rest.dropFirst(hostPort.count)
        let parts = hostPort.split(separator: ":")
        guard let host = parts.first.map(String.init), !host.isEmpty else { return nil }
        var port = 80
        if parts.count == 2 { guard let p = Int(parts[1]) else { return nil }; port = p }
        return (host, port, path.isEmpty ? "/" : String(path))
    }

    func curl(_ args: [String]) -> Output {
        var silent = false, showErrors = false
        var url: String? = nil
        for a in args {
            if a.hasPrefix("--") { if a == "--silent" { silent = true }; if a == "--show-error" { showErrors = true }; continue }
            if a.hasPrefix("-") { if a.contains("s") { silent = true }; if a.contains("S") { showErrors = true }; continue }
            url = a
        }
        guard let url else { return Output(stderr: "curl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2) }
        let meterHead = "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n"
        guard let (host, port, path) = Self.parseURL(url) else {
            return Output(stderr: silent && !showErrors ? "" : "curl: (1) Protocol not supported\n", exitCode: 1)
        }
        guard let (body, found) = answer(host: host, port: port, path: path) else {
            let msg = "curl: (6) Could not resolve host: \(host)\n"
            return Output(stderr: silent ? (showErrors ? msg : "") : meterHead + "  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n" + msg, exitCode: 6)
        }
        guard found else {
            let msg = "curl: (7) Failed to connect to \(host) port \(port) after 0 ms: Couldn't connect to server\n"
            return Output(stderr: silent ? (showErrors ? msg : "") : meterHead + "  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n" + msg, exitCode: 7)
        }
        if body.isEmpty {
            let msg = "curl: (52) Empty reply from server\n"
            return Output(stderr: silent ? (showErrors ? msg : "") : meterHead + msg, exitCode: 52)
        }
        let size = body.utf8.count
        let meter = meterHead + "100 \(String(repeating: " ", count: max(0, 5 - String(size).count)))\(size)  100 \(String(repeating: " ", count: max(0, 5 - String(size).count)))\(size)    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k\n"
        return Output(stdout: body, stderr: silent ? "" : meter)
    }

    /// The address a host name stands for, as the error of a refused connection names it:
    /// the Service's ClusterIP, a pod's IP, or the loopback address for localhost.
    func address(of host: String) -> String {
        if host == "localhost" { return "127.0.0.1" }
        switch state.resolve(host: host, from: pod.metadata.namespace) {
        case .service(let svc)?: return svc.spec.clusterIP ?? host
        case .pod(let p)?: return p.status.podIP ?? host
        case nil: return host
        }
    }

    func wget(_ args: [String]) -> Output {
        guard let url = args.last(where: { !$0.hasPrefix("-") }), let (host, port, path) = Self.parseURL(url) else {
            return Output(stderr: "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: wget [-cqS] [-O FILE] URL\n", exitCode: 1)
        }
        guard let (body, found) = answer(host: host, port: port, path: path) else {
            return Output(stderr: "wget: bad address '\(host)'\n", exitCode: 1)
        }
        guard found else {
            return Output(stderr: "wget: can't connect to remote host (\(address(of: host))): Connection refused\n", exitCode: 1)
        }
        let quiet = args.contains { $0.hasPrefix("-") && $0.contains("q") }
        return Output(stdout: body, stderr: quiet ? "" : "Connecting to \(host):\(port) (\(host):\(port))\nwriting to stdout\n")
    }

    /// `nc -z HOST PORT`: exit 0 when something accepts the connection (BusyBox nc).
    func nc(_ args: [String]) -> Output {
        let words = args.filter { !$0.hasPrefix("-") }
        guard words.count >= 2, let port = Int(words[1]) else {
            return Output(stderr: "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: nc [OPTIONS] HOST PORT  - connect\n", exitCode: 1)
        }
        guard let (_, found) = answer(host: words[0], port: port) else {
            return Output(stderr: "nc: bad address '\(words[0])'\n", exitCode: 1)
        }
        return found ? Output() : Output(exitCode: 1)
    }

    /// `nslookup NAME`: CoreDNS at 10.96.0.10 answers with the Service's ClusterIP, the ready
    /// pod IPs of a headless Service, or NXDOMAIN.
    func nslookup(_ args: [String]) -> Output {
        guard let name = args.last(where: { !$0.hasPrefix("-") }) else {
            return Output(stderr: "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n", exitCode: 1)
        }
        let head = "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n"
        guard let resolved = state.resolve(host: name, from: pod.metadata.namespace) else {
            let fqdn = name.contains(".") ? name : "\(name).\(pod.metadata.namespace).svc.cluster.local"
            return Output(stdout: head + "** server can't find \(fqdn): NXDOMAIN\n\n", exitCode: 1)
        }
        var fqdn: String, ips: [String]
        switch resolved {
        case .service(let s):
            fqdn = "\(s.metadata.name).\(s.metadata.namespace).svc.cluster.local"
            ips = s.spec.clusterIP == "None" ? state.endpoints(of: s).filter(\.ready).compactMap(\.pod.status.podIP) : [s.spec.clusterIP ?? ""]
        case .pod(let p):
            fqdn = "\(p.metadata.name).\(p.spec.subdomain ?? "").\(p.metadata.namespace).svc.cluster.local"
            ips = [p.status.podIP ?? ""]
        }
        if ips.isEmpty { return Output(stdout: head + "** server can't find \(fqdn): NXDOMAIN\n\n", exitCode: 1) }
        return Output(stdout: head + ips.map { "Name:\t\(fqdn)\nAddress: \($0)\n" }.joined() + "\n")
    }
}
