/// Go's `strconv` number parsing, as far as YAML scalar resolution needs it.
enum GoNumber {
    /// `strconv.ParseInt(s, 0, 64)`: optional sign, `0x`/`0o`/`0b` prefixes, a leading `0`
    /// means octal. Nil on syntax or range errors.
    static func parseInt(_ s: String) -> Int64? {
        var body = Substring(s)
        var negative = false
        if body.first == "+" || body.first == "-" { negative = body.first == "-"; body = body.dropFirst() }
        guard !body.isEmpty else { return nil }
        var radix = 10
        let lower = body.lowercased()
        if lower.hasPrefix("0x") { radix = 16; body = body.dropFirst(2) }
        else if lower.hasPrefix("0o") { radix = 8; body = body.dropFirst(2) }
        else if lower.hasPrefix("0b") { radix = 2; body = body.dropFirst(2) }
        else if body.count > 1 && body.first == "0" { radix = 8; body = body.dropFirst() }
        guard !body.isEmpty, let magnitude = UInt64(body, radix: radix) else { return nil }
        if negative {
            if magnitude > UInt64(Int64.max) + 1 { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        return magnitude > UInt64(Int64.max) ? nil : Int64(magnitude)
    }

    /// `strconv.ParseInt(s, radix, 64)` without prefixes.
    static func parseInt(_ s: String, radix: Int) -> Int64? {
        var body = Substring(s)
        var negative = false
        if body.first == "+" || body.first == "-" { negative = body.first == "-"; body = body.dropFirst() }
        guard !body.isEmpty, let v = Int64(body, radix: radix) else { return nil }
        return negative ? -v : v
    }

    /// `strconv.ParseFloat(s, 64)` for decimal text, `inf`/`infinity`/`nan`.
    static func parseFloat(_ s: String) -> Double? {
        var body = Substring(s)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        let lower = body.lowercased()
        if lower == "inf" || lower == "infinity" { return s.hasPrefix("-") ? -.infinity : .infinity }
        if lower == "nan" { return .nan }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "e" || $0 == "E" || $0 == "+" || $0 == "-") }) else { return nil }
        guard let d = Double(s), d.isFinite else { return nil }
        return d
    }

    /// go-yaml's `yamlStyleFloat`: `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
    static func isYAMLStyleFloat(_ s: String) -> Bool {
        var c = Array(s.unicodeScalars)[...]
        func isDigit(_ x: Unicode.Scalar?) -> Bool { x.map { ("0"..."9").contains($0) } ?? false }
        if c.first == "+" || c.first == "-" { c = c.dropFirst() }
        if c.first == "." {
            c = c.dropFirst()
            guard isDigit(c.first) else { return false }
            while isDigit(c.first) { c = c.dropFirst() }
        } else {
            guard isDigit(c.first) else { return false }
            while isDigit(c.first) { c = c.dropFirst() }
            if c.first == "." {
                c = c.dropFirst()
                while isDigit(c.first) { c = c.dropFirst() }
            }
        }
        if c.first == "e" || c.first == "E" {
            c = c.dropFirst()
            if c.first == "+" || c.first == "-" { c = c.dropFirst() }
            guard isDigit(c.first) else { return false }
            while isDigit(c.first) { c = c.dropFirst() }
        }
        return c.isEmpty
    }
}
