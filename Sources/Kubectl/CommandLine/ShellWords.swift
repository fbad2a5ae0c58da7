/// Splits a command line into words as a POSIX shell would for the cases learners type:
/// spaces separate, single quotes keep everything, double quotes keep spaces and allow
/// `\"`, a backslash escapes the next character. An unterminated quote is an error.
public enum ShellWords {
    public struct UnterminatedQuote: Error, Equatable {}

    public static func split(_ line: String) throws(UnterminatedQuote) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character? = nil
        var escape = false
        for ch in line {
            if escape { current.append(ch); escape = false; inWord = true; continue }
            if let q = quote {
                if ch == q { quote = nil }
                else if ch == "\\" && q == "\"" { escape = true }
                else { current.append(ch) }
                continue
            }
            switch ch {
            case "'", "\"": quote = ch; inWord = true
            case "\\": escape = true
            case " ", "\t":
                if inWord { words.append(current); current = ""; inWord = false }
            default: current.append(ch); inWord = true
            }
        }
        if quote != nil || escape { throw UnterminatedQuote() }
        if inWord { words.append(current) }
        return words
    }
}
