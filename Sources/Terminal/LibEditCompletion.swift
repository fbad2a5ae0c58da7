@preconcurrency import CLibEdit

/// What Tab asks: candidates for `word`, given the text before it on the line.
public typealias CompletionSource = @MainActor (_ before: String, _ word: String) -> [String]

/// libedit's completion hook is a C function pointer, which cannot capture anything, so
/// the completer it should ask is kept here. Main-actor state, because `readline` runs on
/// the main thread and calls the hook from inside itself.
@MainActor private var activeCompleter: CompletionSource?

enum LibEditCompletion {
    @MainActor static func install(_ completer: @escaping CompletionSource) {
        activeCompleter = completer
        rl_attempted_completion_function = completeWord
    }
}

/// The hook libedit calls on Tab. `start` counts wide characters, not UTF-8 bytes, hence
/// the prefix taken in Unicode scalars.
private func completeWord(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    // Without this libedit falls back to completing file names.
    rl_attempted_completion_over = 1
    let word = text.map { String(cString: $0) } ?? ""
    let line = rl_line_buffer.map { String(cString: $0) } ?? ""
    let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix(Int(start))))
    let candidates = MainActor.assumeIsolated { activeCompleter?(before, word) ?? [] }
    return CompletionList.layout(for: candidates).map(CStringArray.make)
}
