import KubeModel

/// SplitMix64: small, fast and fully determined by its seed, so generated names repeat
/// exactly from run to run. Never seeded from the clock.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `k8s.io/apimachinery/pkg/util/rand`: no vowels, no 0/1/3, so generated names never spell words.
    public static let alphanums = Array("bcdfghjklmnpqrstvwxz2456789")

    /// The same alphabet as bytes, for building names without going through `Character`.
    private static let alphanumBytes = Array("bcdfghjklmnpqrstvwxz2456789".utf8)
    private static let hexBytes = Array("0123456789abcdef".utf8)

    /// The 5-character suffix the API server appends to a generateName (`names.SimpleNameGenerator`).
    public mutating func nameSuffix(length: Int = 5) -> String {
        String(unsafeUninitializedCapacity: length) { buffer in
            for i in 0..<length { buffer[i] = Self.alphanumBytes[Int(next() % UInt64(Self.alphanumBytes.count))] }
            return length
        }
    }

    /// A version-4-shaped UUID for metadata.uid: one draw per hex digit, the version digit
    /// forced to 4 and the variant's top bits to 10. Written as bytes: a pod's UID is made
    /// for every pod, and appending `Character`s cost thousands of instructions each time.
    public mutating func uuid() -> String {
        String(unsafeUninitializedCapacity: 36) { buffer in
            var at = 0
            for i in 0..<32 {
                if i == 8 || i == 12 || i == 16 || i == 20 { buffer[at] = UInt8(ascii: "-"); at += 1 }
                var nibble = Int(next() & 0xF)
                if i == 12 { nibble = 4 }
                if i == 16 { nibble = 8 | (nibble & 3) }
                buffer[at] = Self.hexBytes[nibble]
                at += 1
            }
            return at
        }
    }
}

/// FNV-1a 32-bit, as `controller.ComputeHash` uses, mapped to the safe alphabet the way
/// `rand.SafeEncodeString(fmt.Sprint(hash))` does: a pod-template-hash is the decimal
/// digits of the hash, each digit mapped through `alphanums`, so it only ever holds the
/// ten characters `4 5 6 7 8 9 b c d f`. (`pkg/controller/controller_utils.go`)
public enum TemplateHash {
    /// The 32-bit FNV offset basis and prime.
    public static let fnvOffsetBasis: UInt32 = 2_166_136_261
    public static let fnvPrime: UInt32 = 16_777_619

    /// FNV-1a of `text`; from `state`, it carries on a hash of what came before (FNV-1a reads
    /// a byte at a time, so hashing `a` then `b` from there equals hashing `ab`).
    public static func fnv1a32(_ text: String, from state: UInt32 = fnvOffsetBasis) -> UInt32 {
        var h = state
        for b in text.utf8 { h = fnv1a32(byte: b, from: h) }
        return h
    }

    static func fnv1a32(byte: UInt8, from state: UInt32) -> UInt32 { (state ^ UInt32(byte)) &* fnvPrime }

    public static func safeEncode(_ value: UInt32) -> String {
        String(String(value).utf8.map { SeededRandom.alphanums[Int($0) % SeededRandom.alphanums.count] })
    }

    public static func podTemplateHash(_ template: PodTemplateSpec, collisionCount: Int32? = nil) -> String {
        var dump = TemplateDump.describe(template)
        if let c = collisionCount { dump += "#collision=\(c)" }
        return safeEncode(fnv1a32(dump))
    }
}
