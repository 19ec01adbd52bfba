import Glibc

/// Asks the terminal for its background colour, the way neovim and helix do: OSC 11
/// (`ESC ] 11 ; ? BEL`), followed by a device-attributes request (`ESC [ c`) that every
/// terminal answers, so one that ignores OSC 11 costs no wait; at most `timeout` either way.
///
/// Runs before curses reads input, with echo and line buffering off, and reads the answers
/// up to the device attributes, so none of it reaches the program as keys.
package enum BackgroundQuery {
    static func ask(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, timeout: Duration = .milliseconds(100)) -> TerminalBackground? {
        var saved = termios()
        guard tcgetattr(input, &saved) == 0 else { return nil }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ICANON | ECHO)
        guard tcsetattr(input, TCSANOW, &quiet) == 0 else { return nil }
        defer { _ = tcsetattr(input, TCSANOW, &saved) }

        var question = Array("\u{1b}]11;?\u{07}\u{1b}[c".utf8)
        guard write(output, &question, question.count) == question.count else { return nil }
        var answer: [UInt8] = []
        let deadline = ContinuousClock.now + timeout
        while !hasDeviceAttributes(answer) {
            let left = deadline - ContinuousClock.now
            guard left > .zero else { break }
            var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000) + 1
            guard poll(&descriptor, 1, milliseconds) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 256)
            let count = read(input, &chunk, chunk.count)
            guard count > 0 else { break }
            answer += chunk.prefix(count)
        }
        return TerminalBackground.fromReply(answer)
    }

    /// Whether `bytes` hold the answer to `ESC [ c` (`ESC [ ? … c`), which comes last.
    package static func hasDeviceAttributes(_ bytes: [UInt8]) -> Bool {
        guard let start = bytes.indices.first(where: { bytes[$0...].starts(with: [0x1b, 0x5b, 0x3f]) }) else { return false }
        return bytes[(start + 3)...].contains(UInt8(ascii: "c"))
    }
}
