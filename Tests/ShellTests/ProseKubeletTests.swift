import Testing
@testable import ClusterSim
import KubeModel
@testable import Shell

@Suite("Prose: kubelet")
struct ProseKubeletTests {
    static let pod = ObjectKey("default", "web-7d9f")

    @Test(arguments: [
        (KubeletReason.sandboxCreated(pod: pod, node: "node-2", ip: "10.244.2.5"),
         "Pod web-7d9f is assigned to this node, so I create its sandbox and give it IP 10.244.2.5; all its containers share that address."),
        (.rejected(pod: pod, node: "node-2", resource: "cpu", requested: 5000, used: 500, capacity: 4000),
         "Pod web-7d9f was placed on this node by name, but it asks for 5 of cpu and only 3500m of 4 is free. I refuse it (OutOfcpu), so it fails without running."),
        (.rejected(pod: pod, node: "node-2", resource: "memory", requested: 2 << 30, used: 7 << 30, capacity: 8 << 30),
         "Pod web-7d9f was placed on this node by name, but it asks for 2Gi of memory and only 1Gi of 8Gi is free. I refuse it (OutOfmemory), so it fails without running."),
        (.pullingImage(pod: pod, node: "node-2", container: "nginx", image: "nginx:1.27"),
         "Container nginx of pod web-7d9f needs image nginx:1.27, so I pull it from the registry."),
        (.imagePresent(pod: pod, node: "node-2", container: "nginx", image: "nginx:1.27"),
         "Image nginx:1.27 is already on this node and the pull policy allows using it, so I start container nginx of pod web-7d9f without pulling."),
        (.imagePulled(pod: pod, node: "node-2", container: "nginx", image: "nginx", millis: 2_418),
         "Image nginx for container nginx of pod web-7d9f arrived after 2.418s."),
        (.imagePullFailed(pod: pod, node: "node-2", container: "nginx", image: "nginx:nope", retrySeconds: 10),
         "The registry has no image nginx:nope, so container nginx of pod web-7d9f cannot start (ErrImagePull). I will try again in 10s."),
        (.imagePullBackOff(pod: pod, node: "node-2", container: "nginx", image: "nginx:nope", retrySeconds: 20),
         "Pulling nginx:nope for container nginx of pod web-7d9f failed, so I wait until 20s after that failure before trying again (ImagePullBackOff); each failure doubles the wait, up to 5 minutes."),
        (.imageNeverPull(pod: pod, node: "node-2", container: "nginx", image: "nginx:1.27"),
         "Container nginx of pod web-7d9f has imagePullPolicy Never and image nginx:1.27 is not on this node, so it cannot start (ErrImageNeverPull)."),
        (.containerStarted(pod: pod, node: "node-2", container: "nginx", restartCount: 0),
         "I start container nginx of pod web-7d9f."),
        (.containerStarted(pod: pod, node: "node-2", container: "nginx", restartCount: 3),
         "I start container nginx of pod web-7d9f again (restart 3)."),
        (.containerStartFailed(pod: pod, node: "node-2", container: "app", executable: "nosuch"),
         "I cannot start container app of pod web-7d9f: its image has no executable \"nosuch\" (StartError)."),
        (.containerReady(pod: pod, node: "node-2", container: "nginx", probed: true),
         "Container nginx of pod web-7d9f passes its readiness probe, so it counts as ready."),
        (.containerReady(pod: pod, node: "node-2", container: "nginx", probed: false),
         "Container nginx of pod web-7d9f has no readiness probe, so it counts as ready once started."),
        (.readinessFailed(pod: pod, node: "node-2", container: "app", port: 8080),
         "Container app of pod web-7d9f fails its readiness probe (nothing answers on port 8080), so it is not ready and gets no traffic."),
        (.readinessFailed(pod: pod, node: "node-2", container: "app", port: nil),
         "Container app of pod web-7d9f fails its readiness probe (its check fails), so it is not ready and gets no traffic."),
        (.livenessFailed(pod: pod, node: "node-2", container: "app", failures: 1, threshold: 3),
         "Container app of pod web-7d9f failed its liveness probe (1 of the 3 failures in a row that get it restarted)."),
        (.livenessFailed(pod: pod, node: "node-2", container: "app", failures: 3, threshold: 3),
         "Container app of pod web-7d9f failed its liveness probe 3 times in a row, so I stop it to restart it."),
        (.containerExited(pod: pod, node: "node-2", container: "app", exitCode: 137, reason: "OOMKilled"),
         "Container app of pod web-7d9f exited with code 137 (OOMKilled): it needed more memory than its limit allows, so the kernel killed it."),
        (.containerExited(pod: pod, node: "node-2", container: "job", exitCode: 0, reason: "Completed"),
         "Container job of pod web-7d9f exited with code 0 (Completed): its command finished."),
        (.containerExited(pod: pod, node: "node-2", container: "app", exitCode: 1, reason: "Error"),
         "Container app of pod web-7d9f exited with code 1 (Error): it failed."),
        (.crashLoopBackOff(pod: pod, node: "node-2", container: "app", backoffSeconds: 40),
         "Container app of pod web-7d9f keeps exiting, so I wait 40s before restarting it (CrashLoopBackOff); the wait doubles after each crash, up to 5 minutes."),
        (.podFinished(pod: pod, node: "node-2", phase: .succeeded, restartPolicy: .never),
         "Every container of pod web-7d9f has finished and restartPolicy Never does not run them again, so the pod is Succeeded."),
        (.stoppingPod(pod: pod, node: "node-2", gracePeriod: 30, ignoring: []),
         "Pod web-7d9f is being deleted, so I send SIGTERM to its containers and give them 30s to stop."),
        (.stoppingPod(pod: pod, node: "node-2", gracePeriod: 30, ignoring: ["sleeper"]),
         "Pod web-7d9f is being deleted, so I send SIGTERM to its containers and give them 30s to stop. sleeper runs as PID 1 without a SIGTERM handler, so it will be killed when the 30s are up."),
        (.stoppingPod(pod: pod, node: "node-2", gracePeriod: 10, ignoring: ["a", "b"]),
         "Pod web-7d9f is being deleted, so I send SIGTERM to its containers and give them 10s to stop. a and b run as PID 1 without a SIGTERM handler, so they will be killed when the 10s are up."),
        (.containerStopped(pod: pod, node: "node-2", container: "sleeper", killed: true),
         "Container sleeper of pod web-7d9f was still running when its grace period ended, so I killed it (SIGKILL)."),
        (.containerStopped(pod: pod, node: "node-2", container: "nginx", killed: false),
         "Container nginx of pod web-7d9f has stopped."),
        (.podRemoved(pod: pod, node: "node-2"),
         "Every container of pod web-7d9f has stopped, so I tell the API server to remove the pod."),
        (.podRemoved(pod: pod, node: "node-2", killed: ["sleeper"]),
         "Container sleeper of pod web-7d9f ignored SIGTERM and was still running when the grace period ended, so I killed it (SIGKILL). Every container has stopped now, so I tell the API server to remove the pod."),
        (.podRemoved(pod: pod),
         "Pod web-7d9f has no running containers to wait for, so its object is removed at once."),
        (.statusSync(pod: pod),
         "I report the status of pod web-7d9f."),
    ])
    func rendersEachReason(reason: KubeletReason, expected: String) {
        #expect(Prose.render(.kubelet(reason)) == expected)
    }

