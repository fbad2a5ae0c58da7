import Foundation
import Testing
import LessonKit
@testable import Shell

/// A learner at the prompt: types lines into a session with the fixture lesson's folder
/// added and progress kept in a scratch directory.
final class Learner {
    let dir: ScratchDirectory
    let session: Session

    init(dir: ScratchDirectory = Fixture.folder(), instructor: Bool = false) {
        self.dir = dir
        var o = SessionOptions()
        o.lessons = LessonOptions(folders: [dir.path], instructor: instructor, progressDirectory: dir.file("state"))
        session = Session(options: o)
    }

    /// Types each line and returns everything printed, errors included.
    @discardableResult
    func type(_ lines: String...) -> String {
        lines.map { line in
            let r = session.handle(line: line)
            return r.output + r.errorOutput
        }.joined()
    }

    var prompt: String { session.prompt }
    var saved: ProgressFile { DirectoryProgressStore(directory: dir.file("state")).load().0 }
}

@Suite struct LessonShellTests {
    @Test func theCourseListMarksFinishedLessonsAndWhereYouAre() {
        let me = Learner()
        // The built-in course first, in course order, then the added folder's lesson.
        #expect(me.type("lessons") == """
        The course (✓ finished):
            what-is-a-pod               What is a Pod?                                        8 min
            pod-lifecycle               Pod lifecycle: phases and the STATUS column           15 min
            multi-container-pods        Multi-container pods: sidecars                        12 min
            init-containers             Init containers: setup before the app                 12 min
            pods-are-mortal             Pods are mortal                                       12 min
            deployments                 Deployments: desired state and self-healing           12 min
            replicasets                 ReplicaSets: the hidden layer                         12 min
            scaling                     Scaling: more copies, fewer copies                    12 min
            rolling-updates             Rolling updates: maxSurge and maxUnavailable          15 min
            bad-release                 A bad release: the rollout stops, and you roll back   15 min
            recreate-vs-rolling         Recreate or RollingUpdate: choosing a strategy        10 min
            imperative-vs-declarative   Imperative or declarative: commands and files         12 min
            final-challenge             Final challenge: a bad morning                        20 min
            jobs-and-cronjobs           Jobs and CronJobs: tasks that finish                  15 min
            daemonsets                  DaemonSets: one pod on every node                     10 min
            statefulsets                StatefulSets: stable names and disks                  15 min
            services                    Services: one name for many pods                      15 min
            choosing-a-workload         Choosing a workload: the right tool for each job      8 min
            fixture                     Fixture                                               3 min
        Start one with `lesson NAME`.

        """)
        me.type("lesson fixture", "kubectl run p --image=busybox -- sleep 3600", "settle", "next")
        #expect(me.type("lessons").contains(
            "    fixture                     Fixture                                               3 min   (at step 2 of 4)\n"))
    }

    @Test func startingALessonShowsItsStartAndThePromptShowsLessonAndStep() {
        let me = Learner()
        #expect(me.prompt == "[00:00:00] kubetutor> ")
        #expect(me.type("lesson fixture") == """
        Lesson: Fixture (about 3 minutes)
        A lesson for tests.
        Type the commands it asks for; `hint` when stuck, `lesson quit` to leave.

        Intro.

        ── Step 1 of 4: Make a pod ──

        Your turn:  kubectl run p --image=busybox -- sleep 3600

        """)
        #expect(me.prompt == "[fixture 1/4] [00:00:00] kubetutor> ")
        #expect(me.session.sim.state.nodes.count == 2)
    }

    @Test func aWrongCommandRunsAndIsGentlyCorrectedWhileLookingIsNot() {
        let me = Learner()
        me.type("lesson fixture")
        #expect(me.type("kubectl get pods") == "No resources found in default namespace.\n")
        #expect(me.type("kubectl run p --image=nginx") == """
        pod/p created

        That ran, but it is not what this step asks for (`--image` should be busybox,
        not nginx). The step wants:
            kubectl run p --image=busybox -- sleep 3600

        """)
        #expect(me.session.sim.state.pods.count == 1)
    }

    @Test func anEquivalentSpellingCountsAndTheGoalIsCheckedAfterEveryCommand() {
        let me = Learner()
        me.type("lesson fixture")
        #expect(me.type("k run --image busybox p -- sleep 3600") == "pod/p created\n\nGoal: pod p is Running\n")
        #expect(me.type("kubectl get po").contains("p      0/1     Pending"))
        #expect(me.type("advance 5s") == "clock 00:00:05 (+5s)\n\n✓ Goal reached: pod p is Running\n\n✓ Step 1 done. Type `next` when you are ready.\n")
    }

    @Test func reachingTheGoalAnotherWayCountsForTheCommandBeforeIt() {
        let me = Learner()
        me.type("lesson fixture", "kubectl run p --image=busybox --restart=Never -- sleep 3600")
        #expect(me.type("settle").hasSuffix("✓ Goal reached: pod p is Running\n\n✓ Step 1 done. Type `next` when you are ready.\n"))
    }

    @Test func hintsComeOneAtATimeAndTheSolutionAfterThem() {
        let me = Learner()
        me.type("lesson fixture")
        #expect(me.type("hint") == "Type this command:  kubectl run p --image=busybox -- sleep 3600\n")
        me.type("kubectl run p --image=busybox -- sleep 3600")
        #expect(me.type("solution") == "Try `hint` first (2 hints left); then `solution` shows the answer.\n")
        #expect(me.type("hint") == "Hint 1 of 2: first hint\n")
        #expect(me.type("hint") == "Hint 2 of 2: second hint\nThat was the last hint; `solution` shows the answer.\n")
        #expect(me.type("solution") == "Solution:  settle\n")
        #expect(me.type("next") == "This step is not finished: the goal is not reached yet. `hint` helps, `skip` moves past it.\n")
    }

    @Test func questionsAreAnsweredByTypingAndPredictionsRevealedAfterTheAction() {
        let me = Learner()
        me.type("lesson fixture", "skip", "skip")
        let step2 = me.type("next")
        #expect(step2.hasSuffix("? Predict: How many nodes will the lesson add?\n(Type your prediction. kubectl commands still work if you want to look first.)\n"))
        #expect(me.type("kubectl get nodes").contains("node-2"))
        #expect(me.type("advance 1m") == "Answer the question first (or `skip` it): the lesson is about to show what happens.\n")
        #expect(me.type("one") == """

        You predict one. Let's see.

        » The lesson runs: node add node-3
        node/node-3 added

        Your prediction: one. The cluster shows: 3 nodes are Ready.
        ✓ Right: 1.
          It adds one.

        ? Pick b.
            A) a
            B) b
        (Answer with a letter: `B` or `answer B`.)

        """)
        #expect(me.type("answer Z") == "Answer with a letter from A to B.\n")
        #expect(me.type("a").hasPrefix("\n✗ Not quite. The answer is B) b.\n  B is right.\n"))
        #expect(me.type("Y.").hasPrefix("\n✓ Right: yes.\n  Yes means yes.\n"))
        let answers = me.saved["fixture"].answers
        #expect(answers == ["2.1": RecordedAnswer(given: "one", correct: true), "2.2": RecordedAnswer(given: "A", correct: false),
                            "2.3": RecordedAnswer(given: "Y.", correct: true)])
    }

    @Test func backAndRestartRebuildTheClusterAsTheStepFoundIt() {
        let me = Learner()
        me.type("lesson fixture", "skip", "skip", "next", "1", "b", "yes", "next")
        #expect(me.prompt.hasPrefix("[fixture 3/4] "))
        me.type("kubectl run stray --image=busybox")
        #expect(me.type("restart").hasPrefix("\n(The cluster is back where it was when step 3 began.)\n"))
        #expect(me.session.sim.state.pods.keys.map(\.name).sorted() == ["p"])
        #expect(me.session.sim.state.nodes.count == 3)
        // Answered questions do not ask again, so step 2's action runs at once.
        let step2 = me.type("back")
        #expect(step2.contains("── Step 2 of 4: Questions ──") && step2.contains("(You answered 1: right.)\n\n» The lesson runs: node add node-3"))
        #expect(me.session.sim.state.nodes.count == 3)
        #expect(me.type("back").contains("── Step 1 of 4: Make a pod ──"))
        #expect(me.type("back") == "This is the first step; `restart` starts it again.\n")
    }

    @Test func progressSurvivesTheSessionAndTheLessonResumes() {
        let dir = Fixture.folder()
        let first = Learner(dir: dir)
        first.type("lesson fixture", "skip", "skip", "next", "1", "b")
        #expect(first.saved["fixture"].step == 2)
        let second = Learner(dir: dir)
        let resumed = second.type("lesson fixture")
        #expect(resumed.contains("Welcome back. The cluster has been rebuilt as the lesson left it before step 2.\n"))
        #expect(resumed.contains("(You answered 1: right.)") && resumed.contains("(You answered B: right.)"))
        #expect(resumed.hasSuffix("? Type yes.\n(Type your answer.)\n"))
        #expect(second.session.sim.state.pods[.init("default", "p")] != nil)
    }

    @Test func aFinishedLessonOpensInReviewMode() {
        let dir = Fixture.folder()
        let me = Learner(dir: dir)
        me.type("lesson fixture", "skip", "skip", "next", "1", "b", "yes", "next", "skip", "skip")
        #expect(me.type("next").contains("✓ Lesson complete: Fixture. Questions: 3 of 3 right first time.\n"))
        #expect(me.type("lessons").contains("  ✓ fixture "))
        let review = Learner(dir: dir).type("lesson fixture")
        #expect(review.contains("You finished this lesson: this is review mode."))
        #expect(review.contains("$ kubectl run p --image=busybox -- sleep 3600\npod/p created\n"))
        #expect(review.hasSuffix("(`lesson fixture --fresh` starts it over as new.)\n"))
        let fresh = Learner(dir: dir)
        #expect(fresh.type("lesson fixture --fresh").hasSuffix("Your turn:  kubectl run p --image=busybox -- sleep 3600\n"))
        #expect(fresh.saved["fixture"].finished == false)
    }

    @Test func instructorModeShowsNotesAndNeverBlocks() {
        let me = Learner(instructor: true)
        let start = me.type("lesson fixture")
        #expect(start.contains("Note for the instructor: Only instructors read this.\n"))
        #expect(me.type("solution") == "Solution:  kubectl run p --image=busybox -- sleep 3600\n")
        #expect(me.type("next").contains("(The lesson did the rest of step 1 for you.)\n\n── Step 2 of 4: Questions ──"))
        #expect(me.session.sim.state.pods[.init("default", "p")]?.status.phase == .running)
        #expect(me.type("goto 4").contains("── Step 4 of 4: End ──"))
        #expect(me.session.sim.state.deployments.count == 1)
        #expect(me.type("goto 9") == "no step \"9\": give a number from 1 to 4\n")
        #expect(me.type("reset").contains("(Back to the start of the lesson, on a fresh cluster.)\n"))
        #expect(me.session.sim.state.pods.isEmpty)
    }

    @Test func learnersCannotGotoOrResetTheLesson() {
        let me = Learner()
        me.type("lesson fixture")
        #expect(me.type("goto 3") == "Only in instructor mode (`kubetutor --instructor`).\n")
        #expect(me.type("reset").hasPrefix("In a lesson, `restart` starts this step again"))
    }

    @Test func lessonCommandsOutsideALessonSayHowToStartOne() {
        let me = Learner()
        for word in ["next", "back", "hint", "solution", "skip", "restart", "answer B"] {
            #expect(me.type(word) == "error: no lesson is running; `lessons` lists them, `lesson NAME` starts one\n")
        }
        #expect(me.type("lesson fixtur") == "No lesson named \"fixtur\" (did you mean \"fixture\"?). `lessons` lists them.\n")
        #expect(me.type("reset") == "a fresh cluster: 3 nodes, clock 00:00:00\n")
    }

    @Test func quittingKeepsTheClusterAndTheProgress() {
        let me = Learner()
        me.type("lesson fixture", "kubectl run p --image=busybox -- sleep 3600")
        #expect(me.type("lesson quit") == "You left fixture; your progress is saved. The cluster stays as it is. `lesson fixture` comes back.\n")
        #expect(me.prompt == "[00:00:00] kubetutor> ")
        #expect(me.session.sim.state.pods.count == 1)
    }

    @Test func progressExportsAndImportsAsJSON() throws {
        let me = Learner()
        me.type("lesson fixture", "skip", "skip", "next", "1")
        let file = me.dir.file("export.json")
        #expect(me.type("progress --export \(file)") == "progress for 1 lesson written to \(file)\n")
        #expect(me.type("progress") == "    fixture: at step 2 of 4, 1 of 3 questions right\n")
        let other = Learner(dir: Fixture.folder())
        #expect(other.type("progress") == "No progress yet: `lessons` lists the course.\n")
        #expect(other.type("progress --import=\(file)") == "progress for 1 lesson imported from \(file)\n")
        #expect(other.saved["fixture"].step == 2)
        #expect(other.type("progress --import \(me.dir.file("missing.json"))") == "error: cannot read \(me.dir.file("missing.json"))\n")
    }

    @Test func aCorruptProgressFileIsSetAsideAndTheLearnerIsWarnedOnce() {
        let dir = Fixture.folder()
        dir.write("state/progress.json", "{ half a file")
        let me = Learner(dir: dir)
        let out = me.type("lessons")
        #expect(out.hasPrefix("warning: \(dir.file("state/progress.json")) could not be read (not a kubetutor progress file); it was set aside as progress.json.corrupt-1, and progress starts afresh\nThe course"))
        #expect(!me.type("lessons").contains("warning"))
        #expect(FileManager.default.fileExists(atPath: dir.file("state/progress.json.corrupt-1")))
    }

    @Test func helpListsTheLessonCommands() {
        let me = Learner()
        #expect(me.type("help").contains("  lesson NAME         start a lesson, or carry on where you left it\n"))
        #expect(me.type("help skip").hasPrefix("skip\n  Move past what the lesson waits for"))
    }

    @Test func completionOffersLessonWordsAndNames() {
        let me = Learner()
        #expect(me.session.completions(before: "", word: "less") == ["lesson", "lessons"])
        #expect(me.session.completions(before: "lesson ", word: "f") == ["final-challenge", "fixture"])
        #expect(me.session.completions(before: "lesson ", word: "q") == ["quit"])
        #expect(me.session.completions(before: "", word: "adv") == ["advance"])
    }
}

@Suite struct LessonOptionsTests {
    @Test func theProgramKeepsProgressInTheXDGStateDirectory() {
        let o = LessonOptions.forUser(folders: ["mine"], instructor: true, environment: ["HOME": "/home/a"])
        #expect(o == LessonOptions(folders: ["mine"], instructor: true, progressDirectory: "/home/a/.local/state/kubetutor"))
        #expect(SessionOptions().lessons.progressDirectory == nil)
    }
}
