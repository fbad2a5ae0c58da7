import Testing
@testable import ClusterSim
import KubeModel

/// Endpoints, DNS names and kube-proxy's choice (WORKLOADS §5).
@Suite struct ServiceRoutingTests {
    static func service(_ name: String, selector: [String: String], port: Int, target: IntOrString? = nil, headless: Bool = false) -> Service {
        Service(metadata: ObjectMeta(name: name, namespace: "default"),
                spec: ServiceSpec(clusterIP: headless ? "None" : nil, ports: [ServicePort(port: port, targetPort: target)], selector: selector))
    }

    @Test func onlyReadyPodsReceiveTraffic() throws {
        let sim = Simulation(nodes: 2, seed: 1)
        _ = try sim.create(.pod(Pod(metadata: ObjectMeta(name: "db", namespace: "default", labels: ["app": "db"]),
                                    spec: PodSpec(containers: [Container(name: "redis", image: "redis")]))))
        guard case .service(let svc) = try sim.create(.service(Self.service("db-service", selector: ["app": "db"], port: 5432, target: .int(6379)))) else { return }
        // Not yet running: listed, not ready, no route.
        sim.advance(by: 100)
        #expect(sim.state.route(svc, port: 5432) == nil)
        sim.settle()
        let eps = sim.state.endpoints(of: svc)
        #expect(eps.count == 1 && eps[0].ready)
        let route = try #require(sim.state.route(svc, port: 5432))
        #expect(route.pod.metadata.name == "db" && route.port == 6379)
        #expect(sim.state.route(svc, port: 80) == nil)
    }

    @Test(arguments: ["db-service", "db-service.default", "db-service.default.svc", "db-service.default.svc.cluster.local", "10.96.0.2"])
    func serviceNamesResolve(_ host: String) throws {
        let sim = Simulation(nodes: 1, seed: 2)
        _ = try sim.create(.service(Self.service("db-service", selector: ["app": "db"], port: 5432)))
        guard case .service(let s)? = sim.state.resolve(host: host, from: "default") else { Issue.record("\(host) did not resolve"); return }
        #expect(s.metadata.name == "db-service")
        #expect(sim.state.resolve(host: "db-service", from: "other") == nil)
    }

    @Test func statefulSetPodsHaveNamesUnderTheirHeadlessService() throws {
        let sim = Simulation(nodes: 2, seed: 3)
        _ = try sim.create(.service(Self.service("nginx", selector: ["app": "web"], port: 80, headless: true)))
        _ = try sim.create(.statefulSet(StatefulSetControllerTests.sts(replicas: 2)))
        sim.settle()
        guard case .pod(let p)? = sim.state.resolve(host: "web-1.nginx", from: "default") else { Issue.record("no pod"); return }
        #expect(p.metadata.name == "web-1")
        #expect(sim.state.resolve(host: "web-1.nginx.default.svc.cluster.local", from: "other") == .pod(p))
        #expect(sim.state.endpoints(of: sim.state.services[ObjectKey("default", "nginx")]!).count == 2)
    }
}
