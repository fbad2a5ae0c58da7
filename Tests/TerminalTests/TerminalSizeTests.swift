import Testing
@testable import Terminal

struct TerminalSizeTests {
    @Test("the window wins, then COLUMNS, then 80", arguments: [
        (120, "100", 120),
        (0, "100", 100),
        (nil, "100", 100),
        (nil, "wide", 80),
        (nil, "-5", 80),
        (nil, nil, 80),
    ] as [(Int?, String?, Int)])
    func resolves(window: Int?, environment: String?, expected: Int) {
        #expect(TerminalSize.resolve(windowColumns: window, environmentColumns: environment) == expected)
    }
}
