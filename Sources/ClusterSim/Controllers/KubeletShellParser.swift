import KubeModel

/// A very small POSIX-shell reader, enough for the one-liners people put in `command:`
/// (`sh -c 'until nc -z db 5432; do sleep 2; done'`, `while true; do echo hi; sleep 5; done`).
/// It reads words, quotes, `$VAR`, `;` `&&` `||` `|` `>` and the keywords of
/// `while`/`until`/`for`/`if`; everything else is a plain word.
indirect enum ShellNode: Hashable, Sendable {
    case command(words: [ShellWord], redirect: ShellWord?)
    case sequence([ShellNode])
    case and(ShellNode, ShellNode)
    case or(ShellNode, ShellNode)
    case loop(until: Bool, condition: ShellNode, body: ShellNode)
    case forEach(variable: String, items: [ShellWord], body: ShellNode)
    case conditional(condition: ShellNode, then: ShellNode, otherwise: ShellNode?)
}

/// One word as written: pieces of literal text and variable references, expanded when run.
struct ShellWord: Hashable, Sendable {
    enum Piece: Hashable, Sendable { case text(String), variable(String), substitution(String) }
    var pieces: [Piece]
    var literal: String? {
        var out = ""
        for p in pieces { if case .text(let t) = p { out += t } else { return nil } }
        return out
    }
}

enum ShellToken: Hashable, Sendable {
    case word(ShellWord)
    case op(String) // ; && || | > >> & and newline as ";"
}

enum ShellParser {
    static func tokenize(_ script: String) -> [ShellToken] {
        var tokens: [ShellToken] = []
        var pieces: [ShellWord.Piece] = []
        var text = ""
        var inWord = false
        let chars = Array(script)
        var i = 0
        func flushText() { if !text.isEmpty { pieces.append(.text(text)); text = "" } }
        func endWord() {
            flushText()
            if inWord { tokens.append(.word(ShellWord(pieces: pieces))) }
            pieces = []; inWord = false
        }
        func readVariable() {
            // at chars[i] == "$"
            i += 1
            guard i < chars.count else { text.append("$"); return }
            if chars[i] == "{" {
                var name = ""; i += 1
                while i < chars.count && chars[i] != "}" { name.append(chars[i]); i += 1 }
                i += 1
                flushText(); pieces.append(.variable(name))
            } else if chars[i] == "(" {
                var depth = 1, inner = ""; i += 1
                while i < chars.count {
                    if chars[i] == "(" { depth += 1 } else if chars[i] == ")" { depth -= 1; if depth == 0 { break } }
                    inner.append(chars[i]); i += 1
                }
                i += 1
                flushText(); pieces.append(.substitution(inner))
            } else if chars[i].isLetter || chars[i] == "_" || chars[i] == "?" {
                var name = ""
                if chars[i] == "?" { name = "?"; i += 1 } else {
                    while i < chars.count && (chars[i].isLetter || chars[i].isNumber || chars[i] == "_") { name.append(chars[i]); i += 1 }
                }
                flushText(); pieces.append(.variable(name))
            } else {
                text.append("$")
            }
        }
        while i < chars.count {
            let c = chars[i]
            switch c {
            case " ", "\t":
                endWord(); i += 1
            case "\n", ";":
                endWord(); tokens.append(.op(";")); i += 1
            case "&", "|":
                endWord()
                if i + 1 < chars.count && chars[i + 1] == c { tokens.append(.op(String([c, c]))); i += 2 }
                else { tokens.append(.op(String(c))); i += 1 }
            case ">":
                endWord()
                if i + 1 < chars.count && chars[i + 1] == ">" { tokens.append(.op(">>")); i += 2 } else { tokens.append(.op(">")); i += 1 }
            case "#" where !inWord:
                while i < chars.count && chars[i] != "\n" { i += 1 }
            case "'":
                inWord = true; i += 1
                while i < chars.count && chars[i] != "'" { text.append(chars[i]); i += 1 }
                i += 1
            case "\"":
                inWord = true; i += 1
                while i < chars.count && chars[i] != "\"" {
                    if chars[i] == "$" { readVariable(); continue }
                    if chars[i] == "\\", i + 1 < chars.count {
                        // Inside double quotes a backslash escapes only $ ` " \ (POSIX 2.2.3).
                        if "$`\"\\".contains(chars[i + 1]) { text.append(chars[i + 1]) } else { text.append("\\"); text.append(chars[i + 1]) }
                        i += 2; continue
                    }
                    text.append(chars[i]); i += 1
                }
                i += 1
            case "$":
                inWord = true; readVariable()
            case "\\":
                inWord = true
                if i + 1 < chars.count { text.append(chars[i + 1]) }
                i += 2
            default:
                inWord = true; text.append(c); i += 1
            }
        }
        endWord()
        return tokens
    }

