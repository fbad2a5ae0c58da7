/// The lesson after its front matter: prose, steps, and the marked lines inside them.
struct Body {
    /// The beat that `hint:`, `solution:` and `expect:` lines attach to.
    enum Anchor { case none, command(Int), action(Int), goal(Int), other }

    var paragraph: [String] = []
    var anchor = Anchor.none
    /// A directive being read, which may continue on lines indented by two or more.
    var pending: (word: String, line: Int, text: String)? = nil
    /// The line a question block ended on, to catch choices that lost their indent.
    var questionEnded: Int? = nil

    mutating func read(_ p: inout Parser) {
        var afterBlank = true
        while p.i < p.lines.count {
            let line = p.lines[p.i]
            if line.isBlank {
                flushAll(&p); afterBlank = true; p.i += 1; continue
            }
            if pending != nil, line.indent >= 2, !line.text.hasPrefix("$ ") {
                pending!.text += " " + line.text
                p.i += 1; continue
            }
            finishDirective(&p)
            defer { afterBlank = false }
            if line.text.hasPrefix("```") { flushParagraph(&p); fence(&p); continue }
            if line.indent == 0, line.text.hasPrefix("#") { flushParagraph(&p); heading(line, &p); p.i += 1; continue }
            if line.text.hasPrefix("$ ") || line.text == "$" { flushParagraph(&p); command(line, &p); p.i += 1; continue }
            if line.indent == 0, line.text.hasPrefix("! ") || line.text == "!" { flushParagraph(&p); action(line, &p); p.i += 1; continue }
            if line.indent == 0, line.text.hasPrefix("? ") || line.text == "?" { flushParagraph(&p); question(&p); continue }
            if let (word, rest) = line.directive, LessonSyntax.looksLikeDirective(word, among: LessonSyntax.bodyWords) {
                flushParagraph(&p)
                pending = (word, line.number, rest)
                p.i += 1; continue
            }
            if line.indent >= 4 && paragraph.isEmpty && afterBlank { code(&p); continue }
            if line.indent == 0, questionEnded == line.number - 1, line.text.hasPrefix("* ") || line.text.hasPrefix("- ") {
                p.error(line.number, Diagnose.choiceOutsideQuestion)
            }
            paragraph.append(line.raw)
            p.i += 1
        }
        flushAll(&p)
    }

    // MARK: where items go

    func hasStep(_ p: Parser) -> Bool { !p.lesson.steps.isEmpty }

    /// Adds an item to the current step (or the introduction) and returns its index.
    @discardableResult
    mutating func add(_ item: Item, _ p: inout Parser) -> Int {
        if p.lesson.steps.isEmpty {
            p.lesson.intro.append(item)
            return p.lesson.intro.count - 1
        }
        p.lesson.steps[p.lesson.steps.count - 1].items.append(item)
        return p.lesson.steps[p.lesson.steps.count - 1].items.count - 1
    }

    mutating func update(_ index: Int, _ p: inout Parser, _ change: (inout Item) -> Void) {
        change(&p.lesson.steps[p.lesson.steps.count - 1].items[index])
    }

    /// Beats (commands, actions, goals, questions) belong to a step.
    mutating func requireStep(_ line: Int, _ p: inout Parser) -> Bool {
        if hasStep(p) { return true }
        p.error(line, Diagnose.outsideStep)
        return false
    }

    mutating func flushParagraph(_ p: inout Parser) {
        guard !paragraph.isEmpty else { return }
        add(.prose(paragraph.joined(separator: "\n")), &p)
        paragraph = []
    }

    mutating func flushAll(_ p: inout Parser) {
        flushParagraph(&p)
        finishDirective(&p)
    }

    // MARK: headings, code

    mutating func heading(_ line: SourceLine, _ p: inout Parser) {
        let hashes = line.text.prefix { $0 == "#" }.count
        let title = String(line.text.dropFirst(hashes)).trimmingSpaces
        switch hashes {
        case 1: p.error(line.number, Diagnose.secondTitle)
        case 2:
            if title.isEmpty { p.error(line.number, Diagnose.emptyStepTitle) }
            p.lesson.steps.append(Step(title: title, line: line.number))
            anchor = .none
        default: p.error(line.number, Diagnose.deepHeading(hashes))
        }
    }

    mutating func fence(_ p: inout Parser) {
        let open = p.lines[p.i]
        var body: [String] = []
        p.i += 1
        while p.i < p.lines.count, !p.lines[p.i].text.hasPrefix("```") {
            body.append(p.lines[p.i].raw)
            p.i += 1
        }
        if p.i >= p.lines.count { p.error(open.number, Diagnose.unterminatedFence) } else { p.i += 1 }
        add(.code(body.joined(separator: "\n")), &p)
    }

