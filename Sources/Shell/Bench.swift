#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClusterSim
import KubeModel

/// `kubetutor bench`: the scale scenarios, each typed into a real session as a learner
/// would, printing wall time, simulated time, peak memory and pods per second.
public enum Bench {
    public struct Figure: Sendable {
        public var name: String
        public var wallSeconds: Double
        public var simulated: Millis
        public var peakMiB: Double
        public var pods: Int
        /// Controller decisions made while it ran.
        public var decisions: Int = 0
        /// With repeated runs, the fastest and slowest of them (the figure is the median).
        public var spread: (runs: Int, low: Double, high: Double)? = nil
        /// A figure that is not a timing (the growth of cost) says what it is in words instead.
        public var note: String? = nil

        public var line: String {
            if let note { return pad(name, 46) + note }
            let runs = spread.map { " (median of \($0.runs): \(fixed($0.low, 3))–\(fixed($0.high, 3)) s)" } ?? ""
            let rate = wallSeconds > 0 && pods > 0 ? "\(Int(Double(pods) / wallSeconds)) pods/s" : "-"
            return pad(name, 46) + "wall " + pad(fixed(wallSeconds, 3) + " s", 12)
                + "simulated " + pad(GoDuration.format(simulated), 10)
                + "peak " + pad(fixed(peakMiB, 1) + " MiB", 13) + pad(rate, 16)
                + (decisions > 0 ? "\(decisions) decisions" : "") + runs
        }

        /// The median run by wall time, carrying the spread of all of them. The peak is the
        /// process's, which only grows, so the caller says which reading stands for the runs.
        static func median(of runs: [Figure], peakMiB: Double) -> Figure {
            let sorted = runs.sorted { $0.wallSeconds < $1.wallSeconds }
            var f = sorted[sorted.count / 2]
            if runs.count > 1 { f.spread = (runs.count, sorted.first!.wallSeconds, sorted.last!.wallSeconds) }
            f.peakMiB = peakMiB
            return f
        }

        /// How much longer `pods` took than `base` did, against the ratio of their sizes: a
        /// cost that grows linearly takes 10× as long for 10× the pods.
        static func growth(pods: Int, seconds: Double, against base: Int, seconds baseSeconds: Double) -> Figure {
            let times = seconds / baseSeconds
            var f = Figure(name: "growth \(base) -> \(pods) pods", wallSeconds: 0, simulated: 0, peakMiB: Bench.peakMiB(), pods: 0)
            f.note = "\(fixed(times, 1))× the time for \(fixed(Double(pods) / Double(base), 1))× the pods"
            return f
        }
    }

    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
    static func fixed(_ x: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let v = (x * scale).rounded() / scale
        var s = String(v)
        if let dot = s.firstIndex(of: ".") {
            let decimals = s.distance(from: dot, to: s.endIndex) - 1
            if decimals < digits { s += String(repeating: "0", count: digits - decimals) }
        }
        return s
    }

    /// Peak resident memory of this process so far (getrusage reports KiB on Linux).
    public static func peakMiB() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_maxrss) / 1024
    }

    /// Runs `lines` in `session`, failing loudly if any command fails.
    static func measure(_ name: String, session: Session, pods: Int = 0, _ lines: [String]) -> (Figure, String) {
        let startSim = session.sim.now
        let startDecisions = session.sim.log.total
        let t0 = MonotonicClock.seconds()
        var out = ""
        for line in lines {
            let r = session.handle(line: line)
            out += r.output
            if r.failed { out += "FAILED: \(line): \(r.errorOutput)" }
        }
        let wall = MonotonicClock.seconds() - t0
        return (Figure(name: name, wallSeconds: wall, simulated: session.sim.now - startSim, peakMiB: peakMiB(), pods: pods,
                       decisions: session.sim.log.total - startDecisions), out)
    }
}
