import Foundation
import GRDB
import NewsroomCore

/// The personal-data table: outside people's handles, names and texts, behind their `ref`.
enum PersonalRows {
    /// A known person whose profile says nothing new is left as it is: a large import brings each
    /// commenter many times, and a rewritten row dirties its page and the handle index's.
    static func insert(_ data: PersonalData, at time: Date, in db: Database) throws {
        for p in data.profiles {
            try db.cachedStatement(sql: """
                INSERT INTO persons(ref, network, handle, display_name, profile_url, first_seen_ms) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(ref) DO UPDATE SET handle = excluded.handle,
                    display_name = COALESCE(excluded.display_name, display_name), profile_url = COALESCE(excluded.profile_url, profile_url)
                WHERE handle IS NOT excluded.handle
                    OR (excluded.display_name IS NOT NULL AND display_name IS NOT excluded.display_name)
                    OR (excluded.profile_url IS NOT NULL AND profile_url IS NOT excluded.profile_url)
                """).execute(arguments: [p.ref.rawValue, p.network.name, p.handle, p.displayName, p.profileURL, millis(time)])
        }
        for t in data.texts {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO authored_texts(subject, ref, text, written_ms) VALUES (?, ?, ?, ?)")
                .execute(arguments: [t.subject, t.ref.rawValue, t.text, millis(t.writtenAt)])
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
