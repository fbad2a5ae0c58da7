/// Client-side `kubectl apply`'s three-way merge, on value trees
/// (`KC/pkg/cmd/apply/patcher.go`, `apimachinery/pkg/util/strategicpatch`): fields in the
/// new manifest win; fields that were in the last applied manifest but are gone from the new
/// one are removed; everything else on the live object (server defaults, status, fields
/// other people set) stays. Lists of containers, ports, env vars, volumes and mounts merge
/// element by element on their merge key, as the strategic merge patch does.
enum ThreeWayMerge {
    /// The merge key of a list field (`patchMergeKey` in `k8s.io/api`), by field name.
    static let mergeKeys: [String: String] = [
        "containers": "name", "initContainers": "name", "env": "name", "volumes": "name",
        "volumeMounts": "mountPath", "ports": "containerPort", "imagePullSecrets": "name",
    ]

    static func merge(live: Value, original: Value?, modified: Value) -> Value {
        guard case .object(var result) = live, case .object(let mod) = modified else { return modified }
        for m in mod {
            let liveValue = result.first { $0.key == m.key }?.value
            let originalValue = original?[m.key]
            var merged: Value
            if m.value == .null {
                result.removeAll { $0.key == m.key }
                continue
            }
            switch (liveValue, m.value) {
            case (.object?, .object):
                merged = merge(live: liveValue!, original: originalValue, modified: m.value)
            case (.array(let l)?, .array(let n)):
                if let key = mergeKeys[m.key], isKeyed(l, key), isKeyed(n, key) {
                    merged = .array(mergeList(live: l, original: originalValue?.items ?? [], modified: n, key: key))
                } else {
                    merged = m.value
                }
            default:
                merged = m.value
            }
            if let i = result.firstIndex(where: { $0.key == m.key }) { result[i].value = merged } else { result.append(.init(m.key, merged)) }
        }
        if case .object(let orig)? = original {
            for o in orig where modified[o.key] == nil { result.removeAll { $0.key == o.key } }
        }
        return .object(result)
    }

    private static func isKeyed(_ items: [Value], _ key: String) -> Bool {
        items.allSatisfy { $0[key] != nil }
    }

    private static func mergeList(live: [Value], original: [Value], modified: [Value], key: String) -> [Value] {
        var out: [Value] = []
        for m in modified {
            let k = m[key]
            if let l = live.first(where: { $0[key] == k }) {
                out.append(merge(live: l, original: original.first { $0[key] == k }, modified: m))
            } else {
                out.append(m)
            }
        }
        for l in live where !modified.contains(where: { $0[key] == l[key] }) {
            if !original.contains(where: { $0[key] == l[key] }) { out.append(l) }
        }
        return out
    }

    /// The strategic merge patch from `from` to `to`, for the text kubectl shows when a
    /// patch is refused: changed fields, `null` for removed ones, and for keyed lists the
    /// `$setElementOrder/…` directive with only the changed elements.
    static func diff(from: Value, to: Value) -> Value? {
        guard case .object(let a) = from, case .object(let b) = to else { return from == to ? nil : to }
        var out: [Value.Member] = []
        for m in b {
            guard let old = a.first(where: { $0.key == m.key })?.value else { out.append(m); continue }
            if case .array(let oldItems) = old, case .array(let newItems) = m.value, let key = mergeKeys[m.key],
               isKeyed(oldItems, key), isKeyed(newItems, key) {
                if oldItems == newItems { continue }
                var changed: [Value] = []
                for n in newItems {
                    let k = n[key]!
                    if let o = oldItems.first(where: { $0[key] == k }) {
                        if var d = diff(from: o, to: n) { d.set(key, k); changed.append(d) }
                    } else {
                        changed.append(n)
                    }
                }
                for o in oldItems where !newItems.contains(where: { $0[key] == o[key] }) {
                    changed.append(.object([.init("$patch", .string("delete")), .init(key, o[key]!)]))
                }
                out.append(.init("$setElementOrder/\(m.key)", .array(newItems.map { .object([.init(key, $0[key]!)]) })))
                if !changed.isEmpty { out.append(.init(m.key, .array(changed))) }
            } else if let d = diff(from: old, to: m.value) {
                out.append(.init(m.key, d))
            }
        }
        for m in a where to[m.key] == nil { out.append(.init(m.key, .null)) }
        return out.isEmpty ? nil : .object(out)
    }
}
