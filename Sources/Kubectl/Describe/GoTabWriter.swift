/// Go's `text/tabwriter` as `kubectl describe` configures it (`tabbedString`:
/// minwidth 0, tabwidth 8, padding 2, pad with spaces, no flags).
///
/// Text is cells terminated by tabs; the text after a line's last tab is not part of any
/// column. A column is aligned over a *block*: consecutive lines that all have a cell in
/// it, so a line without tabs (`Containers:`) ends every block above it. `flush()` ends
/// the blocks as well, which is how the Events table gets its own widths.
struct GoTabWriter {
    private var pending = ""
    private(set) var output = ""
    var padding = 2
    var minWidth = 0

    mutating func write(_ s: String) { pending += s }

    mutating func flush() {
        output += Self.format(pending, padding: padding, minWidth: minWidth)
        pending = ""
    }

    var text: String {
        var copy = self
        copy.flush()
        return copy.output
    }

    private struct Cell { var text: String; var width: Int }

    static func format(_ text: String, padding: Int, minWidth: Int) -> String {
        guard !text.isEmpty else { return "" }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { Cell(text: String($0), width: $0.unicodeScalars.count) }
        }
        let endsWithNewline = text.hasSuffix("\n")
        if endsWithNewline { lines.removeLast() }
        var out = ""
        var widths: [Int] = []

        func writeLines(_ from: Int, _ to: Int) {
            for i in from..<to {
                let line = lines[i]
                for (j, cell) in line.enumerated() {
                    out += cell.text
                    if j < widths.count && j < line.count - 1 {
                        out += String(repeating: " ", count: max(0, widths[j] - cell.width))
                    }
                }
                if i + 1 < lines.count || endsWithNewline { out += "\n" }
            }
        }

        func formatBlock(_ line0In: Int, _ line1: Int) {
            var line0 = line0In
            let column = widths.count
            var this = line0
            while this < line1 {
                if column >= lines[this].count - 1 { this += 1; continue }
                writeLines(line0, this)
                line0 = this
                var width = minWidth
                while this < line1 && column < lines[this].count - 1 {
                    width = max(width, lines[this][column].width + padding)
                    this += 1
                }
                widths.append(width)
                formatBlock(line0, this)
                widths.removeLast()
                line0 = this
            }
            writeLines(line0, line1)
        }

        formatBlock(0, lines.count)
        return out
    }
}
