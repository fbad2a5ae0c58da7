/// How kubectl's YAML printer (sigs.k8s.io/yaml over go-yaml v2, itself a port of libyaml)
/// decides to write a string: plain, 'single', "double" or as a `|` literal block.
///
/// Two steps, as in the Go code:
/// 1. go-yaml `encode.go stringv`: a string that would read back as something else (a bool,
///    number, null, timestamp) is double-quoted; one with a newline asks for a literal block.
/// 2. libyaml `yaml_emitter_analyze_scalar` / `select_scalar_style`: indicators, leading or
///    trailing spaces and unprintable characters demote plain to single-quoted, and
///    single-quoted or literal to double-quoted.
enum YAMLScalar {
    enum Style { case plain, singleQuoted, doubleQuoted, literal }

    static func style(for s: String, simpleKey: Bool) -> Style {
        var style: Style
        if s.contains("\n") {
            style = .literal
        } else if resolvesToString(s) && !isBase60Float(s) {
            style = .plain
        } else {
            style = .doubleQuoted
        }
        let a = Analysis(s)
        if style == .plain {
            if !a.blockPlainAllowed { style = .singleQuoted }
            if s.isEmpty && simpleKey { style = .singleQuoted }
        }
        if style == .singleQuoted && !a.singleQuotedAllowed { style = .doubleQuoted }
        if style == .literal && (!a.blockAllowed || simpleKey) { style = .doubleQuoted }
        return style
    }

    // MARK: go-yaml resolve.go

