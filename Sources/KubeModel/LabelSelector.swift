/// A label selector as the API writes it (`matchLabels` + `matchExpressions`) and as
/// `kubectl -l` parses it (`app=web,tier!=db,env in (a,b),!legacy`).
public struct LabelSelector: Hashable, Sendable {
    public var matchLabels: [String: String]
    public var matchExpressions: [Requirement]

    public init(matchLabels: [String: String] = [:], matchExpressions: [Requirement] = []) {
        self.matchLabels = matchLabels; self.matchExpressions = matchExpressions
    }

    public struct Requirement: Hashable, Sendable {
        public enum Operator: String, Sendable { case `in` = "In", notIn = "NotIn", exists = "Exists", doesNotExist = "DoesNotExist", equals = "=", notEquals = "!=" }
        public var key: String
        public var op: Operator
        public var values: [String]
        public init(key: String, op: Operator, values: [String] = []) { self.key = key; self.op = op; self.values = values }

        public func matches(_ labels: [String: String]) -> Bool {
            switch op {
            case .in, .equals: return labels[key].map { values.contains($0) } ?? false
            case .notIn, .notEquals: return labels[key].map { !values.contains($0) } ?? true
            case .exists: return labels[key] != nil
            case .doesNotExist: return labels[key] == nil
            }
        }
    }

    /// An empty selector matches everything (as in `metav1.LabelSelectorAsSelector`).
    public var isEmpty: Bool { matchLabels.isEmpty && matchExpressions.isEmpty }

    public func matches(_ labels: [String: String]) -> Bool {
        for (k, v) in matchLabels where labels[k] != v { return false }
        return matchExpressions.allSatisfy { $0.matches(labels) }
    }

    /// The selector as kubectl prints it in SELECTOR columns and describe: `app=web,tier in (db)`.
    public var description: String {
        var parts = matchLabels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        for r in matchExpressions {
            switch r.op {
            case .in: parts.append("\(r.key) in (\(r.values.sorted().joined(separator: ",")))")
            case .notIn: parts.append("\(r.key) notin (\(r.values.sorted().joined(separator: ",")))")
            case .exists: parts.append(r.key)
            case .doesNotExist: parts.append("!\(r.key)")
            case .equals: parts.append("\(r.key)=\(r.values.first ?? "")")
            case .notEquals: parts.append("\(r.key)!=\(r.values.first ?? "")")
            }
        }
        return parts.joined(separator: ",")
    }

    /// The first `key=value` pair, if any: what an index lookup can start from.
    public var indexableTerm: (String, String)? {
        if let first = matchLabels.min(by: { $0.key < $1.key }) { return (first.key, first.value) }
        for r in matchExpressions where (r.op == .equals || r.op == .in) && r.values.count == 1 {
            return (r.key, r.values[0])
        }
        return nil
    }

    public struct ParseError: Error, Equatable { public var message: String }

    /// Parses the `-l` syntax (`k8s.io/apimachinery/pkg/labels/selector.go Parse`).
    public static func parse(_ text: String) throws(ParseError) -> LabelSelector {
        var sel = LabelSelector()
        for raw in splitTopLevel(text) {
            let term = raw.trimmingSpaces
            if term.isEmpty { throw ParseError(message: "found '', expected: identifier") }
            if let inRange = term.firstRange(of: " notin ") ?? term.firstRange(of: " in ") {
                let key = String(term[..<inRange.lowerBound]).trimmingSpaces
                let isNotIn = term[inRange].contains("notin")
                var rest = String(term[inRange.upperBound...]).trimmingSpaces
                guard rest.hasPrefix("("), rest.hasSuffix(")") else {
                    throw ParseError(message: "found '\(rest)', expected: '('")
                }
                rest = String(rest.dropFirst().dropLast())
                let values = rest.split(separator: ",").map { String($0).trimmingSpaces }
                try validateKey(key)
                sel.matchExpressions.append(Requirement(key: key, op: isNotIn ? .notIn : .in, values: values))
            } else if let r = term.firstRange(of: "!=") {
                let key = String(term[..<r.lowerBound]).trimmingSpaces
                try validateKey(key)
                sel.matchExpressions.append(Requirement(key: key, op: .notEquals, values: [String(term[r.upperBound...]).trimmingSpaces]))
            } else if let r = term.firstRange(of: "==") ?? term.firstRange(of: "=") {
                let key = String(term[..<r.lowerBound]).trimmingSpaces
                try validateKey(key)
                let value = String(term[r.upperBound...]).trimmingSpaces
                if sel.matchLabels[key] != nil && sel.matchLabels[key] != value {
                    sel.matchExpressions.append(Requirement(key: key, op: .equals, values: [value]))
                } else {
                    sel.matchLabels[key] = value
                }
            } else if term.hasPrefix("!") {
                let key = String(term.dropFirst()).trimmingSpaces
                try validateKey(key)
                sel.matchExpressions.append(Requirement(key: key, op: .doesNotExist))
            } else {
                try validateKey(term)
                sel.matchExpressions.append(Requirement(key: term, op: .exists))
            }
        }
        return sel
    }

    private static func validateKey(_ key: String) throws(ParseError) {
        if key.isEmpty || key.contains(where: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "," }) {
            throw ParseError(message: "unable to parse requirement: invalid label key \"\(key)\"")
        }
    }

    /// Splits on commas that are not inside parentheses.
    private static func splitTopLevel(_ text: String) -> [String] {
        var parts: [String] = [], current = "", depth = 0
        for ch in text {
            if ch == "(" { depth += 1 } else if ch == ")" { depth -= 1 }
            if ch == "," && depth == 0 { parts.append(current); current = "" } else { current.append(ch) }
        }
        parts.append(current)
        return parts
    }
}

extension String {
    /// Trims spaces and tabs (KubeModel imports nothing, so no Foundation trimming).
    public var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
