import ClusterSim
import Kubectl
import KubeModel

/// `kubectl get … -w` in the shell. kubectl prints the list, then one row each time a
/// watched object changes, keeping the column widths it started with (`RememberWidths`:
/// widths only grow). In a script the watch runs through the next `advance`, `settle` or
/// `step`; a row is printed for every change seen along the way, as the stream shows them.
final class Watch {
    let words: [String]                 // the get command without -w
    var widths: [Int] = []              // column widths as first printed (cell + padding)
    var headers: [String] = []
    var last: [String: [String]] = [:]  // name → cells last printed
    var output = ""

    /// `table` is what the initial `get` printed (empty when nothing matched yet).
    init(words: [String], table: String) {
        self.words = words
        if let parsed = Self.parse(table) {
            headers = parsed.headers
            widths = parsed.widths
            for row in parsed.rows { last[row[0]] = row }
        }
    }

    /// Splits a kubectl table into cells using the header's column positions: a column
    /// starts where a header word follows three or more spaces.
    static func parse(_ table: String) -> (headers: [String], widths: [Int], rows: [[String]])? {
        let lines = table.split(separator: "\n").map { Array($0) }
        guard let header = lines.first else { return nil }
        var starts = [0]
        for i in 3..<max(3, header.count) where header[i] != " " && header[(i - 3)..<i].allSatisfy({ $0 == " " }) {
            starts.append(i)
        }
        func cells(_ line: [Character]) -> [String] {
            starts.enumerated().map { i, start in
                guard start < line.count else { return "" }
                let end = i + 1 < starts.count ? min(starts[i + 1], line.count) : line.count
                return String(line[start..<end]).trimmingTrailingSpaces
            }
        }
        let widths = zip(starts, starts.dropFirst()).map { $1 - $0 }
        return (cells(header), widths, lines.dropFirst().map(cells))
    }

    /// Re-reads the watched objects; prints a row for each that changed or went away.
    /// AGE alone changing is not a watch event, so it is left out of the comparison.
    func observe(_ kubectl: Kubectl) {
        guard let table = Self.parse(kubectl.run(words).stdout) else { return finishGone([]) }
        if headers.isEmpty {
            headers = table.headers
            widths = table.widths
            output += render(headers)
        }
        let ageColumn = headers.firstIndex(of: "AGE")
        let comparable = { (c: [String]) in c.enumerated().filter { $0.offset != ageColumn }.map(\.element) }
        var seen: Set<String> = []
        for cells in table.rows {
            seen.insert(cells[0])
            if let previous = last[cells[0]], comparable(previous) == comparable(cells) { continue }
            last[cells[0]] = cells
            output += render(cells)
        }
        finishGone(seen)
    }

    /// Objects that left: the watch's DELETED event prints their last row once more.
    private func finishGone(_ seen: Set<String>) {
        for name in last.keys.sorted() where !seen.contains(name) {
            output += render(last[name]!)
            last[name] = nil
        }
    }

    func render(_ cells: [String]) -> String {
        var line = ""
        for (i, cell) in cells.enumerated() {
            guard i + 1 < cells.count else { line += cell; break }
            if i < widths.count { widths[i] = max(widths[i], cell.count + 3) } else { widths.append(max(6, cell.count + 3)) }
            line += cell + String(repeating: " ", count: widths[i] - cell.count)
        }
        return line + "\n"
    }
}
