import Foundation
import GRDB
import NewsroomCore

/// The personal-data table: outside people's handles, names and texts, behind their `ref`.
enum PersonalRows {
    /// The two prepared inserts of personal data, made once per transaction.
    struct Writers {
        let person: RowWriter
        let text: RowWriter

        init(_ db: Database) throws {
            person = try RowWriter(db, """
                INSERT INTO persons(ref, network, handle, display_name, profile_url, first_seen_ms) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(ref) DO UPDATE SET handle = excluded.handle,
                    display_name = COALESCE(excluded.display_name, display_name), profile_url = COALESCE(excluded.profile_url, profile_url)
                WHERE handle IS NOT excluded.handle
                    OR (excluded.display_name IS NOT NULL AND display_name IS NOT excluded.display_name)
                    OR (excluded.profile_url IS NOT NULL AND profile_url IS NOT excluded.profile_url)
                """)
            text = try RowWriter(db, "INSERT OR IGNORE INTO authored_texts(subject, ref, text, written_ms) VALUES (?, ?, ?, ?)")
        }
    }

    static func insert(_ data: PersonalData, at time: Date, in db: Database) throws {
        try insert(data, at: time, with: Writers(db))
    }

    /// A known person whose profile says nothing new is left as it is: a large import brings each
    /// commenter many times, and a rewritten row dirties its page and the handle index's.
    static func insert(_ data: PersonalData, at time: Date, with writers: Writers) throws {
        for p in data.profiles {
            try writers.person.run { row in
                row.add(p.ref.rawValue)
                row.add(p.network.name)
                row.add(p.handle)
                row.add(p.displayName)
                row.add(p.profileURL)
                row.add(millis(time))
            }
        }
        for t in data.texts {
            try writers.text.run { row in
                row.add(t.subject)
                row.add(t.ref.rawValue)
                row.add(t.text)
                row.add(millis(t.writtenAt))
            }
        }
    }

    static func profile(from row: Row) -> PersonProfile {
        PersonProfile(ref: PersonRef(row["ref"] as String), network: Network(row["network"] as String), handle: row["handle"],
                      displayName: row["display_name"], profileURL: row["profile_url"])
    }

    static func text(from row: Row) -> AuthoredText {
        AuthoredText(ref: PersonRef(row["ref"] as String), subject: row["subject"], text: row["text"], writtenAt: date(millis: row["written_ms"]))
    }
}
