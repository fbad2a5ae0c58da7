import Foundation
import Kubectl

/// The files a lesson may read: those in its own folder, found by relative path. A symlink
/// that leads out of the folder is refused as if the file were not there.
///
/// While a learner works through a lesson, `-f web.yaml` finds the lesson's `web.yaml`
/// first and then, through `fallback`, the learner's own files. Lines the lesson runs
/// itself (setup, actions, playback) have no fallback.
public struct LessonFiles: FileSource {
    public let folder: String
    public let fallback: FileSource?

    public init(folder: String, fallback: FileSource? = nil) {
        self.folder = folder
        self.fallback = fallback
    }

    public func read(_ path: String) throws(KubectlError) -> String {
        if let full = resolve(path), let data = FileManager.default.contents(atPath: full) {
            guard let text = String(data: data, encoding: .utf8) else {
                throw .message("error reading \"\(path)\": not UTF-8 text")
            }
            return text
        }
        if let fallback { return try fallback.read(path) }
        throw .message("the path \"\(path)\" does not exist")
    }

    /// Whether `path` names a readable file inside the folder.
    public func exists(_ path: String) -> Bool {
        guard let full = resolve(path) else { return false }
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: full, isDirectory: &isDir) && !isDir.boolValue
    }

    /// The real path of `path` when it stays inside the folder after following symlinks.
    func resolve(_ path: String) -> String? {
        guard CommandPolicy.pathProblem(path) == nil else { return nil }
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        let full = URL(fileURLWithPath: folder).appendingPathComponent(path).resolvingSymlinksInPath().path
        guard full.hasPrefix(root.hasSuffix("/") ? root : root + "/") else { return nil }
        return full
    }
}
