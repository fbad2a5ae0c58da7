import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where progress lives between runs.
public protocol ProgressStorage: AnyObject {
    /// The saved progress; a warning when the saved file could not be read and was set aside.
    func load() -> (ProgressFile, warning: String?)
    func save(_ progress: ProgressFile) throws(ProgressError)
}

public struct ProgressError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Progress kept only while the program runs (a session nobody configured, and tests).
public final class MemoryProgressStore: ProgressStorage {
    public private(set) var saved = ProgressFile()
    public init(_ initial: ProgressFile = ProgressFile()) { saved = initial }
    public func load() -> (ProgressFile, warning: String?) { (saved, nil) }
    public func save(_ progress: ProgressFile) throws(ProgressError) { saved = progress }
}

/// `progress.json` in a directory (`$XDG_STATE_HOME/kubetutor/`).
///
/// A save writes a temporary file beside it, flushes it to disk and renames it over the
/// old one. A rename within a directory is atomic, so a `kill -9` at any moment leaves
/// either the old file or the new one, never half of one. A file that cannot be read (cut
/// short by a crash of the disk, or edited by hand) is renamed `progress.json.corrupt-N`
/// with a warning, and progress starts afresh: it never stops the program.
public final class DirectoryProgressStore: ProgressStorage {
    public let directory: String
    public init(directory: String) { self.directory = directory }

    public var path: String { (directory as NSString).appendingPathComponent("progress.json") }

    public func load() -> (ProgressFile, warning: String?) {
        removeStaleTemporaries()
        guard let data = FileManager.default.contents(atPath: path) else { return (ProgressFile(), nil) }
        do {
            return (try ProgressCoding.decode(data), nil)
        } catch {
            let aside = setAside()
            let where_ = aside.map { "it was set aside as \(($0 as NSString).lastPathComponent)" } ?? "it could not be moved aside"
            return (ProgressFile(), "warning: \(path) could not be read (\(error.message)); \(where_), and progress starts afresh\n")
        }
    }

    public func save(_ progress: ProgressFile) throws(ProgressError) {
        do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
            throw ProgressError(message: "cannot create \(directory): \(error.localizedDescription)")
        }
        try AtomicFile.write(ProgressCoding.encode(progress), to: path)
    }

    /// Renames the unreadable file to the first free `progress.json.corrupt-N`.
    func setAside() -> String? {
        for n in 1...1000 {
            let target = path + ".corrupt-\(n)"
            if FileManager.default.fileExists(atPath: target) { continue }
            return rename(path, target) == 0 ? target : nil
        }
        return nil
    }

    /// Temporary files a killed process left behind.
    func removeStaleTemporaries() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let mine = AtomicFile.temporarySuffix
        for name in names.sorted() where name.hasPrefix("progress.json.tmp-") && !name.hasSuffix(mine) {
            try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
        }
    }
}

/// Write-then-rename, with the data flushed before the rename.
public enum AtomicFile {
    static var temporarySuffix: String { "tmp-\(getpid())" }

    public static func write(_ data: Data, to path: String) throws(ProgressError) {
        let temp = path + "." + temporarySuffix
        guard FileManager.default.createFile(atPath: temp, contents: nil),
              let handle = FileHandle(forWritingAtPath: temp) else {
            throw ProgressError(message: "cannot write \(temp)")
        }
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
        } catch {
            try? FileManager.default.removeItem(atPath: temp)
            throw ProgressError(message: "cannot write \(temp): \(error.localizedDescription)")
        }
        guard rename(temp, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temp)
            throw ProgressError(message: "cannot replace \(path)")
        }
    }
}

/// The JSON form: stable key order, so an exported file diffs cleanly.
public enum ProgressCoding {
    public struct DecodeError: Error { public var message: String }

    public static func encode(_ p: ProgressFile) -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys]
        return ((try? e.encode(p)) ?? Data()) + Data("\n".utf8)
    }

    public static func decode(_ data: Data) throws(DecodeError) -> ProgressFile {
        let p: ProgressFile
        do { p = try JSONDecoder().decode(ProgressFile.self, from: data) } catch {
            throw DecodeError(message: "not a kubetutor progress file")
        }
        guard p.version == 1 else { throw DecodeError(message: "written by another version of kubetutor (format \(p.version))") }
        return p
    }

    /// `progress --export FILE`.
    public static func export(_ p: ProgressFile, to path: String) throws(ProgressError) {
        try AtomicFile.write(encode(p), to: path)
    }

    /// `progress --import FILE`.
    public static func importFile(_ path: String) throws(ProgressError) -> ProgressFile {
        guard let data = FileManager.default.contents(atPath: path) else { throw ProgressError(message: "cannot read \(path)") }
        do { return try decode(data) } catch { throw ProgressError(message: "\(path) is \(error.message)") }
    }
}

/// `$XDG_STATE_HOME/kubetutor`, or `~/.local/state/kubetutor` as the XDG spec defaults it.
public enum ProgressLocation {
    public static func directory(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/kubetutor" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/kubetutor"
    }
}
