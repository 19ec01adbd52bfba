import GRDB

/// The database schema, as an ordered list of named migrations (GRDB's migrator), plus the
/// version stamp that tells an older program it must not touch a newer store.
enum Schema {
    /// Bump with every migration added below.
    static let version = 5

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: events, projections, personal data") { db in
            try db.execute(sql: """
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);

                -- The log: append-only, seq gapless, bodies valid JSON.
                CREATE TABLE events(
                    seq INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    time_ms INTEGER NOT NULL,
                    actor TEXT NOT NULL CHECK (actor <> ''),
                    account TEXT NOT NULL,
                    type TEXT NOT NULL,
                    v INTEGER NOT NULL,
                    body TEXT NOT NULL CHECK (json_valid(body))
                );
                CREATE INDEX events_by_time ON events(time_ms);
                CREATE INDEX events_by_type ON events(type, seq);
                CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events
                    BEGIN SELECT RAISE(ABORT, 'the event log is append-only: events cannot be changed'); END;
                CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events
                    BEGIN SELECT RAISE(ABORT, 'the event log is append-only: events cannot be deleted'); END;

                -- Projections: the fold's entities, kept in the same transaction as the events.
                CREATE TABLE stories(id TEXT PRIMARY KEY, created_ms INTEGER NOT NULL, version INTEGER NOT NULL, json TEXT NOT NULL);
                CREATE INDEX stories_by_created ON stories(created_ms);
                CREATE TABLE briefings(date TEXT PRIMARY KEY, version INTEGER NOT NULL, json TEXT NOT NULL);
                CREATE TABLE ambassadors(id TEXT PRIMARY KEY, team TEXT NOT NULL, name TEXT NOT NULL, last_shared_ms INTEGER,
                    left_ms INTEGER, version INTEGER NOT NULL, json TEXT NOT NULL);
                CREATE INDEX ambassadors_by_team ON ambassadors(team, name);
                CREATE TABLE shares(id TEXT PRIMARY KEY, ambassador_id TEXT NOT NULL, story_id TEXT, posted_ms INTEGER NOT NULL,
                    version INTEGER NOT NULL, json TEXT NOT NULL);
                CREATE INDEX shares_by_ambassador ON shares(ambassador_id, posted_ms);
                CREATE INDEX shares_by_story ON shares(story_id, posted_ms);
                CREATE TABLE comments(id TEXT PRIMARY KEY, state TEXT NOT NULL, is_open INTEGER NOT NULL, severity INTEGER NOT NULL,
                    posted_ms INTEGER NOT NULL, hidden INTEGER NOT NULL, author_ref TEXT NOT NULL, thread_root TEXT NOT NULL,
                    assignee TEXT, legal_hold INTEGER NOT NULL, version INTEGER NOT NULL, json TEXT NOT NULL);
                CREATE INDEX comments_queue ON comments(is_open, severity DESC, posted_ms);
                CREATE INDEX comments_by_state ON comments(state, posted_ms);
                CREATE INDEX comments_by_author ON comments(author_ref);
                CREATE INDEX comments_by_thread ON comments(thread_root, posted_ms);
                CREATE TABLE moderators(name TEXT PRIMARY KEY, json TEXT NOT NULL);
                CREATE TABLE templates(id TEXT PRIMARY KEY, json TEXT NOT NULL);
                CREATE TABLE snippets(id TEXT PRIMARY KEY, json TEXT NOT NULL);
                CREATE TABLE erasures(ref TEXT PRIMARY KEY, at_ms INTEGER NOT NULL, json TEXT NOT NULL);
                CREATE TABLE mention_counts(date TEXT NOT NULL, topic TEXT NOT NULL, source TEXT NOT NULL,
                    mentions INTEGER NOT NULL, engagement INTEGER NOT NULL);
                CREATE INDEX mention_counts_by_date ON mention_counts(date);
                CREATE TABLE counters(metric TEXT NOT NULL, scope TEXT NOT NULL, bucket INTEGER NOT NULL, value INTEGER NOT NULL,
                    PRIMARY KEY (metric, scope, bucket)) WITHOUT ROWID;
                CREATE TABLE tallies(name TEXT PRIMARY KEY, value INTEGER NOT NULL);
                CREATE TABLE skipped(seq INTEGER PRIMARY KEY, reason TEXT NOT NULL);

                -- Personal data of outside people: never in an event body; erasable.
                CREATE TABLE persons(ref TEXT PRIMARY KEY, network TEXT NOT NULL, handle TEXT NOT NULL,
                    display_name TEXT, profile_url TEXT, first_seen_ms INTEGER NOT NULL);
                CREATE INDEX persons_by_handle ON persons(handle COLLATE NOCASE);
                CREATE TABLE authored_texts(subject TEXT PRIMARY KEY, ref TEXT NOT NULL, text TEXT NOT NULL, written_ms INTEGER NOT NULL);
                CREATE INDEX authored_texts_by_ref ON authored_texts(ref);
                CREATE INDEX authored_texts_by_time ON authored_texts(written_ms);
                """)
        }
        m.registerMigration("v2: bounded reads for the SLA, the oldest open comment and windowed counter sums") { db in
            // SLA breaches are counted per category over posting times (SLACutoffs), never by
            // reading comments: the columns come from the projection's JSON, so existing stores keep their data.
            try db.execute(sql: """
                ALTER TABLE comments ADD COLUMN category TEXT;
                ALTER TABLE comments ADD COLUMN answered INTEGER NOT NULL DEFAULT 0;
                UPDATE comments SET category = json_extract(json, '$.category'),
                    answered = json_extract(json, '$.firstResponseAt') IS NOT NULL;
                CREATE INDEX comments_awaiting_response ON comments(category, posted_ms)
                    WHERE is_open = 1 AND hidden = 0 AND answered = 0;
                CREATE INDEX comments_open_by_age ON comments(posted_ms) WHERE is_open = 1;
                CREATE INDEX counters_by_bucket ON counters(metric, bucket, scope, value);
                """)
        }
        m.registerMigration("v3: each event's commit time from the system clock, beside its stated time") { db in
            // `time_ms` is what the writer says (the simulated clock with --now / NEWSROOM_NOW, a
            // comment's posting time on import); `committed_ms` is when the store took it, from
            // the machine's clock. Events from before this migration have no commit time (NULL).
            try db.execute(sql: "ALTER TABLE events ADD COLUMN committed_ms INTEGER")
        }
        m.registerMigration("v4: moderation decisions by comment, for an item's audit trail and undo") { db in
            // Only decisions, not `comment.received`: an import of a million comments pays nothing for it.
            try db.execute(sql: """
                CREATE INDEX events_by_comment ON events(json_extract(body, '$.commentID'), seq)
                    WHERE type LIKE 'comment.%' AND type <> 'comment.received'
                """)
        }
        m.registerMigration("v5: the hidden and all views of the moderation queue, newest first") { db in
            // Without them the pane's "hidden" and "all" views scan and sort every comment.
            try db.execute(sql: """
                CREATE INDEX comments_hidden_by_age ON comments(posted_ms) WHERE hidden = 1;
                CREATE INDEX comments_by_age ON comments(posted_ms);
                """)
        }
        m.registerMigration("v6: the crisis level set by hand") { db in
            // One row at most: the level a person declared until it is cleared (a projection of
            // `crisis.declared` and `crisis.cleared`, rebuilt with the others).
            try db.execute(sql: "CREATE TABLE crisis_level(id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL)")
        }
        m.registerMigration("v7: fewer indexes under random keys on the import path") { db in
            // Each index under a random key costs about one dirty page per imported comment and
            // commit. A thread's opening comment is read by its id, so the thread index keeps
            // replies only (most imported comments open their own thread); a person's texts are
            // found by a scan, for the rare erasure and access report.
            try db.execute(sql: """
                DROP INDEX comments_by_thread;
                CREATE INDEX comments_replies_by_thread ON comments(thread_root, posted_ms) WHERE thread_root <> id;
                DROP INDEX authored_texts_by_ref;
                """)
        }
        return m
    }

    /// The projection tables, emptied and refilled when the fold's version changes.
    static let projectionTables = ["stories", "briefings", "ambassadors", "shares", "comments", "moderators", "templates",
                                   "snippets", "erasures", "mention_counts", "counters", "tallies", "skipped", "crisis_level"]
}
