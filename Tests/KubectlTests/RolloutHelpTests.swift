import Testing
import ClusterSim
@testable import Kubectl

/// `--help` for the scaling and rollout commands: kubectl's page, and flag errors that point
/// at the command's own help, as cobra words them.
@Suite struct RolloutHelpTests {
    static func kubectl() -> Kubectl { Kubectl(sim: Simulation(), files: NoFiles()) }

    struct NoFiles: FileSource {
        func read(_ path: String) throws(KubectlError) -> String { throw .message("no files here") }
    }

    @Test(arguments: [
        ("scale", "kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]"),
        ("set image", "kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]"),
        ("rollout status", "kubectl rollout status (TYPE NAME | TYPE/NAME) [flags] [options]"),
        ("rollout history", "kubectl rollout history (TYPE NAME | TYPE/NAME) [flags] [options]"),
        ("rollout undo", "kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]"),
        ("rollout restart", "kubectl rollout restart RESOURCE [options]"),
        ("rollout pause", "kubectl rollout pause RESOURCE [options]"),
        ("rollout resume", "kubectl rollout resume RESOURCE [options]"),
    ])
    func helpPageEndsWithUsage(command: String, usage: String) {
        let r = Self.kubectl().run(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(r.exitCode == 0)
        #expect(r.stdout.hasSuffix("Usage:\n  \(usage)\n\nUse \"kubectl options\" for a list of global command-line options (applies to all commands).\n"))
        #expect(r.stdout.contains("Examples:\n"))
    }

    @Test func unknownFlagPointsAtTheCommandsHelp() {
        let r = Self.kubectl().run(["scale", "--bogus"])
        #expect(r.exitCode == 1)
        #expect(r.stderr == "Error: unknown flag: --bogus\nSee 'kubectl scale --help' for usage.\n")
    }
}
