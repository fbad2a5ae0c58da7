import Testing
import ClusterSim
@testable import Shell

@Suite struct CompletionTests {
    static func session() -> Session {
        let s = Session(options: SessionOptions())
        _ = s.handle(line: "kubectl create deployment my-web --image=nginx --replicas=2")
        _ = s.handle(line: "settle")
        return s
    }

    static func completer(_ s: Session) -> Completer {
        Completer(sim: s.sim, listDirectory: { dir in
            dir == "." ? [("web.yaml", false), ("notes.txt", false), ("manifests", true), (".hidden.yaml", false)]
                       : dir == "manifests/" ? [("pod.yaml", false)] : []
        })
    }

    @Test(arguments: [
        ("", "k", ["k", "kubectl"]),
        ("", "se", ["settle"]),
        ("kubectl ", "g", ["get"]),
        ("kubectl ", "ro", ["rollout"]),
        ("kubectl get ", "po", ["pods"]),
        ("kubectl get ", "deploy", ["deployments"]),
        ("kubectl create ", "de", ["deployment"]),
        ("kubectl rollout ", "u", ["undo"]),
        ("kubectl get pods ", "--show", ["--show-labels"]),
        ("kubectl get pods ", "--out", ["--output="]),
        ("kubectl get pods -o ", "ya", ["yaml"]),
        ("kubectl get pods -n ", "kube-s", ["kube-system"]),
        ("kubectl apply -f ", "", ["manifests/", "web.yaml"]),
        ("kubectl apply -f ", "manifests/", ["manifests/pod.yaml"]),
        ("node ", "c", ["crash"]),
        ("node crash ", "node-", ["node-1", "node-2", "node-3"]),
        ("explain ", "o", ["off", "on"]),
        ("timeline ", "deployment/", ["deployment/my-web"]),
        ("kubectl delete deployment ", "my", ["my-web"]),
    ])
    func offers(before: String, word: String, expected: [String]) {
        #expect(Self.completer(Self.session()).candidates(before: before, word: word) == expected)
    }

    @Test func completesNamesOfPodsThatExistNow() {
        let s = Self.session()
        let names = Self.completer(s).candidates(before: "kubectl delete pod ", word: "my-web-")
        #expect(names.count == 2)
        #expect(names.allSatisfy { $0.hasPrefix("my-web-") })
        let paths = Self.completer(s).candidates(before: "why ", word: "pod/my")
        #expect(paths.count == 2 && paths.allSatisfy { $0.hasPrefix("pod/my-web-") })
    }
}
