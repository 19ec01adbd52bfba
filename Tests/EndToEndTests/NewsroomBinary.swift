import Foundation

/// Where the `newsroom` executable under test is: `NEWSROOM_BIN`, else beside the test bundle
/// (the build folder `swift test` used), else `.build/debug/newsroom` in the package.
/// Tests never build it themselves (a nested `swift build` can wait for ever on SwiftPM's lock).
enum NewsroomBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var candidates: [String] {
        var paths: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["NEWSROOM_BIN"], !explicit.isEmpty {
            paths.append(explicit)
        }
        if let testBinary = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            paths.append(URL(fileURLWithPath: testBinary).deletingLastPathComponent().appendingPathComponent("newsroom").path)
        }
        paths.append(packageRoot.appendingPathComponent(".build/debug/newsroom").path)
        return paths
    }

    /// The path, or nil (the caller fails the test and says where it looked).
    static var path: String? {
        candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
