/// Short strings joined by writing their bytes once into a string of the right size. `+` and
/// interpolation grow the result part by part (a check, often a copy, each time); the kubelet
/// builds a few of these for every pod it starts, and the scheduler one for every pod it places.
enum ByteText {
    static func joined(_ a: String, _ b: String, _ c: String, _ d: String = "", _ e: String = "", _ f: String = "") -> String {
        let count = a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count + e.utf8.count + f.utf8.count
        return String(unsafeUninitializedCapacity: count) { out in
            var i = 0
            // Each part's bytes copied at once from where they lie (a byte-by-byte walk of the
            // view costs more than the whole join should).
            func put(_ s: String) {
                if s.isEmpty { return }
                let copied = s.utf8.withContiguousStorageIfAvailable { src -> Int in
                    if let base = src.baseAddress { (out.baseAddress! + i).initialize(from: base, count: src.count) }
                    return src.count
                }
                if let copied { i += copied } else { for byte in s.utf8 { out[i] = byte; i += 1 } }
            }
            put(a); put(b); put(c); put(d); put(e); put(f)
            return i
        }
    }
}

/// Four numbers joined by dots (`172.18.0.2`), written straight into the string's bytes:
/// interpolation builds and appends each part in turn, and the kubelet writes one of these
/// for every pod it starts and every status it reports.
enum DottedText {
    static func make(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> String {
        // Negative numbers never occur in addresses; interpolation writes them as before.
        guard a >= 0, b >= 0, c >= 0, d >= 0 else { return "\(a).\(b).\(c).\(d)" }
        let count = digits(a) + digits(b) + digits(c) + digits(d) + 3
        return String(unsafeUninitializedCapacity: count) { out in
            var end = count
            // Right to left: each number's last digit first, then a dot before all but the first.
            func put(_ n: Int) {
                var n = n
                repeat { end -= 1; out[end] = UInt8(ascii: "0") + UInt8(n % 10); n /= 10 } while n > 0
            }
            put(d); end -= 1; out[end] = UInt8(ascii: ".")
            put(c); end -= 1; out[end] = UInt8(ascii: ".")
            put(b); end -= 1; out[end] = UInt8(ascii: ".")
            put(a)
            return count
        }
    }

    /// Decimal digits of a non-negative number.
    static func digits(_ n: Int) -> Int {
        var n = n, d = 1
        while n >= 10 { n /= 10; d += 1 }
        return d
    }
}
