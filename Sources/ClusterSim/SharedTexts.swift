/// Event texts, shared where equal (`SharedSlots`).
///
/// Most Event texts repeat from pod to pod — "Created container nginx", the field path
/// `spec.containers{nginx}` — but each is built afresh where it happens. Kept as built, a
/// 150,000-pod deployment holds hundreds of thousands of copies of a handful of texts.
struct SharedTexts: Sendable {
    private var slots = SharedSlots<String>(count: 256)

    /// `text`, or an equal text seen before (same characters, shared storage).
    mutating func shared(_ text: String) -> String {
        // Short texts live inline in the `String` itself: nothing to share.
        if text.utf8.count <= 15 { return text }
        return slots.shared(text, sketch: Self.sketch(text))
    }

    /// A cheap hash from the length and the first and last eight bytes, where event texts
    /// differ ("Created container …" and "Started container …", "… to node-42"). A full hash
    /// of every text was a percent of a 150,000-pod start; a poor one only shares less.
    private static func sketch(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { b in
            var head: UInt64 = 0, tail: UInt64 = 0
            for k in 0..<8 {
                head |= UInt64(b[k]) << (8 * UInt64(k))
                tail |= UInt64(b[b.count - 8 + k]) << (8 * UInt64(k))
            }
            var h = UInt64(b.count) &* 0x9E37_79B9_7F4A_7C15
            h = (h ^ head) &* 0xBF58_476D_1CE4_E5B9
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
            return h ^ (h >> 31)
        }
    }
}
