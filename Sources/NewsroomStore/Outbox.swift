import Foundation
import NewsroomCore
#if canImport(Glibc)
import Glibc
#endif

/// What the newsroom hands to connectors, since the console does not post by itself: each reply
/// recorded through `append` becomes a line in `outbox/replies.jsonl` (owner-only, appended), with
/// where to post it and its text; a connector posts the lines after the last `seq` it handled.
/// Imports never write here: a reply in an imported export was posted long ago.
struct Outbox {
    let folder: URL

    /// One line per reply among `committed`, for the comments they answer.
    func hand(_ committed: [StoredEvent], comments: [CommentID: Comment]) throws {
        var lines = ""
        for stored in committed {
            guard case .commentReplied(let reply) = stored.event.payload, let comment = comments[reply.commentID] else { continue }
            let object: [String: Any] = [
                "seq": stored.seq, "event": stored.event.id.logText, "type": "reply", "replyID": reply.replyID,
                "commentID": reply.commentID.rawValue, "network": comment.network.name,
                "on": ["kind": comment.target.kind.rawValue, "id": comment.target.id],
                "text": reply.text, "language": reply.language, "by": stored.event.actor, "at": Timestamp.format(stored.event.time),
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            // JSON allows C1, DEL and bidi controls raw; a connector may show the line on a terminal.
            lines += PrintableText.json(String(decoding: data, as: UTF8.self)) + "\n"
        }
        guard !lines.isEmpty else { return }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let path = folder.appendingPathComponent("replies.jsonl").path
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw PrivateFileError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        let bytes = Array(lines.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(fd) == 0 else { throw PrivateFileError(path: path, reason: String(cString: strerror(errno))) }
    }
}
