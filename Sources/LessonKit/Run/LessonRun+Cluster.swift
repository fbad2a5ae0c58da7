/// Reading the cluster: placeholders filled in once per run, conditions checked against
/// the state and the last command, expectations recorded when they do not hold.
extension LessonRun {
    /// A placeholder's value: the one it got earlier in this run, or the cluster's now.
    func lookup(_ p: Placeholder) -> String? {
        if let v = memo[p] { return v }
        let v = p.resolve(in: host.simulation.state)
        if let v { memo[p] = v }
        return v
    }

    func resolve(_ text: String) -> Result<String, UnresolvedPlaceholder> {
        guard let template = try? TemplateText.scan(text) else { return .success(text) }
        return template.render(lookup)
    }

    func context() -> ConditionContext {
        ConditionContext(state: host.simulation.state, lastOutput: lastResult.text, lastFailed: lastResult.failed, resolve: lookup)
    }

    func holds(_ c: WrittenCondition) -> Bool { c.condition.evaluate(context()).holds }

    func checkExpects(_ expects: [WrittenCondition]) -> String {
        var out = ""
        for e in expects {
            let ev = e.condition.evaluate(context())
            guard !ev.holds else { continue }
            fail(e.line, "expected \(e.text), but \(ev.summary)")
            if options.instructor { out += "\n(Instructor: the lesson expected \(e.text), but \(ev.summary).)\n" }
        }
        return out
    }

    func fail(_ line: Int, _ message: String) { failures.append("\(lesson.file):\(line): \(message)") }

    func save() { onProgress?(progress) }
}
