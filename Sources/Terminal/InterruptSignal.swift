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
///
/// One gap needs closing: if Ctrl-C lands while libedit is between reads (echoing the key
/// before it, say), nothing is interrupted, and libedit goes back to `read()` on a terminal
/// it has already put back in cooked mode — the shell would sit there until Enter. So the
/// handler also starts a 50 ms repeating timer whose SIGALRM interrupts that `read()`;
/// `reset` and `consume` stop it. Typing fast or pasting reaches this window; so does a test.
enum InterruptSignal {
    static func install() {
        // Globals are initialised lazily, and lazy initialisation is not safe inside a
        // signal handler, so touch the flag once here.
        interruptSeen.store(false, ordering: .relaxed)
        install(SIGALRM) { _ in }
        install(SIGINT) { _ in
            interruptSeen.store(true, ordering: .relaxed)
            // A literal: a static constant could need lazy initialisation here.
            let every = timeval(tv_sec: 0, tv_usec: 50_000)
            var nudge = itimerval(it_interval: every, it_value: every)
            setitimer(__itimer_which_t(ITIMER_REAL.rawValue), &nudge, nil)
        }
    }

    /// Forgets an interrupt that arrived between lines.
    static func reset() {
        stopNudging()
        interruptSeen.store(false, ordering: .relaxed)
    }

    /// Whether Ctrl-C arrived since the last reset, clearing the flag.
    static func consume() -> Bool {
        stopNudging()
        return interruptSeen.exchange(false, ordering: .relaxed)
    }

    private static func stopNudging() {
        var off = itimerval()
        setitimer(__itimer_which_t(ITIMER_REAL.rawValue), &off, nil)
    }

    /// No `SA_RESTART`, so a blocked `read()` returns EINTR.
    private static func install(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }
}
