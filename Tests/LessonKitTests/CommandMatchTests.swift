import Testing
@testable import LessonKit

@Suite struct CommandMatchTests {
    @Test(arguments: [
        ("kubectl get pods", "kubectl get po"),
        ("kubectl get pods", "k get pod"),
        ("kubectl get pods", "kubectl get pods -o wide"),
        ("kubectl get pods", "kubectl get pods --show-labels"),
        ("kubectl get pods", "kubectl get pods -n default"),
        ("kubectl get pods", "kubectl -n default get pods"),
        ("kubectl get pods -l app=web", "kubectl get pods --selector=app=web"),
        ("kubectl get pods -l app=web,tier=fe", "kubectl get po -l tier=fe,app=web"),
        ("kubectl get pods,deployments", "kubectl get deploy,po"),
        ("kubectl get pod my-debug-pod", "kubectl get pods/my-debug-pod"),
        ("kubectl get pod my-debug-pod", "kubectl get po my-debug-pod"),
        ("kubectl describe deployment web", "kubectl describe deploy/web"),
        ("kubectl describe deployment web", "kubectl describe deployments.apps web"),
        ("kubectl delete pod a b", "kubectl delete pods b a"),
        ("kubectl run my-debug-pod --image=busybox -- sleep 3600", "kubectl run my-debug-pod --image busybox -- sleep 3600"),
        ("kubectl run my-debug-pod --image=busybox -- sleep 3600", "k run --image=busybox my-debug-pod -- sleep 3600"),
        ("kubectl create deployment web --image=nginx --replicas=3", "kubectl create deploy web --replicas 3 --image nginx"),
        ("kubectl create deployment web --image=nginx --replicas=3", "kubectl create deployment web -r 3 --image=nginx"),
        ("kubectl scale deployment web --replicas=5", "kubectl scale deploy/web --replicas 5"),
        ("kubectl set image deployment/web nginx=nginx:1.27", "kubectl set image deploy web nginx=nginx:1.27"),
        ("kubectl rollout status deployment/web", "kubectl rollout status deploy web -w"),
        ("kubectl logs my-debug-pod", "kubectl logs pod/my-debug-pod"),
        ("kubectl expose deployment web --port=80", "kubectl expose deploy/web --port 80"),
        ("kubectl get services", "kubectl get svc"),
        ("kubectl cordon node-2", "kubectl cordon node/node-2"),
        ("advance 1m", "advance 60s"),
        ("why pod/web", "why pod web"),
        ("node crash node-2", "node crash node-2"),
    ])
    func spellingsThatMeanTheSameMatch(expected: String, typed: String) {
        #expect(CommandMatch.compare(expected: expected, typed: typed) == .same)
    }

    @Test(arguments: [
        ("kubectl run my-debug-pod --image=busybox -- sleep 3600", "kubectl run my-debug-pod --image=nginx -- sleep 3600", "`--image` should be busybox, not nginx"),
        ("kubectl run my-debug-pod --image=busybox -- sleep 3600", "kubectl run my-debug-pod --image=busybox", "after `--` it runs `sleep 3600`"),
        ("kubectl create deployment web --image=nginx --replicas=3", "kubectl create deployment web --image=nginx", "it also needs `--replicas=3`"),
        ("kubectl create deployment web --image=nginx", "kubectl create deployment web --image=nginx --port=80", "`--port=80` is not part of it"),
        ("kubectl create deployment web --image=nginx", "kubectl create deployment webb --image=nginx", "`web` instead of `webb`"),
        ("kubectl get pods -l app=web", "kubectl get pods", "it also needs `--selector=app=web`"),
        ("kubectl get pods -o yaml", "kubectl get pods", "it also needs `--output=yaml`"),
        ("kubectl delete pod a", "kubectl delete deployment a", "it works on pod/a, not deployment/a"),
        ("kubectl run p --image=busybox", "kubectl delete pod p", "this step asks for `kubectl run`, not `kubectl delete`"),
        ("kubectl get pods", "advance 5s", "this step asks for a `kubectl` command"),
        ("advance 1m", "advance 2m", "`60000ms` instead of `120000ms`"),
    ])
    func differencesAreNamedForTheLearner(expected: String, typed: String, why: String) {
        #expect(CommandMatch.compare(expected: expected, typed: typed) == .different(why))
    }

    @Test(arguments: [
        ("kubectl get pods", true), ("kubectl describe pod x", true), ("kubectl logs x", true),
        ("kubectl rollout status deploy/web", true), ("map", true), ("why pod/x", true), ("decisions", true),
        ("kubectl delete pod x", false), ("kubectl rollout undo deploy/web", false), ("advance 5s", false),
        ("node crash node-1", false), ("kubectl create deployment web --image=nginx", false),
    ])
    func lookingCommandsAreToldApartFromOnesThatChangeTheCluster(line: String, looking: Bool) {
        #expect(CommandMatch.isLooking(line) == looking)
    }
}