    static func parse(_ script: String) -> ShellNode {
        var p = Cursor(tokens: tokenize(script))
        return p.list(until: [])
    }

    struct Cursor {
        var tokens: [ShellToken]
        var at = 0

        func peekWord() -> String? {
            guard at < tokens.count, case .word(let w) = tokens[at] else { return nil }
            return w.literal
        }
        mutating func skipSeparators() {
            while at < tokens.count, case .op(let o) = tokens[at], o == ";" || o == "&" { at += 1 }
        }
        mutating func expect(_ keyword: String) { if peekWord() == keyword { at += 1 } }

        /// Statements up to (not including) one of the `terminators` keywords.
        mutating func list(until terminators: Set<String>) -> ShellNode {
            var items: [ShellNode] = []
            while true {
                skipSeparators()
                guard at < tokens.count else { break }
                if let w = peekWord(), terminators.contains(w) { break }
                items.append(andOr(until: terminators))
            }
            return items.count == 1 ? items[0] : .sequence(items)
        }

        mutating func andOr(until terminators: Set<String>) -> ShellNode {
            var left = pipeline(until: terminators)
            while at < tokens.count, case .op(let o) = tokens[at], o == "&&" || o == "||" {
                at += 1
                let right = pipeline(until: terminators)
                left = o == "&&" ? .and(left, right) : .or(left, right)
            }
            return left
        }

        /// `a | b`: the simulation keeps only the last command's outcome.
        mutating func pipeline(until terminators: Set<String>) -> ShellNode {
            var node = compound(until: terminators)
            while at < tokens.count, case .op("|") = tokens[at] {
                at += 1
                let next = compound(until: terminators)
                node = .sequence([node, next])
            }
            return node
        }

        mutating func compound(until terminators: Set<String>) -> ShellNode {
            switch peekWord() {
            case "while", "until":
                let isUntil = peekWord() == "until"
                at += 1
                let cond = list(until: ["do"]); expect("do")
                let body = list(until: ["done"]); expect("done")
                return .loop(until: isUntil, condition: cond, body: body)
            case "for":
                at += 1
                var variable = ""
                if case .word(let w)? = tokens[safe: at] { variable = w.literal ?? ""; at += 1 }
                var items: [ShellWord] = []
                if peekWord() == "in" {
                    at += 1
                    while at < tokens.count, case .word(let w) = tokens[at] { items.append(w); at += 1 }
                }
                skipSeparators(); expect("do")
                let body = list(until: ["done"]); expect("done")
                return .forEach(variable: variable, items: items, body: body)
            case "if":
                at += 1
                let cond = list(until: ["then"]); expect("then")
                let then = list(until: ["else", "fi"])
                var otherwise: ShellNode? = nil
                if peekWord() == "else" { at += 1; otherwise = list(until: ["fi"]) }
                expect("fi")
                return .conditional(condition: cond, then: then, otherwise: otherwise)
            default:
                var words: [ShellWord] = []
                var redirect: ShellWord? = nil
                while at < tokens.count {
                    if case .word(let w) = tokens[at] {
                        if words.isEmpty, let l = w.literal, terminators.contains(l) { break }
                        words.append(w); at += 1
                    } else if case .op(let o) = tokens[at], o == ">" || o == ">>" {
                        at += 1
                        if case .word(let w)? = tokens[safe: at] { redirect = w; at += 1 }
                    } else { break }
                }
                return .command(words: words, redirect: redirect)
            }
        }
    }
}

fileprivate extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
