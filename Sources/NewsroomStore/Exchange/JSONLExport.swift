import Foundation
import NewsroomCore

/// `newsroom export --jsonl`: every event in the envelope of DESIGN, one a line, oldest first,
/// for jq and other tools and back in through `ingest`. A full export carries the personal data
/// that belongs to each event inline (`personal`: for `comment.received` the author's profile and
/// the comment's text), so it moves a whole newsroom; a pseudonymous one leaves it out (for analysts).
public enum JSONLExport {
    /// Writes the log to `handle` and returns how many events were written.
    public static func write(_ store: FolderStore, to handle: FileHandle, pseudonymous: Bool) throws -> Int {
        let encoder = EventJSON.encoder()
        var after: Int64 = 0
        var written = 0
        while true {
            let page = try store.events(after: after, limit: 2000)
            guard let last = page.last else { break }
            var personal: (profiles: [PersonRef: PersonProfile], texts: [CommentID: AuthoredText]) = ([:], [:])
            if !pseudonymous {
                var comments: [CommentID] = []
                var authors: [PersonRef] = []
                for stored in page {
                    if case .commentReceived(let b) = stored.event.payload {
                        comments.append(b.commentID)
                        authors.append(b.authorRef)
                    }
                }
                if !comments.isEmpty { personal = try store.personalData(comments: comments, authors: authors) }
            }
            var out = Data()
            for stored in page {
                var data: PersonalData?
                if !pseudonymous, case .commentReceived(let b) = stored.event.payload {
                    let d = PersonalData(profiles: personal.profiles[b.authorRef].map { [$0] } ?? [],
                                         texts: personal.texts[b.commentID].map { [$0] } ?? [])
                    data = d.isEmpty ? nil : d
                }
                out.append(contentsOf: try line(stored, personal: data, encoder: encoder).utf8)
                out.append(10)
            }
            try handle.write(contentsOf: out)
            written += page.count
            after = last.seq
        }
        return written
    }

    /// One event as one line: `seq`, `id`, `time`, `actor`, `account`, `type`, `v`, `body` (and `personal`).
    static func line(_ stored: StoredEvent, personal: PersonalData?, encoder: JSONEncoder) throws -> String {
        let e = stored.event
        var body = try e.payload.encodedBody(using: encoder)
        if body.contains(10) || body.contains(13) {
            // A kept body of an unknown type written with line breaks: one line again.
            body = try JSONValue.parse(Array(body)).encoded()
        }
        var s = "{\"seq\":\(stored.seq),\"id\":\"\(e.id.uuidString.lowercased())\",\"time\":\"\(Timestamp.format(e.time))\""
        s += ",\"actor\":" + quoted(e.actor) + ",\"account\":" + quoted(e.account) + ",\"type\":" + quoted(e.type)
        s += ",\"v\":\(e.schemaVersion),\"body\":" + String(decoding: body, as: UTF8.self)
        if let personal { s += ",\"personal\":" + String(decoding: try encoder.encode(personal), as: UTF8.self) }
        // Same values, safe bytes: an export may be read in a terminal (`less`, `cat`).
        return PrintableText.json(s + "}")
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
