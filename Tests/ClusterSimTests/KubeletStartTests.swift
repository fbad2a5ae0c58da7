import Testing
import KubeModel
@testable import ClusterSim

@Suite("Kubelet: starting a pod")
struct KubeletStartTests {
    @Test func aPodIsContainerCreatingUntilItsPullIsDoneThenRunning() {
        let sim = Simulation(nodes: 3, seed: 7)
        T.create(sim, T.pod("web", node: "node-2"))
        sim.advance(by: 1)
        #expect(T.mainState(sim, "web") == "waiting:ContainerCreating")
        #expect(T.get(sim, "web")?.status.phase == .pending)
        sim.advance(by: 2_416) // 2.417 s: the 2.418 s pull is not done yet
        #expect(T.mainState(sim, "web") == "waiting:ContainerCreating")
        sim.advance(by: 1)
        #expect(T.mainState(sim, "web") == "running")
        #expect(T.get(sim, "web")?.status.phase == .running)
        #expect(T.condition(sim, "web", "Ready") == .true)
        #expect(T.get(sim, "web")?.status.condition("Ready")?.lastTransitionTime == T.at(2.418))
    }

    @Test func theFirstStartRecordsPullingPulledCreatedStarted() {
        let sim = Simulation(nodes: 1, seed: 1)
        T.create(sim, T.pod("web"))
        sim.settle()
        #expect(T.events(sim, "web") == [
            "Normal Scheduled: Successfully assigned default/web to node-1",
            "Normal Pulling: Pulling image \"nginx\"",
            "Normal Pulled: Successfully pulled image \"nginx\" in 2.418s (2.418s including waiting). Image size: 72188133 bytes.",
            "Normal Created: Created container web",
            "Normal Started: Started container web",
        ])
        let e = sim.state.events.about(uid: T.get(sim, "web")!.metadata.uid)
        #expect(e.map(\.fieldPath) == [nil, "spec.containers{web}", "spec.containers{web}", "spec.containers{web}", "spec.containers{web}"])
        #expect(e.map(\.source) == ["default-scheduler", "kubelet", "kubelet", "kubelet", "kubelet"])
        #expect(e.map(\.firstTimestamp) == [T.at(0), T.at(0), T.at(2.418), T.at(2.418), T.at(2.418)])
    }

    @Test func podIPsComeFromTheNodesRangeAndAreSharedByItsContainers() {
        let sim = Simulation(nodes: 3, seed: 1)
        var two = T.pod("two", node: "node-3")
        two.spec.containers.append(Container(name: "cache", image: "redis:7"))
        T.create(sim, T.pod("a", node: "node-3"))
        T.create(sim, two)
        T.create(sim, T.pod("b", node: "node-1"))
        sim.settle()
        #expect(T.get(sim, "a")?.status.podIP == "10.244.3.2")
        #expect(T.get(sim, "two")?.status.podIP == "10.244.3.3")
        #expect(T.get(sim, "b")?.status.podIP == "10.244.1.2")
        #expect(T.get(sim, "two")?.status.hostIP == "172.18.0.4")
        #expect(T.get(sim, "two")?.status.containerStatuses.map { T.state($0.state) } == ["running", "running"])
        // The address goes back to the node when the pod is gone, and is handed out again.
        try? sim.delete(.pod, ObjectKey("default", "a"))
        sim.settle()
        #expect(T.get(sim, "a") == nil)
        T.create(sim, T.pod("c", node: "node-3"))
        sim.settle()
        #expect(T.get(sim, "c")?.status.podIP == "10.244.3.2")
    }

    @Test func ifNotPresentUsesTheImageAlreadyOnTheNodeWithoutPulling() {
        let sim = Simulation(nodes: 2, seed: 1)
        T.create(sim, T.pod("first", image: "nginx:1.27", node: "node-1"))
        sim.settle()
        T.create(sim, T.pod("second", image: "nginx:1.27", node: "node-1"))
        sim.advance(by: 0)
        #expect(T.mainState(sim, "second") == "running")
        #expect(T.events(sim, "second") == [
            "Normal Pulled: Container image \"nginx:1.27\" already present on machine",
            "Normal Created: Created container second",
            "Normal Started: Started container second",
        ])
        // Another node has its own image store.
        T.create(sim, T.pod("third", image: "nginx:1.27", node: "node-2"))
        sim.advance(by: 0)
        #expect(T.mainState(sim, "third") == "waiting:ContainerCreating")
    }

    @Test func alwaysPullsAgainButOnlyChecksTheManifestWhenTheLayersArePresent() {
        let sim = Simulation(nodes: 1, seed: 1)
        T.create(sim, T.pod("first", image: "nginx"))
        sim.settle()
        T.create(sim, T.pod("second", image: "nginx"))
        sim.settle()
        #expect(T.events(sim, "second").contains(
            "Normal Pulled: Successfully pulled image \"nginx\" in 431ms (431ms including waiting). Image size: 72188133 bytes."))
    }

    @Test func twoPodsPullingTheSameImageOnOneNodeWaitForTheSamePull() {
        let sim = Simulation(nodes: 1, seed: 1)
        T.create(sim, T.pod("a", image: "redis:7"))
        sim.advance(by: 1_000)
        T.create(sim, T.pod("b", image: "redis:7"))
        sim.advance(by: 2_105)
        #expect(T.mainState(sim, "a") == "running")
        #expect(T.mainState(sim, "b") == "running")
        #expect(T.events(sim, "b").contains(
            "Normal Pulled: Successfully pulled image \"redis:7\" in 2.105s (2.105s including waiting). Image size: 45112902 bytes."))
    }

    @Test func imagePullPolicyNeverWithoutTheImageIsErrImageNeverPull() {
        let sim = Simulation(nodes: 1, seed: 1)
        var pod = T.pod("never", image: "nginx:1.27")
        pod.spec.containers[0].imagePullPolicy = "Never"
        T.create(sim, pod)
        let r = sim.settle()
        #expect(r.settled)
        #expect(T.mainState(sim, "never") == "waiting:ErrImageNeverPull")
        #expect(T.events(sim, "never").last == "Warning ErrImageNeverPull: Container image \"nginx:1.27\" is not present with pull policy of Never")
    }

    @Test func aPodPlacedByNodeNameThatDoesNotFitIsRejectedByTheKubelet() {
        let sim = Simulation(nodes: 2, seed: 1)
        var pod = T.pod("pinned", node: "node-2")
        pod.spec.containers[0].resources.requests["cpu"] = Quantity.parse("5")
        T.create(sim, pod)
        sim.settle()
        let p = T.get(sim, "pinned")
        #expect(p?.status.phase == .failed)
        #expect(p?.status.reason == "OutOfcpu")
        #expect(p?.status.message == "Pod was rejected: Node didn't have enough resource: cpu, requested: 5000, used: 0, capacity: 4000")
        #expect(T.events(sim, "pinned") == ["Warning OutOfcpu: Node didn't have enough resource: cpu, requested: 5000, used: 0, capacity: 4000"])
        #expect(sim.state.nodeUsage["node-2"]?.cpuMilli == 0)
    }

    @Test func aMissingTagAndAMissingRepositoryFailWithTheRegistrysWords() {
        let sim = Simulation(nodes: 1, seed: 1)
        T.create(sim, T.pod("tag", image: "nginx:nope"))
        T.create(sim, T.pod("repo", image: "nginxx"))
        sim.advance(by: 1_000)
        #expect(T.events(sim, "tag").contains("Warning Failed: Failed to pull image \"nginx:nope\": rpc error: code = NotFound desc = failed to pull and unpack image \"docker.io/library/nginx:nope\": failed to resolve reference \"docker.io/library/nginx:nope\": docker.io/library/nginx:nope: not found"))
        #expect(T.events(sim, "repo").contains("Warning Failed: Failed to pull image \"nginxx\": rpc error: code = Unknown desc = failed to pull and unpack image \"docker.io/library/nginxx:latest\": failed to resolve reference \"docker.io/library/nginxx:latest\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"))
        guard case .waiting(let reason, let message)? = T.get(sim, "tag")?.status.containerStatuses.first?.state else {
            Issue.record("not waiting"); return
        }
        #expect(reason == "ErrImagePull")
        #expect(message?.hasPrefix("rpc error: code = NotFound") == true)
    }

    @Test func theConditionsComeInTheKubeletsOrder() {
        let sim = Simulation(nodes: 1, seed: 1)
        T.create(sim, T.pod("web"))
        sim.settle()
        #expect(T.get(sim, "web")?.status.conditions.map(\.type)
                == ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"])
        #expect(T.get(sim, "web")?.status.startTime == T.at(0))
        #expect(T.get(sim, "web")?.status.containerStatuses.first?.image == "docker.io/library/nginx:latest")
        #expect(T.get(sim, "web")?.status.containerStatuses.first?.containerID?.hasPrefix("containerd://") == true)
        #expect(T.get(sim, "web")?.status.containerStatuses.first?.containerID?.count == 13 + 64)
    }

    @Test func theKubeletActsOnlyWhenARememberedMomentIsDue() {
        // Nothing makes the pull finish early: poking the pod (a label change wakes the kubelet)
        // leaves it ContainerCreating.
        let sim = Simulation(nodes: 1, seed: 1)
        T.create(sim, T.pod("web"))
        sim.advance(by: 500)
        var pod = T.get(sim, "web")!
        pod.metadata.labels["poked"] = "yes"
        _ = try? sim.update(.pod(pod))
        sim.advance(by: 0)
        #expect(T.mainState(sim, "web") == "waiting:ContainerCreating")
        sim.advance(by: 1_918)
        #expect(T.mainState(sim, "web") == "running")
    }
}
