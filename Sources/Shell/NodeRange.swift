/// Node names as typed after `node add|crash|recover`: one name, a range
/// `node-1..node-500` (same prefix, numbers inclusive), or for `add` a bare count
/// (`node add 100` adds the next hundred `node-N`), so a large failure is one line.
enum NodeRange {
    /// The names `word` stands for, or nil when it is a malformed range.
    static func expand(_ word: String, existing: (String) -> Bool, adding: Bool) -> [String]? {
        if adding, let count = Int(word) {
            guard count >= 1, count <= 100_000 else { return nil }
            var names: [String] = []
            var i = 1
            while names.count < count {
                let name = "node-\(i)"
                if !existing(name) { names.append(name) }
                i += 1
            }
            return names
        }
        guard let dots = word.range(of: "..") else { return [word] }
        let (a, b) = (String(word[..<dots.lowerBound]), String(word[dots.upperBound...]))
        guard let (prefix, lo) = split(a), let (prefixB, hi) = split(b), prefix == prefixB, lo <= hi, hi - lo < 100_000
        else { return nil }
        return (lo...hi).map { "\(prefix)\($0)" }
    }

    /// `node-42` → ("node-", 42).
    private static func split(_ s: String) -> (String, Int)? {
        let digits = s.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < 10, let n = Int(String(digits.reversed())) else { return nil }
        return (String(s.dropLast(digits.count)), n)
    }
}