    @Test func aKubeletDecisionIsHeadedWithItsNode() {
        let reasons: [Reason] = [.kubelet(.containerExited(pod: Self.pod, node: "node-2", container: "app", exitCode: 1, reason: "Error")),
                                 .kubelet(.crashLoopBackOff(pod: Self.pod, node: "node-2", container: "app", backoffSeconds: 10))]
        let d = Decision(sequence: 1, time: .simulationEpoch, controller: .kubelet, subject: "pod/web-7d9f",
                         reasons: reasons, effects: [], notable: true)
        #expect(Prose.sentence(for: d) == "Kubelet on node-2: Container app of pod web-7d9f exited with code 1 (Error): it failed. Container app of pod web-7d9f keeps exiting, so I wait 10s before restarting it (CrashLoopBackOff); the wait doubles after each crash, up to 5 minutes.")
        let plain = Decision(sequence: 2, time: .simulationEpoch, controller: .kubelet, subject: "pod/web-7d9f",
                             reasons: [.kubelet(.statusSync(pod: Self.pod))], effects: [], notable: false)
        #expect(Prose.sentence(for: plain) == "Kubelet: I report the status of pod web-7d9f.")
    }

    @Test func theKubeletsDecisionsInARunAreAllRendered() {
        let sim = Simulation(nodes: 1, seed: 1)
        _ = try? sim.create(.pod(Pod(metadata: ObjectMeta(name: "web"), spec: PodSpec(containers: [Container(name: "web", image: "nginx")]))))
        sim.settle()
        let kubelet = sim.log.entries.filter { $0.controller == .kubelet }.map(Prose.sentence(for:))
        #expect(kubelet == [
            "Kubelet on node-1: Pod web is assigned to this node, so I create its sandbox and give it IP 10.244.1.2; all its containers share that address. Container web of pod web needs image nginx, so I pull it from the registry.",
            "Kubelet on node-1: Image nginx for container web of pod web arrived after 2.418s. I start container web of pod web.",
        ])
    }
}
