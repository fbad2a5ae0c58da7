import Foundation
import Kubectl

/// `-f FILE` from the real file system, relative to the working directory.
public struct DiskFiles: FileSource {
    public init() {}
    public func read(_ path: String) throws(KubectlError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .message("the path \"\(path)\" does not exist")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .message("error reading \"\(path)\": not UTF-8 text")
        }
        return text
    }

    /// Entries of a directory with whether each is a directory, for `-f` completion.
    public static func list(_ dir: String) -> [(String, Bool)] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: dir) else { return [] }
        return names.map { name in
            var isDir: ObjCBool = false
            _ = fm.fileExists(atPath: (dir as NSString).appendingPathComponent(name), isDirectory: &isDir)
            return (name, isDir.boolValue)
        }
    }
}
