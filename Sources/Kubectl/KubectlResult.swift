/// What one kubectl invocation printed, and its exit status.
public struct KubectlResult: Sendable, Equatable {
    public var stdout: String
    public var stderr: String
    public var exitCode: Int32
    public init(stdout: String = "", stderr: String = "", exitCode: Int32 = 0) {
        self.stdout = stdout; self.stderr = stderr; self.exitCode = exitCode
    }
    public static func failure(_ error: KubectlError) -> KubectlResult {
        KubectlResult(stderr: error.text + "\n", exitCode: 1)
    }
}
