#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Seconds on a clock that only moves forward, for an interactive session whose simulated
/// time follows real time. Monotonic so that a wall-clock change (NTP, daylight saving)
/// never makes the cluster jump or stall. Benchmarks time themselves with it too.
public enum MonotonicClock {
    public static func seconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1_000_000_000
    }
}
