/// A small memory of recent texts, so that equal texts kept for a long time share one buffer.
///
/// Most Event texts repeat from pod to pod — "Created container nginx", the field path
/// `spec.containers{nginx}` — but each is built afresh where it happens. Kept as built, a
/// 150,000-pod deployment holds hundreds of thousands of copies of a handful of texts. One
/// slot per hash (the latest text wins it) keeps this bounded whatever is recorded; a text
/// that loses its slot is only stored once more, never changed.
struct SharedTexts: Sendable {
    private static let slotCount = 256
    private var slots = [String?](repeating: nil, count: slotCount)

    /// `text`, or an equal text seen before (same characters, shared storage).
    mutating func shared(_ text: String) -> String {
        // Short texts live inline in the `String` itself: nothing to share.
        if text.utf8.count <= 15 { return text }
        var hasher = Hasher()
        hasher.combine(text)
        let i = Int(UInt(bitPattern: hasher.finalize()) % UInt(Self.slotCount))
        if let kept = slots[i], kept == text { return kept }
        slots[i] = text
        return text
    }
}
