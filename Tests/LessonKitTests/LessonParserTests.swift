import Testing
@testable import LessonKit

@Suite struct LessonParserTests {
    static func parse(_ text: String, file: String = "pods-are-mortal.lesson", files: Set<String> = ["web.yaml"]) -> LessonParser.Output {
        LessonParser.parse(text, file: file, folder: ".", fileExists: { files.contains($0) })
    }

    static let good = """
    # Pods are mortal
    id: pods-are-mortal
    summary: Pods die.
    minutes: 10
    after: what-is-a-pod
    cluster: 2 nodes
    image: shop:v2 crashes after 3s, log "panic"
    setup: kubectl create deployment web --image=nginx
    apply: web.yaml

    note: Ask the room first.

    Pods are processes.

    ## A pod on its own

    Start one:

        $ kubectl run my-debug-pod --image=busybox -- sleep 3600

    goal: pod my-debug-pod is Running
    hint: Wait a little.
    hint: Try `advance 30s`, a line that
      goes on.
    solution: settle

    ? predict: How many copies will be Running?
      answer: 0 | zero
      check: no pods labelled run=my-debug-pod are Running
      explain: Nothing watches a naked pod.

    ! node crash {node of pod/my-debug-pod}
    ! advance 10m

    expect: pod my-debug-pod is Terminating

    Some YAML:

        apiVersion: v1
        kind: Pod

    Remember: prose may start with a word and a colon.

    ## Takeaway

    ? Which controller counts?
      - the Deployment controller
      * the ReplicaSet
        controller
      explain: It counts.

    Atoms and molecules.
    """

    @Test func aGoodLessonParsesIntoStepsAndBeats() throws {
        let out = Self.parse(Self.good)
        #expect(out.diagnostics == [])
        let l = out.lesson
        #expect(l.id == "pods-are-mortal" && l.title == "Pods are mortal" && l.summary == "Pods die.")
        #expect(l.minutes == 10 && l.after == ["what-is-a-pod"] && l.cluster.nodes == 2)
        #expect(l.cluster.images.map(\.reference) == ["shop:v2"])
        #expect(l.cluster.setup.map(\.text) == ["kubectl create deployment web --image=nginx", "kubectl apply -f web.yaml"])
        #expect(l.steps.map(\.title) == ["A pod on its own", "Takeaway"])
        guard case .note(let note) = l.intro[0], case .prose(let prose) = l.intro[1] else { Issue.record("intro"); return }
        #expect(note == "Ask the room first." && prose == "Pods are processes.")

        let kinds = l.steps[0].items.map { item -> String in
            switch item {
            case .prose: return "prose"
            case .code: return "code"
            case .command: return "command"
            case .action: return "action"
            case .goal: return "goal"
            case .question: return "question"
            case .note: return "note"
            }
        }
        #expect(kinds == ["prose", "command", "goal", "question", "action", "action", "prose", "code", "prose"])
        guard case .goal(let goal) = l.steps[0].items[2] else { Issue.record("goal"); return }
        #expect(goal.hints == ["Wait a little.", "Try `advance 30s`, a line that goes on."])
        #expect(goal.solution.map(\.text) == ["settle"] && goal.goal.line == 21)
        guard case .action(let advance) = l.steps[0].items[5] else { Issue.record("action"); return }
        #expect(advance.expects.map(\.text) == ["pod my-debug-pod is Terminating"])
        guard case .code(let code) = l.steps[0].items[7] else { Issue.record("code"); return }
        #expect(code == "apiVersion: v1\nkind: Pod")
        guard case .question(let q) = l.steps[1].items[0], case .choices(let choices) = q.kind else { Issue.record("question"); return }
        #expect(choices.map(\.text) == ["the Deployment controller", "the ReplicaSet controller"])
        #expect(choices.map(\.correct) == [false, true])
        #expect(l.questions.map(\.key) == ["1.1", "2.1"])
    }

    /// A broken copy of a lesson with one mistake seeded per line: every one is found, at
    /// its line, with a message that says what is wrong.
    static let broken = """
    # Pods are mortal
    id: pods-are-mortal
    summary: Pods die.
    minutes: ten
    cluster: 3 nodez
    colour: blue

    Intro prose.

    $ kubectl get pods

    ## A pod on its own

        $ kubectl rn my-debug-pod --image=busybox

    expct: pod my-debug-pod is Running
    goal: pod my-debug-pod is Runing
    hnit: wait

    ! rm -rf /
    ! advance soon
    ! kubectl apply -f ../../etc/passwd
    ! kubectl apply -f missing.yaml

    ? predict: How many?
      answer: 0
      explain: none

    ? Which controller?
      - the kubelet
      - the scheduler

    solution: settle
    answer: 3
    ### Deep

    ## Second

    ! node crash {nod of pod/x}
    expect: pod x is

    ```yaml
    unclosed
    """

    static let seeded: [(Int, String)] = [
        (4, "minutes must be a whole number, not 'ten'"),
        (5, "cluster must read like '3 nodes'"),
        (6, "unknown front matter key 'colour'"),
        (10, "commands, actions, goals and questions go inside a step"),
        (14, "unknown kubectl command 'rn' (did you mean 'run'?)"),
        (16, "unknown directive 'expct' (did you mean 'expect'?)"),
        (17, "unknown pod state 'Runing' (did you mean 'Running'?)"),
        (18, "unknown directive 'hnit' (did you mean 'hint'?)"),
        (20, "a lesson can only act through advance, settle, step, node and kubectl; `rm` is not one"),
        (21, "'soon' is not a duration"),
        (22, "'../../etc/passwd' is outside the lesson's folder"),
        (23, "'missing.yaml' does not exist in the lesson's folder"),
        (25, "a prediction needs a lesson action (`!`) after it"),
        (29, "every question needs 'explain:'"),
        (29, "mark the right choice with `*`"),
        (33, "'solution:' follows the `goal:` it reaches"),
        (34, "'answer:' belongs to a question"),
        (35, "headings are `#` (the title) and `##` (a step); `###` is not one"),
        (39, "unknown placeholder {nod of pod/x}"),
        (40, "expected a state, but the condition ends there"),
        (42, "this ``` block is never closed"),
    ]

