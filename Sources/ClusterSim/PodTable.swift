import KubeModel

/// The cluster's pods by key, held in one dense list with a key-to-place index beside it.
///
/// A `Dictionary` of pods keeps a whole pod (some 440 bytes) in every bucket, a third to a
/// half of them empty, and at each doubling moves every pod into fresh memory: at 150,000
/// pods, well over a hundred megabytes touched for nothing. Here only the index (a key and a
/// number) has empty buckets; the pods themselves sit one after another and never move, and
/// the place a deleted pod leaves is taken by the next one created.
public struct PodTable: Sendable {
    private var slots = ChunkedArray<Pod?>()
    private var places: [ObjectKey: Int32] = [:]
    private var vacant: [Int32] = []

    public init() {}

    public var count: Int { places.count }
    public var isEmpty: Bool { places.isEmpty }
    /// Every pod's key, in no particular order.
    public var keys: Dictionary<ObjectKey, Int32>.Keys { places.keys }
    /// Every pod, in no particular order (callers that want one sort).
    public var values: [Pod] { slots.compactMap { $0 } }

    public subscript(key: ObjectKey) -> Pod? {
        guard let i = places[key] else { return nil }
        return slots[Int(i)]
    }

    /// Where the pod under `key` is, to read it with `subscript(place:)`.
    func place(of key: ObjectKey) -> Int? { places[key].map(Int.init) }

    /// The pod at a place `place(of:)` gave, read where it lies.
    subscript(place i: Int) -> Pod {
        _read { yield slots[i].unsafelyUnwrapped }
    }

    /// Room in the index for `additional` more pods without growing it.
    mutating func reserve(additional: Int) { places.reserveCapacity(places.count + additional) }

    /// Stores `pod` under `key`, returning the pod it replaced, if any.
    @discardableResult
    mutating func updateValue(_ pod: Pod, forKey key: ObjectKey) -> Pod? {
        if let i = places[key] {
            var old: Pod? = pod
            swap(&old, &slots[Int(i)])
            return old
        }
        let i: Int32
        if let free = vacant.popLast() { i = free; slots[Int(i)] = pod }
        else { i = Int32(truncatingIfNeeded: slots.count); slots.append(pod) }
        places[key] = i
        return nil
    }

    /// Takes the pod under `key` out, returning it.
    @discardableResult
    mutating func removeValue(forKey key: ObjectKey) -> Pod? {
        guard let i = places.removeValue(forKey: key) else { return nil }
        var old: Pod? = nil
        swap(&old, &slots[Int(i)])
        vacant.append(i)
        return old
    }
}
