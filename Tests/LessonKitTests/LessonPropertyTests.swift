import Testing
import ClusterSim
import LessonKit
@testable import Shell

/// Learners type anything in any order: the lesson never crashes, the prompt always names
/// the step the lesson is on, saved progress stays in range, and every failure says error.
@Suite struct LessonPropertyTests {
    static let lines = [
        "next", "back", "hint", "solution", "skip", "restart", "answer B", "answer 1", "B", "a", "one", "yes", "",
        "kubectl run p --image=busybox -- sleep 3600", "k run p --image busybox -- sleep 3600", "kubectl run p --image=nginx",
        "kubectl get pods", "kubectl delete pod p", "kubectl create deployment web --image=nginx --replicas=2",
        "kubectl delete deployment web", "advance 5s", "advance 10m", "settle", "step", "node crash node-1",
        "node recover node-1", "map", "lessons", "lesson fixture", "lesson quit", "lesson nope", "progress",
        "goto 3", "reset", "help hint", "'", "lesson what-is-a-pod", "lesson pods-are-mortal",
    ]

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func randomLearnersNeverBreakTheLesson(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let me = Learner(instructor: seed % 2 == 0)
        me.type("lesson fixture")
        for i in 0..<400 {
            let line = Self.lines[Int(rng.next() % UInt64(Self.lines.count))]
            let r = me.session.handle(line: line)
            if r.failed {
                #expect(r.errorOutput.lowercased().contains("error"), "seed \(seed), line \(i): \(line) → \(r.errorOutput)")
            }
            if let run = me.session.lessonState?.run {
                #expect(me.prompt.hasPrefix("[\(run.lesson.id) \(run.step + 1)/\(run.stepCount)"), "seed \(seed), line \(i): \(line)")
                #expect((0..<run.stepCount).contains(run.step), "seed \(seed), line \(i): \(line)")
                if run.waiting == .finished { #expect(run.step == run.stepCount - 1, "seed \(seed), line \(i)") }
            } else {
                #expect(me.prompt.hasPrefix("[0"), "seed \(seed), line \(i): \(line)")
            }
        }
        for (id, p) in me.saved.lessons {
            let steps = me.session.lessons.catalog.find(id)?.lesson.steps.count ?? 0
            #expect((1...max(1, steps)).contains(p.step), "seed \(seed): \(id) saved at step \(p.step)")
        }
    }
}
