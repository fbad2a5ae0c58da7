/// kubectl's table layout: Go's tabwriter with min width 6 and padding 3, so every column
/// is as wide as its widest cell plus three spaces (at least six), and the last column is
/// not padded (`k8s.io/cli-runtime/pkg/printers/tabwriter.go`).
public struct Table: Sendable {
    public var headers: [String]
    public var rows: [[String]]
    public init(headers: [String], rows: [[String]] = []) { self.headers = headers; self.rows = rows }

    public func render(showHeaders: Bool = true) -> String {
        let all = (showHeaders ? [headers] : []) + rows
        guard let columns = all.map(\.count).max(), columns > 0 else { return "" }
        var widths = Array(repeating: 0, count: columns)
        for row in all {
            for (i, cell) in row.enumerated() where i < columns - 1 {
                widths[i] = max(widths[i], max(6, cell.count + 3))
            }
        }
        var out = ""
        for row in all {
            var line = ""
            for (i, cell) in row.enumerated() {
                if i < row.count - 1 {
                    line += cell + String(repeating: " ", count: widths[i] - cell.count)
                } else {
                    line += cell
                }
            }
            out += line + "\n"
        }
        return out
    }
}
