/// Colour and box-drawing for the pictures. On a terminal (and without NO_COLOR) statuses
/// are coloured and boxes use line-drawing characters; otherwise it is plain ASCII text, so
/// transcripts and pipes stay clean.
public struct Style: Sendable, Equatable {
    public var colour: Bool
    public var width: Int
    public init(colour: Bool = false, width: Int = 80) { self.colour = colour; self.width = max(40, width) }

    public static let plain = Style()

    enum Tone { case good, busy, bad, gone, dim }

    func paint(_ text: String, _ tone: Tone) -> String {
        guard colour else { return text }
        let code: String
        switch tone {
        case .good: code = "32"
        case .busy: code = "33"
        case .bad: code = "31"
        case .gone: code = "35"
        case .dim: code = "2"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    /// The tone of a pod STATUS cell.
    static func tone(ofStatus status: String) -> Tone {
        switch status {
        case "Running", "Completed": return .good
        case "Pending", "ContainerCreating", "PodInitializing": return .busy
        case "Terminating", "Unknown": return .gone
        default: return status.hasPrefix("Init:") && !status.contains("Err") && !status.contains("Crash") ? .busy : .bad
        }
    }

    var boxChars: (tl: String, tr: String, bl: String, br: String, h: String, v: String) {
        colour ? ("┌", "┐", "└", "┘", "─", "│") : ("+", "+", "+", "+", "-", "|")
    }
}
