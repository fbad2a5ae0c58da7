import Foundation

/// A lesson file as found on disk: what it parsed to, and its mistakes (a lesson with any
/// cannot be started, only linted).
public struct CatalogEntry: Sendable {
    public var lesson: Lesson
    public var diagnostics: [LessonDiagnostic]
    public var path: String
    public var isValid: Bool { diagnostics.isEmpty }
    public var id: String { lesson.id.isEmpty ? Self.stem(path) : lesson.id }

    static func stem(_ path: String) -> String {
        let base = (path as NSString).lastPathComponent
        return base.hasSuffix(".lesson") ? String(base.dropLast(7)) : base
    }
}

/// The course: the lessons that ship inside the program, plus any folders an author adds
/// (`--lessons DIR`), in course order. A lesson in an added folder replaces a built-in one
/// with the same id, so an author can try a new version of it.
public struct LessonCatalog: Sendable {
    public var entries: [CatalogEntry]

    public init(entries: [CatalogEntry]) { self.entries = Self.courseOrder(entries) }

    public static func load(folders: [String], includeBuiltIn: Bool = true) -> LessonCatalog {
        var all: [CatalogEntry] = []
        let sources = (includeBuiltIn ? [builtInFolder].compactMap { $0 } : []) + folders
        for folder in sources {
            for file in lessonFiles(in: folder) {
                guard let entry = read(file: file) else { continue }
                all.removeAll { $0.id == entry.id }
                all.append(entry)
            }
        }
        return LessonCatalog(entries: all)
    }

    public func find(_ name: String) -> CatalogEntry? { entries.first { $0.id == name } }
    public var ids: [String] { entries.map(\.id) }

    /// Reads and parses one lesson file; nil when it cannot be read at all.
    public static func read(file: String) -> CatalogEntry? {
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else { return nil }
        let folder = (file as NSString).deletingLastPathComponent
        let files = LessonFiles(folder: folder.isEmpty ? "." : folder)
        let parsed = LessonParser.parse(text, file: file, folder: files.folder, fileExists: files.exists)
        return CatalogEntry(lesson: parsed.lesson, diagnostics: parsed.diagnostics, path: file)
    }

    /// The `.lesson` files in a folder and its subfolders, sorted by path. The folder may be
    /// a symlink (the top-level `Lessons` is one).
    public static func lessonFiles(in folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [String] = []
        while let rel = walker.nextObject() as? String {
            if rel.hasSuffix(".lesson") { found.append((folder as NSString).appendingPathComponent(rel)) }
        }
        return found.sorted()
    }

    /// Prerequisites first; otherwise in the order found (built-in, then by file name).
    static func courseOrder(_ entries: [CatalogEntry]) -> [CatalogEntry] {
        let ids = Set(entries.map(\.id))
        var placed: Set<String> = [], out: [CatalogEntry] = [], left = entries
        while !left.isEmpty {
            let i = left.firstIndex { $0.lesson.after.allSatisfy { placed.contains($0) || !ids.contains($0) } } ?? 0
            let e = left.remove(at: i)
            placed.insert(e.id)
            out.append(e)
        }
        return out
    }

    /// Where the course that ships with the program is: the package's resource folder beside
    /// the executable, or, in a developer's checkout, the source folder itself. Never fatal:
    /// a program copied without its resources simply has no built-in course.
    public static var builtInFolder: String? {
        let fm = FileManager.default
        func course(_ url: URL) -> String? {
            var isDir: ObjCBool = false
            let c = url.appendingPathComponent("Course")
            return fm.fileExists(atPath: c.path, isDirectory: &isDir) && isDir.boolValue ? c.path : nil
        }
        var bundles: [URL] = []
        for name in ["kubetutor_LessonKit.resources", "kubetutor_LessonKit.bundle"] {
            bundles.append(Bundle.main.bundleURL.appendingPathComponent(name))
            if let exe = Bundle.main.executableURL { bundles.append(exe.deletingLastPathComponent().appendingPathComponent(name)) }
            if let res = Bundle.main.resourceURL { bundles.append(res.appendingPathComponent(name)) }
        }
        for b in bundles {
            if let c = course(b) { return c }
            if let r = Bundle(url: b)?.resourceURL, let c = course(r) { return c }
        }
        return course(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent())
    }
}
