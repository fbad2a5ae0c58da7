/// An append-only list kept in chunks of 4,096: growing it never moves what it holds, where a
/// contiguous array of 750,000 events copies them all at each doubling (and touches fresh
/// memory for the copy).
struct ChunkedArray<Element>: RandomAccessCollection {
    private var chunks: [[Element]] = []
    private(set) var count = 0
    private static var shift: Int { 12 }
    private static var mask: Int { (1 << shift) - 1 }

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(i: Int) -> Element {
        // Read in place: an element such as a stored event is large, and a scan over an
        // object's events would otherwise copy (and retain the strings of) each one it looks at.
        _read { yield chunks[i >> Self.shift][i & Self.mask] }
        _modify { yield &chunks[i >> Self.shift][i & Self.mask] }
    }

    mutating func append(_ element: Element) {
        if count & Self.mask == 0 {
            var chunk: [Element] = []
            chunk.reserveCapacity(Self.mask + 1)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }
}

extension ChunkedArray: Sendable where Element: Sendable {}
