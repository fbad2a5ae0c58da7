/// ANSI colour, only where it helps: on a terminal, and never when the learner has set
/// `NO_COLOR` (https://no-color.org: any non-empty value) or `TERM=dumb`. Pipes and
/// files get plain text so transcripts stay readable and diffable.
///
/// This decides colour for the whole program: the session's own `Style` (pictures,
/// status cells) is told `colour: enabled` at start-up.
public struct ANSIStyle: Sendable, Equatable {
    public enum Attribute: String, Sendable {
        case bold = "1", dim = "2"
        case red = "31", green = "32", yellow = "33", blue = "34", cyan = "36"
    }

    public var enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    public static func detect(stdoutIsTerminal: Bool, environment: (String) -> String?) -> ANSIStyle {
        let noColor = environment("NO_COLOR").map { !$0.isEmpty } ?? false
        let dumb = environment("TERM") == "dumb"
        return ANSIStyle(enabled: stdoutIsTerminal && !noColor && !dumb)
    }

    /// `text` wrapped in the attributes, then reset.
    public func apply(_ text: String, _ attributes: Attribute...) -> String {
        wrap(text, attributes, escapeStart: "", escapeEnd: "")
    }

    /// The same for a libedit prompt. libedit must know which bytes take no columns, or it
    /// puts the cursor in the wrong place; `\u{1}`…`\u{2}` (readline's
    /// RL_PROMPT_START_IGNORE/END_IGNORE) mark them.
    public func applyInPrompt(_ text: String, _ attributes: Attribute...) -> String {
        wrap(text, attributes, escapeStart: "\u{1}", escapeEnd: "\u{2}")
    }

    private func wrap(_ text: String, _ attributes: [Attribute], escapeStart: String, escapeEnd: String) -> String {
        guard enabled, !attributes.isEmpty, !text.isEmpty else { return text }
        let codes = attributes.map(\.rawValue).joined(separator: ";")
        return escapeStart + "\u{1B}[\(codes)m" + escapeEnd + text + escapeStart + "\u{1B}[0m" + escapeEnd
    }
}
