/// An immutable value on the heap. A large optional part of a value type that is usually
/// absent costs one pointer inline instead of its full size; being immutable, the box can be
/// shared by copies without breaking value semantics.
final class Frozen<Value: Hashable & Sendable>: Hashable, Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
    static func == (a: Frozen, b: Frozen) -> Bool { a === b || a.value == b.value }
    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
