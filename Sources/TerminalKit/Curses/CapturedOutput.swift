import Glibc

/// An output stream for `CursesBackend.Output.stream` backed by an anonymous temporary file:
/// curses writes its escape sequences there instead of to a terminal (it writes to the file
/// descriptor, so a memory stream would not do), and tests and benchmarks count the bytes.
public final class CapturedOutput {
    /// The stream curses writes to.
    public let output: UnsafeMutablePointer<FILE>
    /// An input stream with nothing in it.
    public let input: UnsafeMutablePointer<FILE>

    public init?() {
        guard let output = tmpfile() else { return nil }
        guard let input = fopen("/dev/null", "r") else {
            fclose(output)
            return nil
        }
        self.output = output
        self.input = input
    }

    deinit {
        fclose(output)
        fclose(input)
    }

    /// Bytes written so far.
    public var byteCount: Int {
        fflush(output)
        var info = stat()
        guard fstat(fileno(output), &info) == 0 else { return 0 }
        return Int(info.st_size)
    }

    /// Everything written so far, as text (escape sequences included).
    public var text: String {
        let count = byteCount
        guard count > 0 else { return "" }
        var bytes = [UInt8](repeating: 0, count: count)
        let read = bytes.withUnsafeMutableBytes { pread(fileno(output), $0.baseAddress, count, 0) }
        return String(decoding: bytes.prefix(Swift.max(0, read)), as: UTF8.self)
    }
}
