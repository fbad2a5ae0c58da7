import Glibc
import Testing
@testable import Terminal

struct HistoryLocationTests {
    @Test("XDG_STATE_HOME wins, relative values are ignored, HOME is the fallback", arguments: [
        (["XDG_STATE_HOME": "/s", "HOME": "/h"], "/s/kubetutor/history"),
        (["XDG_STATE_HOME": "/s/", "HOME": "/h"], "/s/kubetutor/history"),
        (["XDG_STATE_HOME": "", "HOME": "/h"], "/h/.local/state/kubetutor/history"),
        (["XDG_STATE_HOME": "state", "HOME": "/h/"], "/h/.local/state/kubetutor/history"),
        (["HOME": "/h"], "/h/.local/state/kubetutor/history"),
        ([:], nil),
        (["HOME": "relative"], nil),
    ] as [([String: String], String?)])
    func resolves(environment: [String: String], expected: String?) {
        #expect(HistoryLocation.file(environment: { environment[$0] }) == expected)
    }

    @Test func createsMissingFoldersPrivately() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let base = scratch.path

        #expect(HistoryLocation.createDirectory(containing: base + "/a/b/history") == nil)
        var info = stat()
        #expect(stat(base + "/a/b", &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
        // A second run finds the folders already there.
        #expect(HistoryLocation.createDirectory(containing: base + "/a/b/history") == nil)
    }

    @Test func reportsWhyAFolderCannotBeMade() {
        #expect(HistoryLocation.createDirectory(containing: "/proc/self/nope/history") != nil)
    }
}
