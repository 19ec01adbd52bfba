import Foundation
import GRDB
import NewsroomCore

/// Everything held about one outside person: the answer to a GDPR access request (Art. 15).
public struct PersonalDataReport: Sendable, Codable {
    public var query: String
    public var profiles: [PersonProfile]
    public var texts: [AuthoredText]
    /// The facts the newsroom keeps about their comments (no personal data): ids, states, visibility.
    public var comments: [Comment]
    public var erasures: [Erasure]
}

/// What an erasure or a sweep did.
public struct ErasureOutcome: Sendable {
    public var refs: [PersonRef]
    public var textsRemoved: Int
    public var profilesRemoved: Int
    public var keptUnderLegalEscalation: Int
    public var events: [StoredEvent]
}

extension FolderStore {
    /// The people a query names: a ref, or a handle (with or without `@`), or a display name; case-insensitive.
    public func persons(matching query: String) throws -> [PersonProfile] {
        let q = query.hasPrefix("@") ? String(query.dropFirst()) : query
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM persons WHERE ref = ? OR handle = ? COLLATE NOCASE OR ('@' || handle) = ? COLLATE NOCASE
                    OR display_name = ? COLLATE NOCASE ORDER BY first_seen_ms
                """, arguments: [q, q, query, q]).map(PersonalRows.profile)
        }
    }

    /// The profile behind a ref, or nil once erased.
    public func profile(_ ref: PersonRef) throws -> PersonProfile? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM persons WHERE ref = ?", arguments: [ref.rawValue]).map(PersonalRows.profile) }
    }

    public func handle(of author: PersonRef) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT handle FROM persons WHERE ref = ?", arguments: [author.rawValue]) }.map { "@\($0)" }
    }

    /// The text of a comment, or nil once erased.
    public func text(of comment: CommentID) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT text FROM authored_texts WHERE subject = ?", arguments: [comment.rawValue]) }
    }

    /// GDPR access: everything held about the person a query names.
    public func accessReport(for query: String) throws -> PersonalDataReport {
        let profiles = try persons(matching: query)
        let refs = Set(profiles.map(\.ref.rawValue)).union([query])
        return try read { db in
            var texts: [AuthoredText] = []
            var comments: [Comment] = []
            var erasures: [Erasure] = []
            let decoder = EventJSON.decoder()
            for ref in refs.sorted() {
                texts += try Row.fetchAll(db, sql: "SELECT * FROM authored_texts WHERE ref = ? ORDER BY written_ms", arguments: [ref]).map(PersonalRows.text)
                comments += try String.fetchAll(db, sql: "SELECT json FROM comments WHERE author_ref = ? ORDER BY posted_ms", arguments: [ref])
                    .map { try decoder.decode(Comment.self, from: Data($0.utf8)) }
                erasures += try String.fetchAll(db, sql: "SELECT json FROM erasures WHERE ref = ?", arguments: [ref])
                    .map { try decoder.decode(Erasure.self, from: Data($0.utf8)) }
            }
            guard !profiles.isEmpty || !texts.isEmpty || !comments.isEmpty || !erasures.isEmpty else {
                throw StoreError.unknownPerson(query)
            }
            return PersonalDataReport(query: query, profiles: profiles, texts: texts, comments: comments, erasures: erasures)
        }
    }

    /// GDPR erasure (Art. 17): removes the person's profile and texts and records `privacy.erased`
    /// (no personal data in it). Counts, KPIs and the moderation history stay.
    public func erase(_ query: String, requestID: String, by actor: ActorIdentity, at time: Date) throws -> ErasureOutcome {
        guard !isReadOnly else { throw StoreError.readOnly(folder.root.path) }
        let people = try persons(matching: query)
        let refs = people.map(\.ref)
        guard !refs.isEmpty else { throw StoreError.unknownPerson(query) }
        let calendar = config.calendar
        let outcome = try erasing { db in
            var texts = 0
            var profiles = 0
            var events: [NewEvent] = []
            for ref in Set(refs).sorted() {
                try db.execute(sql: "DELETE FROM authored_texts WHERE ref = ?", arguments: [ref.rawValue])
                let removed = db.changesCount
                texts += removed
                try db.execute(sql: "DELETE FROM persons WHERE ref = ?", arguments: [ref.rawValue])
                profiles += db.changesCount
                events.append(NewEvent(Event(time: time, by: actor, payload: .privacyErased(
                    PrivacyErased(ref: ref, requestID: requestID, reason: .request, textsRemoved: removed)))))
            }
            let stored = try Self.appendInTransaction(events, db: db, calendar: calendar)
            return ErasureOutcome(refs: refs, textsRemoved: texts, profilesRemoved: profiles, keptUnderLegalEscalation: 0, events: stored)
        }
        scrubRejectedLines(mentioning: people.flatMap { [$0.handle, $0.displayName, $0.ref.rawValue].compactMap { $0 } })
        return outcome
    }

    /// Retention (Art. 5): erases texts older than `privacy.retentionMonths`, and profiles left with
    /// nothing, except what belongs to an item under a legal escalation; records `privacy.swept`.
    public func sweep(by actor: ActorIdentity, at now: Date) throws -> ErasureOutcome {
        guard !isReadOnly else { throw StoreError.readOnly(folder.root.path) }
        let cutoff = Calendar(identifier: .gregorian).date(byAdding: .month, value: -config.privacy.retentionMonths, to: now) ?? now
        let cutoffMillis = millis(cutoff)
        let calendar = config.calendar
        return try erasing { db in
            let legal = "SELECT id FROM comments WHERE legal_hold = 1"
            let kept = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM authored_texts WHERE written_ms < ? AND subject IN (\(legal))",
                                        arguments: [cutoffMillis])!
            try db.execute(sql: "DELETE FROM authored_texts WHERE written_ms < ? AND subject NOT IN (\(legal))", arguments: [cutoffMillis])
            let texts = db.changesCount
            let orphaned = try String.fetchAll(db, sql: """
                SELECT ref FROM persons WHERE first_seen_ms < ? AND ref NOT IN (SELECT ref FROM authored_texts)
                    AND ref NOT IN (SELECT author_ref FROM comments WHERE legal_hold = 1)
                """, arguments: [cutoffMillis])
            var events: [NewEvent] = []
            for ref in orphaned {
                try db.execute(sql: "DELETE FROM persons WHERE ref = ?", arguments: [ref])
                events.append(NewEvent(Event(time: now, by: actor, payload: .privacyErased(
                    PrivacyErased(ref: PersonRef(ref), requestID: nil, reason: .retention, textsRemoved: 0)))))
            }
            events.append(NewEvent(Event(time: now, by: actor, payload: .privacySwept(
                PrivacySwept(cutoff: cutoff, textsRemoved: texts, profilesRemoved: orphaned.count, keptUnderLegalEscalation: kept)))))
            let stored = try Self.appendInTransaction(events, db: db, calendar: calendar)
            return ErasureOutcome(refs: orphaned.map { PersonRef($0) }, textsRemoved: texts, profilesRemoved: orphaned.count,
                                  keptUnderLegalEscalation: kept, events: stored)
        }
    }

    /// A write that removes personal data and leaves no byte of it in any file of the store when
    /// it returns: SQLite overwrites what it deletes with zeros (`secure_delete`, set on every
    /// connection), and the write-ahead log, which still holds the pages as they were, is
    /// checkpointed and truncated.
    func erasing<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            let result = try write(body)
            try writer.writeWithoutTransaction { db in
                let busy = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")?[0] as Int? ?? 1
                // Readers (an open console) can keep the checkpoint from finishing: wait for them.
                var tries = 0
                var stillBusy = busy != 0
                while stillBusy, tries < 50 {
                    usleep(100_000)
                    tries += 1
                    stillBusy = (try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")?[0] as Int? ?? 1) != 0
                }
                if stillBusy { throw StoreError.database(folder.database.path, detail: "the erasure is recorded, but another process kept the write-ahead log from being cleared; run the command again when consoles are closed") }
            }
            return result
        } catch let error as DatabaseError {
            throw Self.describe(error, path: folder.database.path)
        }
    }

    /// Lines of `inbox/rejected/` (never imported, kept for someone to fix) that name an erased
    /// person are removed from those files too, so the erasure leaves no copy there either.
    func scrubRejectedLines(mentioning needles: [String]) {
        let wanted = needles.filter { $0.count >= 3 }
        guard !wanted.isEmpty else { return }
        let folder = self.folder.inbox.appendingPathComponent("rejected")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        for file in files where file.lastPathComponent.contains(".rejected.") {
            guard let text = try? String(contentsOf: file, encoding: .utf8), wanted.contains(where: text.contains) else { continue }
            let kept = text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in !wanted.contains { line.contains($0) } }
            try? PrivateFile.write(Data(kept.joined(separator: "\n").utf8), to: file)
        }
    }

    /// Runs a write transaction (BEGIN IMMEDIATE), mapping database errors to store errors.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            throw Self.describe(error, path: folder.database.path)
        }
    }
}
