import Foundation
import NewsroomCore
@testable import NewsroomStore

/// A temporary newsroom folder per test, removed afterwards.
final class TemporaryNewsroom {
    let root: URL
    let folder: StoreFolder

    init(_ name: String = "test") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("nr-\(name)-\(UUID().uuidString.prefix(8))")
        folder = StoreFolder(root.appendingPathComponent("store"))
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func create() throws -> FolderStore { try FolderStore.create(at: folder, name: "Test Newsroom", timeZone: "Europe/Berlin") }

    deinit { try? FileManager.default.removeItem(at: root) }
}

let tester = ActorIdentity(actor: "tester", account: "root")
let testNow = Timestamp.parse("2026-11-24T07:30:00Z")!

func event(_ payload: EventPayload, at time: Date = testNow, by actor: String = "tester") -> NewEvent {
    NewEvent(Event(time: time, actor: actor, account: "root", payload: payload))
}

func story(_ id: String, headline: String = "Headline") -> NewEvent {
    event(.storyAdded(StoryAdded(storyID: StoryID(id), content: StoryContent(headline: headline))))
}

/// A comment with its author's personal data travelling beside it.
func comment(_ id: String, handle: String, text: String, ref: String? = nil, at time: Date = testNow) -> NewEvent {
    let ref = PersonRef(ref ?? opaqueRef(for: handle))
    let body = CommentReceived(commentID: CommentID(id), network: .linkedIn, authorRef: ref, authorFollowers: 120,
                               target: CommentTarget(kind: .companyPost, id: "post-1"), postedAt: time, language: "de")
    return NewEvent(Event(time: time, actor: "import:linkedin", account: "root", payload: .commentReceived(body)),
                    personal: PersonalData(profiles: [PersonProfile(ref: ref, network: .linkedIn, handle: handle, displayName: "Display \(handle)")],
                                           texts: [AuthoredText(ref: ref, subject: id, text: text, writtenAt: time)]))
}

/// Where the build put our executables: beside the test bundle, or `NEWSROOM_BUILD_DIR`.
func builtExecutable(_ name: String) -> URL {
    if let dir = ProcessInfo.processInfo.environment["NEWSROOM_BUILD_DIR"] {
        return URL(fileURLWithPath: dir).appendingPathComponent(name)
    }
    var candidates: [URL] = []
    let argv0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var dir = argv0.deletingLastPathComponent()
    for _ in 0..<4 {
        candidates.append(dir.appendingPathComponent(name))
        dir = dir.deletingLastPathComponent()
    }
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(packageRoot.appendingPathComponent(".build/debug/\(name)"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
}

/// Runs a process to its end and returns its exit status and output.
@discardableResult
func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    p.arguments = arguments
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

/// An opaque ref per handle (as an importer would make), that does not spell the handle.
func opaqueRef(for handle: String) -> String {
    "p-" + String(handle.utf8.reduce(UInt64(1469598103934665603)) { ($0 ^ UInt64($1)) &* 1099511628211 }, radix: 16)
}
