import Kubectl
import KubeModel

/// Reads the condition language (see `Condition`) with errors that say what was expected.
public enum ConditionParser {
    public struct ParseError: Error, Equatable, Sendable {
        public var message: String
    }

    struct Token: Equatable {
        var text: String
        var quoted = false
        var lower: String { text.lowercased() }
    }

    public static func parse(_ text: String) throws(ParseError) -> Condition {
        var p = try Cursor(tokens: tokenize(text))
        guard !p.atEnd else { throw ParseError(message: "the condition is empty") }
        var clauses: [Clause] = []
        repeat {
            clauses.append(try p.clause())
            if p.atEnd { break }
            guard p.accept("and") else { throw p.error("expected 'and' or the end of the condition") }
        } while true
        return Condition(clauses: clauses)
    }

    /// Words, with `{…}` placeholders and quoted text kept whole.
    static func tokenize(_ text: String) throws(ParseError) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var quote: Character? = nil
        var braces = 0
        func flush() { if !current.isEmpty { tokens.append(Token(text: current)); current = "" } }
        for ch in text {
            if let q = quote {
                if ch == q { tokens.append(Token(text: current, quoted: true)); current = ""; quote = nil } else { current.append(ch) }
                continue
            }
            if braces > 0 {
                current.append(ch)
                if ch == "}" { braces -= 1 }
                continue
            }
            if (ch == "\"" || ch == "'") && current.isEmpty { quote = ch; continue }
            switch ch {
            case "{": braces += 1; current.append(ch)
            case " ", "\t": flush()
            default: current.append(ch)
            }
        }
        if quote != nil { throw ParseError(message: "a quote is never closed") }
        if braces > 0 { throw ParseError(message: Diagnose.unclosedPlaceholder) }
        flush()
        return tokens
    }

    struct Cursor {
        var tokens: [Token]
        var i = 0
        init(tokens: [Token]) throws(ParseError) { self.tokens = tokens }

        var atEnd: Bool { i >= tokens.count }
        var peek: Token? { atEnd ? nil : tokens[i] }
        func peek(_ k: Int) -> Token? { i + k < tokens.count ? tokens[i + k] : nil }

        mutating func accept(_ word: String) -> Bool {
            guard let t = peek, !t.quoted, t.lower == word else { return false }
            i += 1
            return true
        }
        mutating func accept(_ words: [String]) -> Bool {
            for (k, w) in words.enumerated() where peek(k)?.lower != w || peek(k)?.quoted == true { return false }
            i += words.count
            return true
        }
        mutating func next() -> Token? { defer { i += 1 }; return peek }

        func error(_ message: String) -> ParseError {
            ParseError(message: atEnd ? "\(message), but the condition ends there" : "\(message) at '\(tokens[i].text)'")
        }

        // MARK: clauses

        mutating func clause() throws(ParseError) -> Clause {
            if accept(["output", "contains"]) { return .output(contains: try quoted(), negated: false) }
            if accept(["output", "does", "not", "contain"]) { return .output(contains: try quoted(), negated: true) }
            _ = accept("the")
            if accept(["command", "fails"]) { return .commandFailed(true) }
            if accept(["command", "succeeds"]) { return .commandFailed(false) }
            if let count = try count() { return try countClause(count) }
            return try objectClause()
        }

        mutating func quoted() throws(ParseError) -> String {
            guard let t = peek, t.quoted else { throw error("expected text in quotes") }
            i += 1
            return t.text
        }

        /// `3`, `no`, `at least 3`, `at most 3`, `more than 3`, `fewer than 3`, `exactly 3`.
        mutating func count() throws(ParseError) -> Count? {
            let forms: [([String], Count.Op)] = [
                (["at", "least"], .atLeast), (["at", "most"], .atMost), (["more", "than"], .moreThan),
                (["fewer", "than"], .fewerThan), (["less", "than"], .fewerThan), (["exactly"], .exactly),
            ]
            for (words, op) in forms where accept(words) {
                guard let t = next(), let n = Int(t.text), n >= 0 else { i -= 1; throw error("expected a number after '\(words.joined(separator: " "))'") }
                return Count(op, n)
            }
            if accept("no") { return Count(.exactly, 0) }
            if let t = peek, !t.quoted, let n = Int(t.text), n >= 0 { i += 1; return Count(.exactly, n) }
            return nil
        }

        mutating func countClause(_ count: Count) throws(ParseError) -> Clause {
            guard let noun = next(), let type = ResourceType.lookup(noun.text), type.kind == .pod || type.kind == .node else {
                i -= 1
                throw error("expected 'pods' or 'nodes' after the number")
            }
            var target = CountTarget(kind: type.kind, selector: nil, selectorText: nil, node: nil, namespace: "default")
            while true {
                if accept("labelled") || accept("labeled") {
                    guard let t = next() else { throw error("expected a label selector like app=web") }
                    do { target.selector = try LabelSelector.parse(t.text) } catch {
                        i -= 1
                        throw self.error("'\(t.text)' is not a label selector (\(error.message))")
                    }
                    target.selectorText = t.text
                } else if type.kind == .pod && accept(["on", "node"]) {
                    target.node = try name()
                } else if type.kind == .pod && accept(["in", "namespace"]) {
                    guard let t = next() else { throw error("expected a namespace") }
                    target.namespace = t.text
                } else { break }
            }
            if accept("exist") || accept("exists") { return .count(target, count, .exist) }
            guard accept("are") || accept("is") else { throw error("expected 'are STATE' or 'exist'") }
            let negated = accept("not")
            return .count(target, count, .state(try state(for: type.kind), negated: negated))
        }

        mutating func objectClause() throws(ParseError) -> Clause {
            guard let first = peek, !first.quoted else { throw error("expected a kind (pod, deployment, replicaset, node, namespace) or a count (3 pods …)") }
            var kindWord = first.text, nameText: String? = nil
            if let slash = first.text.firstIndex(of: "/"), !first.text.hasPrefix("{") {
                kindWord = String(first.text[..<slash]); nameText = String(first.text[first.text.index(after: slash)...])
            }
            guard let type = ResourceType.lookup(kindWord), type.kind != .event else {
                let kinds = ["pod", "pods", "deployment", "replicaset", "node", "nodes", "namespace"]
                throw ParseError(message: "unknown kind '\(kindWord)'" + Diagnose.didYouMean(kindWord, kinds)
                                 + ": a condition starts with a kind (pod, deployment, replicaset, node, namespace) or a count (3 pods …)")
            }
            i += 1
            let name: Name
            if let nameText {
                guard !nameText.isEmpty else { throw error("expected a name after '\(kindWord)/'") }
                name = .literal(nameText)
            } else {
                name = try self.name()
            }
            var target = ObjectTarget(kind: type.kind, name: name, namespace: type.kind.isNamespaced ? "default" : "")
            if type.kind.isNamespaced && accept(["in", "namespace"]) {
                guard let t = next() else { throw error("expected a namespace") }
                target.namespace = t.text
            }
            var predicates = [try predicate(for: type.kind)]
            // `and` followed by a predicate word continues this object; otherwise a new clause.
            while true {
                if accept("with") { predicates.append(try withField(type.kind)); continue }
                if peek?.lower == "and", let w = peek(1)?.lower, ["is", "has", "uses", "runs", "exists", "does", "with"].contains(w) {
                    i += 1
                    if accept("with") { predicates.append(try withField(type.kind)) } else { predicates.append(try predicate(for: type.kind)) }
                    continue
                }
                break
            }
            return .object(target, predicates)
        }

        mutating func name() throws(ParseError) -> Name {
            guard let t = next(), !t.quoted else { i -= 1; throw error("expected a name") }
            if t.text.hasPrefix("{") {
                let inner = String(t.text.dropFirst().dropLast()).trimmingSpaces
                guard t.text.hasSuffix("}"), let p = Placeholder.parse(inner) else { throw ParseError(message: Diagnose.badPlaceholder(inner)) }
                return .placeholder(p)
            }
            return .literal(t.text)
        }

        mutating func predicate(for kind: Kind) throws(ParseError) -> Predicate {
            if accept("exists") { return .exists(true) }
            if accept(["does", "not", "exist"]) { return .exists(false) }
            if accept("uses") || accept("runs") {
                _ = accept("image")
                guard let t = next() else { throw error("expected an image") }
                return try image(t.text, kind)
            }
            if accept("has") {
                if accept("label") {
                    guard let t = next(), let eq = t.text.firstIndex(of: "=") else { i -= 1; throw error("expected KEY=VALUE") }
                    return .label(key: String(t.text[..<eq]), value: String(t.text[t.text.index(after: eq)...]))
                }
                return try countedField(kind)
            }
            if accept("is") {
                if accept(["on", "node"]) {
                    guard kind == .pod else { throw error("only a pod is on a node") }
                    return .onNode(try name())
                }
                if accept(["on", "image"]) {
                    guard let t = next() else { throw error("expected an image") }
                    return try image(t.text, kind)
                }
                let negated = accept("not")
                return .state(try state(for: kind), negated: negated)
            }
            throw error("expected 'is', 'has', 'uses image', 'exists' or 'does not exist'")
        }

        mutating func withField(_ kind: Kind) throws(ParseError) -> Predicate {
            if accept("image") {
                guard let t = next() else { throw error("expected an image") }
                return try image(t.text, kind)
            }
            return try countedField(kind)
        }

        mutating func countedField(_ kind: Kind) throws(ParseError) -> Predicate {
            guard let count = try count() else { throw error("expected a number") }
            let allowed: [Field] = kind == .pod ? [.restarts] : (kind == .deployment || kind == .replicaSet) ? [.ready, .available, .updated, .current, .replicas] : []
            for field in Field.allCases.sorted(by: { $0.rawValue.count > $1.rawValue.count }) {
                var words = field.rawValue.split(separator: " ").map(String.init)
                var accepted = accept(words)
                if !accepted && count.n == 1 && !count.text.hasPrefix("no") {
                    words[words.count - 1] = String(words[words.count - 1].dropLast()) // `1 ready replica`, `1 restart`
                    accepted = accept(words)
                }
                guard accepted else { continue }
                guard allowed.contains(field) else { throw ParseError(message: "a \(kind.rawValue.lowercased()) has no \(field.rawValue)") }
                return .field(field, count)
            }
            let names = allowed.map(\.rawValue).joined(separator: "', '")
            if names.isEmpty { throw ParseError(message: "a \(kind.rawValue.lowercased()) has nothing to count") }
            throw error("expected '\(names)'")
        }

        func image(_ text: String, _ kind: Kind) throws(ParseError) -> Predicate {
            guard [.pod, .deployment, .replicaSet].contains(kind) else {
                throw ParseError(message: "a \(kind.rawValue.lowercased()) has no image")
            }
            return .image(text)
        }

        mutating func state(for kind: Kind) throws(ParseError) -> String {
            guard let t = next(), !t.quoted else { i -= 1; throw error("expected a state") }
            let words = StateWords.words(for: kind)
            guard !words.isEmpty else {
                i -= 1
                throw error("a \(kind.rawValue.lowercased()) has no states to check; try 'exists' or 'has N ready replicas'")
            }
            guard let word = StateWords.canonical(t.text, for: kind) else {
                throw ParseError(message: "unknown \(kind.rawValue.lowercased()) state '\(t.text)'" + Diagnose.didYouMean(t.text, words)
                                 + "; known: " + words.joined(separator: ", "))
            }
            return word
        }
    }
}
