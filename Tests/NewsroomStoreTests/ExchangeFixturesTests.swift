// Shared helpers of the Exchange*Tests suites (no tests of its own).
import Foundation
import NewsroomCore
@testable import NewsroomStore

/// Files for the import tests, written beside the test's newsroom.
extension TemporaryNewsroom {
    @discardableResult
    func file(_ name: String, _ text: String) throws -> URL { try file(name, bytes: Array(text.utf8)) }

    @discardableResult
    func file(_ name: String, bytes: [UInt8]) throws -> URL {
        let url = root.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    func importer(_ store: FolderStore) -> Importer { Importer(store: store, account: "root", now: testNow) }
}

/// Text as Windows-1252 bytes, as a German spreadsheet program saves it (only the characters the tests use).
func windows1252(_ text: String) -> [UInt8] {
    let high: [Character: UInt8] = ["€": 0x80, "„": 0x84, "…": 0x85, "“": 0x93, "”": 0x94, "–": 0x96]
    return text.flatMap { ch -> [UInt8] in
        if let b = high[ch] { return [b] }
        if ch == "\r\n" { return [13, 10] }
        let v = ch.unicodeScalars.first!.value
        precondition(v < 0x100 && !(0x80...0x9F).contains(v), "no Windows-1252 byte for \(ch)")
        return [UInt8(v)]
    }
}

/// One event in the export envelope, for hand-made JSON Lines.
func envelopeLine(_ new: NewEvent, seq: Int64 = 1) throws -> String {
    try JSONLExport.line(StoredEvent(seq: seq, event: new.event), personal: new.personal.isEmpty ? nil : new.personal, encoder: EventJSON.encoder())
}
