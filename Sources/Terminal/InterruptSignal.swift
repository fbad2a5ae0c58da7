import Glibc
import Synchronization

/// Set by the SIGINT handler; an atomic is the only state a signal handler may touch.
private let interruptSeen = Atomic<Bool>(false)

/// Ctrl-C abandons the line being typed instead of killing the tutorial (and losing
/// unsaved history).
///
/// How it works with libedit: libedit's own handler restores the terminal, reinstalls the
/// handler that was there before `readline` (this one) and re-raises. Because this handler
/// is installed **without `SA_RESTART`**, the `read()` inside `readline` then fails with
/// EINTR and `readline` returns NULL — the same as end of input, so the flag tells the two
/// apart. (Glibc's `signal()` sets `SA_RESTART`, and `read()` would just resume.)
enum InterruptSignal {
    static func install() {
        // Globals are initialised lazily, and lazy initialisation is not safe inside a
        // signal handler, so touch the flag once here.
        interruptSeen.store(false, ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in interruptSeen.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Forgets an interrupt that arrived between lines.
    static func reset() {
        interruptSeen.store(false, ordering: .relaxed)
    }

    /// Whether Ctrl-C arrived since the last reset, clearing the flag.
    static func consume() -> Bool {
        interruptSeen.exchange(false, ordering: .relaxed)
    }
}
