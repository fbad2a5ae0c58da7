import Glibc

public enum OutputChannel: Sendable {
    case standardOutput, standardError

    var fileDescriptor: Int32 {
        switch self {
        case .standardOutput: STDOUT_FILENO
        case .standardError: STDERR_FILENO
        }
    }
}

/// Where the shell's text goes; tests record it instead of printing it.
@MainActor
public protocol TextOutput: AnyObject {
    func write(_ text: String, to channel: OutputChannel)
}

/// The process's stdout and stderr, written straight to the file descriptors. Nothing is
/// buffered on this side, and libedit flushes its own stream before `readline` returns,
/// so prompt, echo and output always appear in the order they were produced.
@MainActor
public final class StandardStreams: TextOutput {
    public init() {}

    public func write(_ text: String, to channel: OutputChannel) {
        var text = text
        text.withUTF8 { FileDescriptorWriter.writeAll($0, to: channel.fileDescriptor) }
    }
}

enum FileDescriptorWriter {
    /// `write` may take only part of the bytes, or be interrupted by a signal (Ctrl-C
    /// while output is draining); keep going until everything is out or the reader is gone.
    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to fd: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }

    static func writeAll(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { writeAll($0, to: fd) }
    }
}
