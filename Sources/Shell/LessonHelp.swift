import LessonKit

/// The lesson commands in `help`, and `help lesson`, `help hint` and the rest.
enum LessonHelp {
    static let text = """
    Lessons:
      lessons             the course, with ✓ for the lessons you finished
      lesson NAME         start a lesson, or carry on where you left it
      hint                a hint for what the lesson waits for (again for the next one)
      solution            the answer, once the hints are used up
      skip                let the lesson do this part for you
      next / back         the next step / the one before (the cluster is rebuilt)
      restart             this step again, on the cluster as it was when it began
      answer B            answer a question; with a question open, just type B
      lesson quit         leave the lesson; your progress is kept
      progress            what you have done; progress --export FILE / --import FILE
      instructors (kubetutor --instructor): notes are shown, goals never block `next`,
      goto STEP jumps to a step, reset goes back to the lesson's start

    """

    static let topics: [String: String] = [
        "lessons": "lessons\n  List the course in order, with ✓ for each lesson you finished and the step\n  you reached in the others.\n",
        "lesson": "lesson NAME [--fresh] | lesson quit\n  Start a lesson, or carry on at the step you reached. A finished lesson opens in\n  review mode, where the lesson runs each step itself; --fresh starts it over.\n  `lesson quit` leaves it; your progress is kept.\n\n  Example:\n    lesson pods-are-mortal\n",
        "hint": "hint\n  A hint for the command, goal or question the lesson waits for. Each `hint`\n  gives the next one; after the last, `solution` shows the answer.\n",
        "solution": "solution\n  The command (or commands) that do what the lesson waits for. Available once you\n  have seen every hint.\n",
        "skip": "skip\n  Move past what the lesson waits for: it runs the command or reaches the goal\n  for you, or shows a question's answer (which then scores nothing).\n",
        "next": "next\n  Go on to the next step, once this one is done (instructors: at any time).\n",
        "back": "back\n  Go back to the step before. The cluster is rebuilt as it was when that step\n  began.\n",
        "restart": "restart\n  Start this step again, on the cluster as it was when the step began.\n",
        "answer": "answer TEXT\n  Answer the open question: a letter for a multiple choice, or your words. While a\n  question is open you can also just type the answer; kubectl commands still run.\n\n  Example:\n    answer B\n",
        "progress": "progress [--export FILE | --import FILE]\n  Show the lessons you have started and finished, or save your progress to a JSON\n  file, or load one (its lessons replace yours of the same name).\n",
        "goto": "goto STEP\n  Instructor mode: go straight to a step; the cluster is rebuilt as the lesson\n  would have it there.\n",
    ]
}

/// What the `kubetutor test` and `kubetutor lint` subcommands call.
public enum LessonTools {
    /// Plays lessons headless and compares each with its golden transcript; `update`
    /// rewrites the transcripts. One line per lesson, then `N passed, N failed`.
    public static func test(lessons names: [String], folders: [String], update: Bool) -> (output: String, failed: Int) {
        LessonTestRunner.run(names: names, folders: folders, update: update) { Session(options: SessionOptions()) }
    }

    /// Every mistake in the given lesson files (or folders of them), as `file:line: message`.
    public static func lint(paths: [String]) -> (output: String, errorCount: Int) {
        LessonLinter.lint(paths: paths)
    }
}
