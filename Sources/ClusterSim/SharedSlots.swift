/// A small memory of recent values, so that equal values kept for a long time share one
/// buffer (copy-on-write arrays and strings point at the same storage).
///
/// One slot per hash; the latest value wins it. That keeps the memory bounded whatever is
/// stored, and a value that loses its slot is only kept once more, never changed. Callers
/// supply the hash (`sketch`): a cheap one of where their values differ, since equality,
/// not the hash, decides.
struct SharedSlots<Value: Equatable & Sendable>: Sendable {
    private var slots: [Value?]

    init(count: Int) { slots = [Value?](repeating: nil, count: count) }

    /// `value`, or an equal value seen before in its slot.
    mutating func shared(_ value: Value, sketch: UInt64) -> Value {
        let i = Int(sketch % UInt64(slots.count))
        if let kept = slots[i], kept == value { return kept }
        slots[i] = value
        return value
    }
}
