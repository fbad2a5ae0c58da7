import Testing
@testable import Kubectl

/// `--dry-run=client` outputs, byte for byte, against captures of real kubectl v1.32.4
/// (copied from the fidelity notes; stdout and stderr together, then the exit status).
@Suite struct DryRunGoldenTests {
    static let captured: [(String, String, Int32)] = [
        (#"kubectl create deployment my-web --image=nginx --dry-run=client -o yaml"#, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: my-web\n  name: my-web\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: my-web\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: my-web\n    spec:\n      containers:\n      - image: nginx\n        name: nginx\n        resources: {}\nstatus: {}\n", 0),
        (#"kubectl create deployment my-web --image=nginx --port=80 --dry-run=client -o json"#, "{\n    \"kind\": \"Deployment\",\n    \"apiVersion\": \"apps/v1\",\n    \"metadata\": {\n        \"name\": \"my-web\",\n        \"creationTimestamp\": null,\n        \"labels\": {\n            \"app\": \"my-web\"\n        }\n    },\n    \"spec\": {\n        \"replicas\": 1,\n        \"selector\": {\n            \"matchLabels\": {\n                \"app\": \"my-web\"\n            }\n        },\n        \"template\": {\n            \"metadata\": {\n                \"creationTimestamp\": null,\n                \"labels\": {\n                    \"app\": \"my-web\"\n                }\n            },\n            \"spec\": {\n                \"containers\": [\n                    {\n                        \"name\": \"nginx\",\n                        \"image\": \"nginx\",\n                        \"ports\": [\n                            {\n                                \"containerPort\": 80\n                            }\n                        ],\n                        \"resources\": {}\n                    }\n                ]\n            }\n        },\n        \"strategy\": {}\n    },\n    \"status\": {}\n}\n", 0),
        (#"kubectl create deployment my-web --image=nginx --replicas=3 --dry-run=client -o yaml"#, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: my-web\n  name: my-web\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: my-web\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: my-web\n    spec:\n      containers:\n      - image: nginx\n        name: nginx\n        resources: {}\nstatus: {}\n", 0),
        (#"kubectl create deployment my-web --image=nginx --replicas=3 --dry-run=client"#, "deployment.apps/my-web created (dry run)\n", 0),
        (#"kubectl create deployment web --image=registry.example.com/team/my-app:1.2 --dry-run=client -o yaml"#, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: web\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: web\n    spec:\n      containers:\n      - image: registry.example.com/team/my-app:1.2\n        name: my-app\n        resources: {}\nstatus: {}\n", 0),
        (#"kubectl create deployment multi --image=nginx --image=redis --dry-run=client -o yaml"#, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: multi\n  name: multi\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: multi\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: multi\n    spec:\n      containers:\n      - image: nginx\n        name: nginx\n        resources: {}\n      - image: redis\n        name: redis\n        resources: {}\nstatus: {}\n", 0),
        (#"kubectl create deployment my-web --image=nginx --dry-run=client -o wide"#, "error: unable to match a printer suitable for the output format \"wide\", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n", 1),
        (#"kubectl create deployment my-web --image=nginx --dry-run=client -o jsonpath={.metadata.name}"#, "my-web", 0),
        (#"kubectl create deployment my-web --image=nginx --dry-run=client -o name"#, "deployment.apps/my-web\n", 0),
        (#"kubectl create deployment My_Web --image=nginx --dry-run=client"#, "deployment.apps/My_Web created (dry run)\n", 0),
        (#"kubectl create namespace dev --dry-run=client"#, "namespace/dev created (dry run)\n", 0),
    ]

    @Test func everyCaptureMatches() throws {
        for (line, expected, code) in Self.captured {
            let t = Transcript()
            let words = try ShellWords.split(line)
            let r = t.kubectl.run(Array(words.dropFirst()))
            #expect(r.stdout + r.stderr == expected, "\(line)")
            #expect(r.exitCode == code, "\(line)")
        }
    }
}

/// `--dry-run=true` still works, with the klog deprecation line kubectl writes to stderr
/// (timestamp from the simulated clock).
@Suite struct DryRunDeprecationTests {
    @Test(arguments: [
        ("--dry-run=true", "--dry-run=true is deprecated (boolean value) and can be replaced with --dry-run=client.", "deployment.apps/my-web created (dry run)\n"),
        ("--dry-run", "--dry-run is deprecated and can be replaced with --dry-run=client.", "deployment.apps/my-web created (dry run)\n"),
        ("--dry-run=false", "--dry-run=false is deprecated (boolean value) and can be replaced with --dry-run=none.", "deployment.apps/my-web created\n"),
    ])
    func booleanDryRunIsDeprecated(_ flag: String, _ warning: String, _ stdout: String) {
        let t = Transcript()
        let r = t.kubectl.run(["create", "deployment", "my-web", "--image=nginx", flag])
        #expect(r.stdout == stdout)
        #expect(r.stderr == "W0303 09:00:00.000000    4242 helpers.go:716] \(warning)\n")
    }
}
