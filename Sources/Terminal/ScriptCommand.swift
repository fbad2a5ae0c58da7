import Shell

/// `kubetutor script [FILE|-]`: run a file of commands without a prompt, for lessons,
/// demos and CI. The exit status says whether any command failed, as `bash -e` users expect.
public enum ScriptCommand {
    @MainActor
    public static func run(path: String?, options: SessionOptions, echo: Bool,
                           output: any TextOutput) -> Int32 {
        let text: String
        switch FileInput.read(path) {
        case .success(let contents):
            text = contents
        case .failure(let failure):
            output.write(failure.message, to: .standardError)
            return 1
        }
        var options = options
        options.interactive = false
        let result = ScriptRunner.run(text, options: options, echo: echo, keepSession: true)
        output.write(result.output, to: .standardOutput)
        output.write(result.errorOutput, to: .standardError)
        return result.failed ? 1 : 0
    }

    /// The same, printing to the process's own stdout and stderr.
    @MainActor
    public static func run(path: String?, options: SessionOptions, echo: Bool) -> Int32 {
        run(path: path, options: options, echo: echo, output: StandardStreams())
    }
}