    private static let resolveMap: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
        "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
        "", "~", "null", "Null", "NULL",
        ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
    ]

    /// True when a plain scalar with this text reads back as a string (go-yaml `resolve`).
    static func resolvesToString(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first else { return false }
        if resolveMap.contains(s) { return false }
        switch first {
        case "y", "Y", "n", "N", "t", "T", "f", "F", "o", "O", "~":
            return true
        case ".":
            return GoNumber.parseFloat(s) == nil
        case "+", "-", "0"..."9":
            if isTimestamp(s) { return false }
            let plain = s.replacingAll("_", with: "")
            if GoNumber.parseInt(plain) != nil { return false }
            if GoNumber.isYAMLStyleFloat(plain), let d = GoNumber.parseFloat(plain), d.isFinite { return false }
            if plain.hasPrefix("0b"), GoNumber.parseInt(String(plain.dropFirst(2)), radix: 2) != nil { return false }
            if plain.hasPrefix("-0b"), GoNumber.parseInt(String(plain.dropFirst(3)), radix: 2) != nil { return false }
            return true
        default:
            return true
        }
    }

    /// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$` (go-yaml `isBase60Float`).
    static func isBase60Float(_ s: String) -> Bool {
        let c = Array(s.unicodeScalars)
        var i = 0
        func digit(_ k: Int) -> Bool { k < c.count && ("0"..."9").contains(c[k]) }
        if i < c.count, c[i] == "+" || c[i] == "-" { i += 1 }
        guard digit(i) else { return false }
        i += 1
        while i < c.count, digit(i) || c[i] == "_" { i += 1 }
        var groups = 0
        while i < c.count, c[i] == ":" {
            i += 1
            // [0-5]?[0-9]
            if digit(i) && digit(i + 1) {
                guard ("0"..."5").contains(c[i]) else { return false }
                i += 2
            } else if digit(i) {
                i += 1
            } else {
                return false
            }
            groups += 1
        }
        guard groups > 0 else { return false }
        if i < c.count, c[i] == "." {
            i += 1
            while i < c.count, digit(i) || c[i] == "_" { i += 1 }
        }
        return i == c.count
    }

    /// go-yaml `parseTimestamp`: `2006-1-2`, `2006-1-2T15:4:5.999999999Z07:00` (also `t`),
    /// `2006-1-2 15:4:5.999999999`.
    static func isTimestamp(_ s: String) -> Bool {
        let c = Array(s.unicodeScalars)
        var i = 0
        func digits(_ min: Int, _ max: Int) -> Int? {
            var n = 0, v = 0
            while i < c.count, n < max, ("0"..."9").contains(c[i]) { v = v * 10 + Int(c[i].value - 48); i += 1; n += 1 }
            return n >= min ? v : nil
        }
        func expect(_ ch: Unicode.Scalar) -> Bool { if i < c.count && c[i] == ch { i += 1; return true }; return false }
        guard digits(4, 4) != nil, expect("-"), let month = digits(1, 2), (1...12).contains(month),
              expect("-"), let day = digits(1, 2), (1...31).contains(day) else { return false }
        if i == c.count { return true }
        let sep = c[i]
        guard sep == "T" || sep == "t" || sep == " " else { return false }
        i += 1
        guard let h = digits(1, 2), h < 24, expect(":"), let m = digits(1, 2), m < 60, expect(":"),
              let sec = digits(1, 2), sec < 60 else { return false }
        if i < c.count && c[i] == "." {
            i += 1
            guard digits(1, 9) != nil else { return false }
        }
        if sep == " " { return i == c.count }
        if expect("Z") { return i == c.count }
        guard i < c.count, c[i] == "+" || c[i] == "-" else { return false }
        i += 1
        guard digits(2, 2) != nil, expect(":"), digits(2, 2) != nil else { return false }
        return i == c.count
    }

    // MARK: libyaml yaml_emitter_analyze_scalar

    struct Analysis {
        var blockPlainAllowed = true
        var singleQuotedAllowed = true
        var blockAllowed = true
        var multiline = false

        init(_ s: String) {
            let c = Array(s.unicodeScalars)
            if c.isEmpty {
                blockPlainAllowed = true; singleQuotedAllowed = true; blockAllowed = false
                return
            }
            var blockIndicators = false, lineBreaks = false, special = false
            var leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false
            var breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false
            if c.count >= 3, (c[0] == "-" && c[1] == "-" && c[2] == "-") || (c[0] == "." && c[1] == "." && c[2] == ".") {
                blockIndicators = true
            }
            var precededByWhitespace = true
            var followedByWhitespace = c.count < 2 || Self.isBlankOrBreak(c[1])
            for i in c.indices {
                let ch = c[i]
                if i == 0 {
                    if "#,[]{}&*!|>'\"%@`".unicodeScalars.contains(ch) { blockIndicators = true }
                    if (ch == "?" || ch == ":") && followedByWhitespace { blockIndicators = true }
                    if ch == "-" && followedByWhitespace { blockIndicators = true }
                } else {
                    if ch == ":" && followedByWhitespace { blockIndicators = true }
                    if ch == "#" && precededByWhitespace { blockIndicators = true }
                }
                if !YAMLScalar.isPrintable(ch) { special = true }
                if Self.isBreak(ch) { lineBreaks = true }
                if ch == " " {
                    if i == 0 { leadingSpace = true }
                    if i == c.count - 1 { trailingSpace = true }
                    if previousBreak { breakSpace = true }
                    previousSpace = true; previousBreak = false
                } else if Self.isBreak(ch) {
                    if i == 0 { leadingBreak = true }
                    if i == c.count - 1 { trailingBreak = true }
                    if previousSpace { spaceBreak = true }
                    previousSpace = false; previousBreak = true
                } else {
                    previousSpace = false; previousBreak = false
                }
                precededByWhitespace = Self.isBlankOrBreak(ch)
                if i + 1 < c.count { followedByWhitespace = i + 2 >= c.count || Self.isBlankOrBreak(c[i + 2]) }
            }
            multiline = lineBreaks
            if leadingSpace || leadingBreak || trailingSpace || trailingBreak { blockPlainAllowed = false }
            if trailingSpace { blockAllowed = false }
            if breakSpace { blockPlainAllowed = false; singleQuotedAllowed = false }
            if spaceBreak || special { blockPlainAllowed = false; singleQuotedAllowed = false; blockAllowed = false }
            if lineBreaks { blockPlainAllowed = false }
            if blockIndicators { blockPlainAllowed = false }
        }

        static func isBreak(_ c: Unicode.Scalar) -> Bool {
            c == "\r" || c == "\n" || c.value == 0x85 || c.value == 0x2028 || c.value == 0x2029
        }
        static func isBlankOrBreak(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || isBreak(c) }
    }

    /// libyaml `IS_PRINTABLE` (note: nothing above U+FFFF counts).
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0x0A || (0x20...0x7E).contains(v) || (0xA0...0xD7FF).contains(v)
            || ((0xE000...0xFFFD).contains(v) && v != 0xFEFF)
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