    /// Lines indented four or more, blank lines inside included, until the indent ends.
    mutating func code(_ p: inout Parser) {
        var body: [String] = []
        while p.i < p.lines.count {
            let l = p.lines[p.i]
            if l.isBlank {
                var j = p.i + 1
                while j < p.lines.count, p.lines[j].isBlank { j += 1 }
                guard j < p.lines.count, p.lines[j].indent >= 4, !p.lines[j].text.hasPrefix("$ ") else { break }
                body.append(""); p.i += 1; continue
            }
            guard l.indent >= 4, !l.text.hasPrefix("$ ") else { break }
            body.append(l.raw)
            p.i += 1
        }
        let cut = body.filter { !$0.isEmpty }.map { SourceLine(Substring($0), number: 0).indent }.min() ?? 0
        add(.code(body.map { String($0.dropFirst(min(cut, $0.count))) }.joined(separator: "\n")), &p)
    }

    // MARK: beats

    mutating func command(_ line: SourceLine, _ p: inout Parser) {
        let text = String(line.text.dropFirst(1)).trimmingSpaces
        guard requireStep(line.number, &p) else { return }
        for problem in CommandPolicy.check(text, as: .learner, fileExists: p.fileExists) { p.error(line.number, problem) }
        anchor = .command(add(.command(CommandBeat(command: LessonLine(text, line: line.number))), &p))
    }

    mutating func action(_ line: SourceLine, _ p: inout Parser) {
        let text = String(line.text.dropFirst(1)).trimmingSpaces
        guard requireStep(line.number, &p) else { return }
        for problem in CommandPolicy.check(text, as: .action, fileExists: p.fileExists) { p.error(line.number, problem) }
        anchor = .action(add(.action(ActionBeat(command: LessonLine(text, line: line.number))), &p))
    }

    mutating func question(_ p: inout Parser) {
        var block = [p.lines[p.i]]
        p.i += 1
        while p.i < p.lines.count, !p.lines[p.i].isBlank, p.lines[p.i].indent > 0 {
            block.append(p.lines[p.i]); p.i += 1
        }
        questionEnded = block.last!.number
        guard requireStep(block[0].number, &p) else { return }
        if let q = QuestionReader.read(block, &p) { add(.question(q), &p) }
        anchor = .other
    }

    static func condition(_ text: String, line: Int, _ p: inout Parser) -> WrittenCondition? {
        do { return WrittenCondition(text: text, line: line, condition: try ConditionParser.parse(text)) } catch {
            p.error(line, error.message)
            return nil
        }
    }

    /// Acts on a directive once its continuation lines are in.
    mutating func finishDirective(_ p: inout Parser) {
        guard let (word, line, text) = pending else { return }
        pending = nil
        if text.isEmpty { p.error(line, Diagnose.emptyDirective(word)); return }
        switch word {
        case "note":
            add(.note(text), &p)
        case "goal":
            guard requireStep(line, &p), let c = Self.condition(text, line: line, &p) else { anchor = .other; return }
            anchor = .goal(add(.goal(GoalBeat(goal: c)), &p))
        case "hint":
            switch anchor {
            case .command(let i): update(i, &p) { if case .command(var b) = $0 { b.hints.append(text); $0 = .command(b) } }
            case .goal(let i): update(i, &p) { if case .goal(var b) = $0 { b.hints.append(text); $0 = .goal(b) } }
            default: p.error(line, Diagnose.hintWithoutBeat)
            }
        case "solution":
            guard case .goal(let i) = anchor else { p.error(line, Diagnose.solutionWithoutGoal); return }
            for problem in CommandPolicy.check(text, as: .learner, fileExists: p.fileExists) { p.error(line, problem) }
            update(i, &p) { if case .goal(var b) = $0 { b.solution.append(LessonLine(text, line: line)); $0 = .goal(b) } }
        case "expect":
            guard let c = Self.condition(text, line: line, &p) else { return }
            switch anchor {
            case .command(let i): update(i, &p) { if case .command(var b) = $0 { b.expects.append(c); $0 = .command(b) } }
            case .action(let i): update(i, &p) { if case .action(var b) = $0 { b.expects.append(c); $0 = .action(b) } }
            default: p.error(line, Diagnose.expectWithoutCommand)
            }
        case _ where LessonSyntax.questionFields.contains(word):
            p.error(line, Diagnose.questionFieldOutside(word))
        case _ where LessonSyntax.frontMatterKeys.contains(word):
            p.error(line, Diagnose.keyInBody(word))
        default:
            p.error(line, Diagnose.unknownDirective(word))
        }
    }
}