    @Test func everySeededMistakeIsFoundAtItsLine() {
        let found = Self.parse(Self.broken).diagnostics
        #expect(found.map(\.line) == Self.seeded.map(\.0), "\(found.map(\.description).joined(separator: "\n"))")
        for (d, (line, text)) in zip(found, Self.seeded) {
            #expect(d.line == line && d.message.contains(text), "line \(line): wanted “\(text)”, got “\(d.message)”")
        }
    }

    @Test(arguments: [
        ("", 1, "the file is empty"),
        ("Hello\n", 1, "a lesson starts with its title"),
        ("# T\nsummary: s\n\n## S\n", 1, "the front matter needs 'id:'"),
        ("# T\nid: t\n\n## S\n", 1, "the front matter needs 'summary:'"),
        ("# T\nid: Bad_Id\nsummary: s\n\n## S\n", 2, "id 'Bad_Id' must be lowercase"),
        ("# T\nid: other\nsummary: s\n\n## S\n", 2, "does not match the file name 'fixture.lesson'"),
        ("# T\nid: fixture\nid: fixture\nsummary: s\n\n## S\n", 3, "'id' is given twice"),
        ("# T\nid: fixture\nsummary: s\n\nJust prose.\n", 5, "the lesson has no steps"),
        ("# T\nid: fixture\nsummary: s\n\n## S\n# Again\n", 6, "a lesson has one `#` title"),
        ("# T\nid: fixture\nsummary: s\n\n## S\nhint: lonely\n", 6, "a hint follows the `$` command or `goal:`"),
        ("# T\nid: fixture\nsummary: s\n\n## S\nexpect: pod a exists\n", 6, "'expect:' follows the `$` command or `!` action"),
        ("# T\nid: fixture\nsummary: s\n\n## S\nminutes: 3\n", 6, "'minutes:' belongs in the front matter"),
        ("# T\nid: fixture\nsummary: s\n\n## S\n$ exit\n", 6, "`exit` is not something a learner can type here"),
        ("# T\nid: fixture\nsummary: s\n\n## S\n$ kubectl get pods 'oops\n", 6, "unterminated quote"),
        ("# T\nid: fixture\nsummary: s\n\n## S\n! node explode node-1\n", 6, "usage: node add|crash|recover NAME"),
        ("# T\nid: fixture\nsummary: s\n\n## S\n! kubectl apply -f /etc/passwd\n", 6, "is outside the lesson's folder"),
        ("# T\nid: fixture\nsummary: s\n\n## S\n? Q\n  answer: a\n", 6, "every question needs 'explain:'"),
        ("# T\nid: fixture\nsummary: s\n\n## S\n? Q\n  explain: e\n", 6, "a question needs choices"),
        ("# T\nid: fixture\nsummary: s\n\n## S\n? Q\n  * a\n  - b\n  answer: a\n  explain: e\n", 6, "either choices or 'answer:'"),
        ("# T\nid: fixture\nsummary: s\n\n## S\n? Q\n  * a\n  explain: e\n", 6, "at least two choices"),
        ("# T\nid: fixture\nsummary: s\n\n## S\n? Q\n  answer: a\n  check: 3 nodes are Ready\n  explain: e\n", 8, "'check:' is for predictions"),
        ("# T\nid: fixture\nsummary: s\n\n## S\n? Q\n  anwser: a\n  explain: e\n", 7, "unknown question field 'anwser' (did you mean 'answer'?)"),
        ("# T\nid: fixture\nsummary: s\n\n## S\n? Q\n- a\n* b\n", 7, "a choice (`* …`/`- …`) must be indented under its `?` line"),
        ("# T\nid: fixture\nsummary: s\nimage: shop:v1 dances\n\n## S\n", 4, "say what 'shop:v1' does"),
        ("# T\nid: fixture\nsummary: s\nsetup: rm -rf /\n\n## S\n", 4, "a lesson can only act through"),
        ("# T\nid: fixture\nsummary: s\n\n## S\ngoal: pdo x is Running\n", 6, "unknown kind 'pdo' (did you mean 'pod'?)"),
    ])
    func oneMistakeIsReportedAtItsLine(text: String, line: Int, message: String) {
        let d = Self.parse(text, file: "lessons/fixture.lesson").diagnostics
        #expect(d.contains { $0.line == line && $0.message.contains(message) }, "\(d)")
    }

    @Test func diagnosticsRenderLikeACompilersMessages() {
        let d = LessonDiagnostic(line: 12, Diagnose.unknownDirective("expct"))
        #expect(d.rendered(file: "pods-are-mortal.lesson") == "pods-are-mortal.lesson:12: unknown directive 'expct' (did you mean 'expect'?)")
    }

    @Test(arguments: ["Remember: pods die.", "it: shares the IP", "Note: capital words are prose", "https://kubernetes.io/docs"])
    func proseStartingWithAWordAndAColonStaysProse(line: String) {
        let out = Self.parse("# T\nid: fixture\nsummary: s\n\n## S\n\(line)\n", file: "fixture.lesson")
        #expect(out.diagnostics == [])
        guard case .prose(let p)? = out.lesson.steps.first?.items.first else { Issue.record("no prose"); return }
        #expect(p == line)
    }
}
