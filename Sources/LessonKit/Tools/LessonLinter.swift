import Foundation

/// `kubetutor lint FILE…`: every mistake in each lesson file, one per line as
/// `file:line: message`, then a count. Folders are searched for `.lesson` files.
public enum LessonLinter {
    public static func lint(paths: [String]) -> (output: String, errorCount: Int) {
        var files: [String] = []
        var out = "", errors = 0
        for path in paths {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                files += LessonCatalog.lessonFiles(in: path)
            } else {
                files.append(path)
            }
        }
        // Prerequisites may name the built-in course or any lesson beside the ones linted.
        let folders = Set(files.map { ($0 as NSString).deletingLastPathComponent }).sorted().map { $0.isEmpty ? "." : $0 }
        let known = LessonCatalog.load(folders: folders).ids
        // Two lessons in the same folders with one id: only one of them would be found.
        var filesByID: [String: [String]] = [:]
        for file in folders.flatMap(LessonCatalog.lessonFiles(in:)) {
            if let e = LessonCatalog.read(file: file), !e.lesson.id.isEmpty { filesByID[e.lesson.id, default: []].append(file) }
        }
        var checked = 0
        for file in files {
            guard let entry = LessonCatalog.read(file: file) else {
                out += "\(file): cannot read this file\n"
                errors += 1
                continue
            }
            checked += 1
            var diagnostics = entry.diagnostics
            let afterLine = entry.lesson.after.isEmpty ? 1 : frontMatterLine(of: "after", in: file) ?? 1
            for id in entry.lesson.after where !known.contains(id) {
                diagnostics.append(LessonDiagnostic(line: afterLine, Diagnose.unknownPrerequisite(id, known: known)))
            }
            let others = (filesByID[entry.lesson.id] ?? []).filter { $0 != file }.sorted()
            if let other = others.first {
                diagnostics.append(LessonDiagnostic(line: frontMatterLine(of: "id", in: file) ?? 1, Diagnose.duplicateID(entry.lesson.id, other: other)))
            }
            for d in diagnostics.sorted(by: { $0.line < $1.line }) { out += d.rendered(file: file) + "\n" }
            errors += diagnostics.count
        }
        if files.isEmpty { out += "no lesson files given\n"; errors += 1 }
        else if errors == 0 { out += "\(checked) lesson \(checked == 1 ? "file" : "files"): no mistakes found\n" }
        else { out += "\(errors) \(errors == 1 ? "mistake" : "mistakes") in \(files.count) lesson \(files.count == 1 ? "file" : "files")\n" }
        return (out, errors)
    }

    static func frontMatterLine(of key: String, in file: String) -> Int? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.hasPrefix(key + ":") {
            return i + 1
        }
        return nil
    }
}
