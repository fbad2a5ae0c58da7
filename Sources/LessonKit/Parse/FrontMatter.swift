import KubeModel

/// The `key: value` lines under the title: what the lesson is and the cluster it starts on.
struct FrontMatter {
    var seen: [String: Int] = [:]
    static let repeatable: Set<String> = ["image", "setup", "apply"]

    mutating func read(_ p: inout Parser) {
        var start = p.i
        while start < p.lines.count, p.lines[start].isBlank { start += 1 }
        guard start < p.lines.count, let first = p.lines[start].directive, !LessonSyntax.directives.contains(first.word) else { return }
        p.i = start
        while p.i < p.lines.count, let (key, value) = p.lines[p.i].directive, !LessonSyntax.directives.contains(key) {
            take(key, value, line: p.lines[p.i].number, &p)
            p.i += 1
        }
    }

    mutating func take(_ key: String, _ value: String, line: Int, _ p: inout Parser) {
        guard LessonSyntax.frontMatterKeys.contains(key) else { p.error(line, Diagnose.unknownKey(key)); return }
        if let _ = seen[key], !Self.repeatable.contains(key) { p.error(line, Diagnose.duplicateKey(key)); return }
        seen[key] = line
        if value.isEmpty { p.error(line, Diagnose.emptyDirective(key)); return }
        switch key {
        case "id": p.lesson.id = value
        case "summary": p.lesson.summary = value
        case "minutes":
            guard let n = Int(value), n > 0 else { p.error(line, Diagnose.badMinutes(value)); return }
            p.lesson.minutes = n
        case "seed":
            guard let n = UInt64(value) else { p.error(line, Diagnose.badSeed(value)); return }
            p.lesson.cluster.seed = n
        case "cluster":
            let words = value.split(separator: " ")
            guard words.count == 2, let n = Int(words[0]), (1...100).contains(n), words[1] == "nodes" || (n == 1 && words[1] == "node") else {
                p.error(line, Diagnose.badCluster(value)); return
            }
            p.lesson.cluster.nodes = n
        case "after":
            for part in value.split(separator: ",").map({ String($0).trimmingSpaces }) {
                guard Self.isID(part) else { p.error(line, Diagnose.badPrerequisite(part)); continue }
                p.lesson.after.append(part)
            }
        case "image":
            do { p.lesson.cluster.images.append(try ImageSpec.parse(value, line: line)) } catch { p.error(line, Diagnose.badImage(error.message)) }
        case "setup":
            for problem in CommandPolicy.check(value, as: .action, fileExists: p.fileExists) { p.error(line, problem) }
            p.lesson.cluster.setup.append(LessonLine(value, line: line))
        case "apply":
            if let problem = CommandPolicy.pathProblem(value) { p.error(line, problem); return }
            if !p.fileExists(value) { p.error(line, Diagnose.missingFile(value)) }
            p.lesson.cluster.setup.append(LessonLine("kubectl apply -f \(value)", line: line))
        default: break
        }
    }

    /// After the whole file is read: what must be there, and the id matching the file name.
    func validate(_ p: inout Parser) {
        let titleLine = 1
        if p.lesson.id.isEmpty {
            p.error(titleLine, Diagnose.missingKey("id"))
        } else if !Self.isID(p.lesson.id) {
            p.error(seen["id"] ?? titleLine, Diagnose.badID(p.lesson.id))
        } else {
            let base = String(p.file.split(separator: "/").last ?? "")
            if base.hasSuffix(".lesson"), String(base.dropLast(7)) != p.lesson.id {
                p.error(seen["id"] ?? titleLine, Diagnose.idMismatch(p.lesson.id, file: base))
            }
        }
        if p.lesson.summary.isEmpty { p.error(titleLine, Diagnose.missingKey("summary")) }
    }

    static func isID(_ s: String) -> Bool {
        guard let f = s.first, f.isLetter, f.isLowercase else { return false }
        return s.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" } && s.unicodeScalars.allSatisfy(\.isASCII)
    }
}
