import Foundation
import NewsroomCore
import NewsroomStore

// A writer for the store's crash, concurrency and read-only tests.
//
//   StoreTortureWriter write STORE COUNT [NAME]   appends COUNT events (0: until killed), one at a
//                                                 time, printing each committed seq only after
//                                                 append returned: a kill must never lose a printed seq
//   StoreTortureWriter probe STORE                opens the store, prints how it opened and what a
//                                                 write does (for the read-only test)
//   StoreTortureWriter ingest STORE FILE          imports a JSON Lines file as `newsroom ingest` does
//   StoreTortureWriter decide STORE ID            prints "ready", then on each line read appends one
//                                                 decision (a briefing note; ID is the first event's id)

func fail(_ message: String, code: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data("StoreTortureWriter: \(message)\n".utf8))
    exit(code)
}

func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else { fail("usage: StoreTortureWriter write STORE COUNT [NAME] | probe STORE | ingest STORE FILE | decide STORE ID", code: 2) }
let store: FolderStore
do { store = try FolderStore.open(StoreFolder(path: arguments[1])) } catch { fail("\(error)") }

switch arguments[0] {
case "write":
    guard arguments.count >= 3, let count = Int(arguments[2]) else { fail("write needs a COUNT", code: 2) }
    let name = arguments.count > 3 ? arguments[3] : "writer"
    let identity = ActorIdentity(actor: name, account: "test")
    var written = 0
    while count == 0 || written < count {
        let event = Event(time: Date(), by: identity, payload: .storyAdded(StoryAdded(
            storyID: StoryID("\(name)-\(written)-\(UUID().uuidString.prefix(8))"), content: StoryContent(headline: "Story \(written) from \(name)"))))
        do {
            for stored in try store.append([NewEvent(event)]) { say("\(stored.seq)") }
        } catch { fail("\(error)") }
        written += 1
    }
case "probe":
    say("readOnly=\(store.isReadOnly)")
    do { say("lastSeq=\(try store.lastSeq())") } catch { say("read failed: \(error)") }
    do {
        try store.append([NewEvent(Event(time: Date(), actor: "probe", account: "test",
                                         payload: .briefingNoted(BriefingNoted(date: LocalDate("2026-11-24")!, note: "probe"))))])
        say("write=ok")
    } catch { say("write refused: \(error)") }
case "ingest":
    guard arguments.count >= 3 else { fail("ingest needs a FILE", code: 2) }
    do {
        let report = try Importer(store: store, account: "test", now: Date()).ingest(URL(fileURLWithPath: arguments[2]))
        say("imported=\(report.imported)")
    } catch { fail("\(error)") }
case "decide":
    guard arguments.count >= 3, let id = UUID(uuidString: arguments[2]) else { fail("decide needs an event ID", code: 2) }
    say("ready")
    var next: UUID? = id
    while readLine() != nil {
        let event = Event(id: next ?? UUID(), time: Date(), actor: "console", account: "test",
                          payload: .briefingNoted(BriefingNoted(date: LocalDate("2026-11-24")!, note: "decided during an ingest")))
        next = nil
        do {
            for stored in try store.append([NewEvent(event)]) { say("\(stored.seq)") }
        } catch { fail("\(error)") }
    }
default:
    fail("unknown mode \(arguments[0])", code: 2)
}
