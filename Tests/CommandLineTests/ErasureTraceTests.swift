import Foundation
import Testing

/// After `newsroom privacy erase`, no file of the store holds a byte of the person's data.
@Suite(.serialized) struct ErasureTraceTests {
    static let handle = "erasme4711"
    static let name = "Erika Probe-Mustermann"
    static let text = "Ruft mich an unter 0171 5550199, ich warte seit Wochen"

    static func comment(_ n: Int, ref: String, handle: String, name: String, text: String) -> String {
        let id = String(format: "7b2e0f7e-0000-4000-8000-%012d", n)
        return #"{"id":"\#(id)","time":"2026-11-24T06:00:00.000Z","actor":"import:x","account":"test","type":"comment.received","v":1,"body":{"authorFollowers":5,"authorRef":"\#(ref)","commentID":"c-\#(n)","language":"de","network":"x","postedAt":"2026-11-24T05:50:00.000Z","target":{"id":"post-1","kind":"companyPost"}},"personal":{"profiles":[{"displayName":"\#(name)","handle":"\#(handle)","network":"x","profileURL":"https://example.com/\#(handle)","ref":"\#(ref)"}],"texts":[{"ref":"\#(ref)","subject":"c-\#(n)","text":"\#(text)","writtenAt":"2026-11-24T05:50:00.000Z"}]}}"#
    }

    /// Every file under the folder that contains `needle`, read as bytes.
    static func files(under folder: URL, containing needle: String) -> [String] {
        let bytes = Array(needle.utf8)
        var found: [String] = []
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard let data = try? Data(contentsOf: url), data.count >= bytes.count else { continue }
            if data.withUnsafeBytes({ raw in raw.bindMemory(to: UInt8.self).indices.contains { i in
                i + bytes.count <= data.count && raw[i] == bytes[0] && Array(raw[i..<i + bytes.count]) == bytes } }) {
                found.append(url.lastPathComponent)
            }
        }
        return found
    }

    @Test("after an erasure no file of the store holds the person's handle, name or text")
    func noTraceInAnyFile() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = cli.home.appendingPathComponent("store")
        #expect(try cli.run(["init", store.path]).status == 0)
        var lines = [Self.comment(1, ref: "p-erase", handle: Self.handle, name: Self.name, text: Self.text)]
        for n in 2..<400 { lines.append(Self.comment(n, ref: "p-\(n)", handle: "other\(n)", name: "Someone \(n)", text: "Ein anderer Kommentar Nummer \(n)")) }
        let file = cli.home.appendingPathComponent("comments.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let ingest = try cli.run(["ingest", file.path, "--store", store.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        // The same person again through inbox/, with one more comment and a line the import rejects.
        let dropped = [Self.comment(500, ref: "p-erase", handle: Self.handle, name: Self.name, text: "Zweiter Kommentar von Erika Probe"),
                       "{\"broken\": \"\(Self.handle)"]
        try Data((dropped.joined(separator: "\n") + "\n").utf8).write(to: store.appendingPathComponent("inbox/drop.jsonl"))
        let inbox = try cli.run(["ingest", "--inbox", "--store", store.path])
        #expect(inbox.status == 0 || inbox.stdout.contains("1 imported"), "\(inbox.stdout)\(inbox.stderr)")
        #expect(!Self.files(under: store, containing: Self.handle).isEmpty, "the data is in the store before")
        let erase = try cli.run(["privacy", "erase", Self.handle, "--request", "REQ-1", "--store", store.path])
        #expect(erase.status == 0, "\(erase.stderr)")
        for needle in [Self.handle, Self.name, Self.text, "0171 5550199", "Zweiter Kommentar von Erika Probe"] {
            #expect(Self.files(under: store, containing: needle).isEmpty, "'\(needle)' is still in \(Self.files(under: store, containing: needle))")
        }
        let others = try cli.run(["privacy", "export", "other7", "--store", store.path])
        #expect(others.stdout.contains("Ein anderer Kommentar Nummer 7"), "everyone else's data is still there")
    }
}
