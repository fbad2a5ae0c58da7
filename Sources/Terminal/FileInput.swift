import Glibc

/// Reads a whole script with plain POSIX calls: scripts are small, and this keeps
/// Foundation out of the terminal layer.
enum FileInput {
    enum Failure: Error, Equatable {
        case doesNotExist(path: String)
        case unreadable(path: String, errno: Int32)

        var message: String {
            switch self {
            case .doesNotExist(let path): Diagnostics.pathDoesNotExist(path)
            case .unreadable(let path, let code): Diagnostics.cannotRead(path, reason: Diagnostics.describe(errno: code))
            }
        }
    }

    /// `nil` or `-` reads standard input, as Unix tools do.
    static func read(_ path: String?) -> Result<String, Failure> {
        guard let path, path != "-" else { return readAll(fd: STDIN_FILENO, path: "-") }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            return .failure(errno == ENOENT ? .doesNotExist(path: path) : .unreadable(path: path, errno: errno))
        }
        defer { close(fd) }
        return readAll(fd: fd, path: path)
    }

    private static func readAll(fd: Int32, path: String) -> Result<String, Failure> {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[..<count]
            } else if count == 0 {
                return .success(String(decoding: bytes, as: UTF8.self))
            } else if errno != EINTR {
                return .failure(.unreadable(path: path, errno: errno))
            }
        }
    }
}
