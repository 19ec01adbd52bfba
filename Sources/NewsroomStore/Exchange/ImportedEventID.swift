import Foundation

/// The id of an event an importer makes from a record: a name-based UUID (RFC 9562 version 5,
/// SHA-1) of a fixed namespace and `source|network|record id`, so the same record imported
/// twice gets the same id and the store skips it the second time.
enum ImportedEventID {
    /// The namespace of every imported record (fixed forever: changing it would re-import everything).
    static let namespace = UUID(uuidString: "6f1c2b7e-5d0a-4c61-9a57-2d0e3c4b8a91")!

    /// For a record with its own id.
    static func make(source: String, network: String, recordID: String) -> UUID {
        nameBased("\(source)|\(network)|\(recordID)")
    }

    /// For a record without an id of its own: the file's content hash and the line it starts on.
    static func make(contentHash: String, line: Int) -> UUID {
        nameBased("file:\(contentHash)|line:\(line)")
    }

    static func nameBased(_ name: String) -> UUID {
        let ns = namespace.uuid
        var bytes: [UInt8] = [ns.0, ns.1, ns.2, ns.3, ns.4, ns.5, ns.6, ns.7, ns.8, ns.9, ns.10, ns.11, ns.12, ns.13, ns.14, ns.15]
        bytes.append(contentsOf: Array(name.utf8))
        var d = SHA1.hash(bytes)
        d[6] = (d[6] & 0x0F) | 0x50
        d[8] = (d[8] & 0x3F) | 0x80
        return UUID(uuid: (d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11], d[12], d[13], d[14], d[15]))
    }

    /// SHA-1 of a file's bytes, read in chunks, as hex.
    static func contentHash(of url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA1()
        while let data = try handle.read(upToCount: 1 << 20), !data.isEmpty { hasher.update(data) }
        return hasher.finish().hexString
    }
}
