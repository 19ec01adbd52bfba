/// An import the store stopped part-way (a full disk, a failing database): what was committed is
/// kept, the file stays where it was (an inbox file is not moved to rejected/: nothing is wrong
/// with it), and running the import again goes on where it stopped, since known ids are skipped.
public struct ImportStopped: Error, CustomStringConvertible {
    public let file: String
    /// Events of this file committed before the failure.
    public let imported: Int
    public let cause: any Error

    public var description: String {
        "\(file): the import stopped after \(imported) events, which are kept: \(cause). Once that is fixed, the same import goes on where it stopped (events already in the log are skipped)"
    }
}
