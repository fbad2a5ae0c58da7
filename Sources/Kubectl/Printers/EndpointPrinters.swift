import ClusterSim
import KubeModel

/// `printEndpoints` / `formatEndpoints` and `printEndpointSlice` (printers.go): at most three
/// addresses, then ` + N more...`.
extension ResourcePrinters {
    static func endpointsCell(_ ep: Endpoints) -> String {
        guard !ep.subsets.isEmpty else { return "<none>" }
        var list: [String] = []
        for subset in ep.subsets {
            for port in subset.ports.isEmpty ? [nil] : subset.ports.map(Optional.some) {
                for a in subset.addresses { list.append(port.map { "\(a.ip):\($0.port)" } ?? a.ip) }
            }
        }
        return clipped(list)
    }

    static func sliceAddresses(_ s: EndpointSlice) -> String {
        let list = s.endpoints.map(\.address.ip)
        return list.isEmpty ? "<unset>" : clipped(list)
    }

    static func clipped(_ list: [String]) -> String {
        list.count > 3 ? list.prefix(3).joined(separator: ",") + " + \(list.count - 3) more..." : list.joined(separator: ",")
    }
}
