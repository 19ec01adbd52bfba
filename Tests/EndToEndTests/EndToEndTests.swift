import Foundation
import Testing

/// Every end-to-end suite lives under this one serialized parent, so the real binary runs in
/// one tmux server at a time.
@Suite("End to end (tmux)", .serialized, .timeLimit(.minutes(3)))
struct EndToEndTests {}

/// Quotes `text` for `sh`.
func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// Runs the binary without a terminal and returns its exit status and output.
func runNewsroom(_ binary: String, _ arguments: [String], environment: [String: String]) -> (status: Int32, output: String) {
    Spawn.run([binary] + arguments, environment: environment)
}
