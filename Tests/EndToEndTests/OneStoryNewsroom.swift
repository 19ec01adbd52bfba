import Foundation
import Testing

/// A scratch home with a newsroom holding one story on today's agenda (2026-11-24), for end-to-end
/// tests that need a store of their own rather than the demo.
final class OneStoryNewsroom {
    let home: URL
    let store: URL
    static let now = "2026-11-24T07:30:00Z"

    init(_ name: String) throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("nr-e2e-\(name)-\(UUID().uuidString.prefix(8))")
        store = home.appendingPathComponent("store")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: home) }

    var environment: [String: String] {
        ["LANG": "C.UTF-8", "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
         "XDG_DATA_HOME": home.appendingPathComponent("data").path, "NEWSROOM_NOW": Self.now, "PATH": "/usr/bin:/bin"]
    }

    func make(_ binary: String) throws {
        #expect(runNewsroom(binary, ["init", store.path], environment: environment).status == 0)
        let lines = [
            #"{"id":"5d0c0f7e-0000-4000-8000-000000000001","time":"2026-11-24T06:00:00.000Z","actor":"anna","account":"test","type":"story.added","v":1,"body":{"storyID":"st-1","content":{"headline":"Umspannwerk Husum geht ans Netz","language":"de","postTexts":[],"restriction":{"roles":[],"teams":[]},"source":"blog","summary":"","talkingPoints":[],"topics":["energiewende"]}}}"#,
            #"{"id":"5d0c0f7e-0000-4000-8000-000000000002","time":"2026-11-24T06:00:00.000Z","actor":"anna","account":"test","type":"briefing.scheduled","v":1,"body":{"date":"2026-11-24","storyID":"st-1"}}"#,
        ]
        let file = home.appendingPathComponent("story.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let ingest = runNewsroom(binary, ["ingest", file.path, "--store", store.path], environment: environment)
        #expect(ingest.status == 0, "\(ingest.output)")
    }
}
