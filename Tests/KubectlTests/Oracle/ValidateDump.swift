import Foundation
import Testing
@testable import Kubectl

/// Hand-run: with `KUBETUTOR_VALIDATE_DIR` set, writes every object of a small busy cluster
/// (and the dry-run generators) as YAML files there, for
/// `kubernetes-validate --strict -k 1.32.0 DIR/*.yaml` to check against the real schemas.
@Suite struct ValidateDump {
    static let dir = ProcessInfo.processInfo.environment["KUBETUTOR_VALIDATE_DIR"]

    @Test(.enabled(if: dir != nil)) func dumpObjects() throws {
        var t = Transcript(files: ["shared.yaml": """
        apiVersion: v1
        kind: Pod
        metadata:
          name: shared
        spec:
          volumes:
          - name: data
            emptyDir: {}
          containers:
          - name: writer
            image: busybox
            command: ["sh", "-c", "echo hi > /data/x; sleep 3600"]
            env:
            - name: MODE
              value: demo
            resources:
              requests: {cpu: 100m, memory: 64Mi}
              limits: {cpu: 200m, memory: 128Mi}
            readinessProbe:
              httpGet: {path: /healthz, port: 8080}
            volumeMounts:
            - name: data
              mountPath: /data
          - name: web
            image: nginx:1.27
            ports:
            - containerPort: 80
        """])
        _ = t.run("""
        kubectl create deployment web --image=nginx --replicas=2 --port=80
        kubectl run solo --image=busybox --restart=Never -- sleep 10
        kubectl run broken --image=nginx:nope
        kubectl apply -f shared.yaml
        kubectl create namespace dev
        advance 1m
        kubectl cordon node-1
        kubectl delete pod solo
        """)
        var n = 0
        func write(_ text: String) throws {
            n += 1
            try text.write(toFile: "\(Self.dir!)/obj\(n).yaml", atomically: true, encoding: .utf8)
        }
        for verb in ["pods", "deployments", "replicasets", "nodes", "namespaces", "services", "events"] {
            for item in (t.kubectl.run(["get", verb, "-A", "-o", "name"]).stdout.split(separator: "\n")) {
                let parts = item.split(separator: "/")
                let obj = t.kubectl.run(["get", String(item), "-A", "-o", "yaml"]).stdout
                _ = parts
                if !obj.isEmpty { try write(obj) }
            }
            try write(t.kubectl.run(["get", verb, "-A", "-o", "yaml"]).stdout)
        }
        for line in ["create deployment g --image=nginx --port=80 --replicas=3 --dry-run=client -o yaml",
                     "run g --image=nginx --port=80 --env=A=b --labels=x=y --dry-run=client -o yaml -- sleep 1",
                     "create namespace g --dry-run=client -o yaml"] {
            try write(t.kubectl.run(line.split(separator: " ").map(String.init)).stdout)
        }
        #expect(n > 10)
    }
}
