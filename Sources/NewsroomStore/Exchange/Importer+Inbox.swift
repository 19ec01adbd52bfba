import Foundation
import NewsroomCore

/// The inbox of DESIGN: other tools drop `*.jsonl` and `*.csv` files into `inbox/`; each is
/// imported, and `inbox/done/<file>.receipt.txt` records what was imported (size, SHA-1, counts,
/// when, by whom) instead of keeping a copy: the events are in the store, and a copy of outside
/// people's data there would outlive their erasure. Rejected lines go to
/// `inbox/rejected/<file>.rejected.<ext>` (the original lines, a CSV file's header first, so they
/// can be fixed and dropped in again; owner-only) with `<file>.report.txt` saying why. A file that
/// cannot be read at all moves to `inbox/rejected/` with its report. Nothing is overwritten.
extension Importer {
    public func ingestInbox(progress: ((String, ImportProgress) -> Void)? = nil) throws -> [ImportReport] {
        guard !store.isReadOnly else { throw StoreError.readOnly(store.folder.root.path) }
        let inbox = store.folder.inbox
        let done = inbox.appendingPathComponent("done")
        let rejectedFolder = inbox.appendingPathComponent("rejected")
        let fm = FileManager.default
        for dir in [inbox, done, rejectedFolder] {
            // A symbolic link would lead what the inbox writes out of the store.
            if (try? fm.attributesOfItem(atPath: dir.path)[.type] as? FileAttributeType) == .typeSymbolicLink {
                throw StoreError.cannotCreate(dir.path, detail: "it is a symbolic link; the inbox writes only inside the store: replace it with a folder")
            }
            guard !fm.fileExists(atPath: dir.path) else { continue }
            do {
                try fm.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.cannotCreate(dir.path, detail: systemReason(error))
            }
        }
        let files = try fm.contentsOfDirectory(at: inbox, includingPropertiesForKeys: [.isRegularFileKey])
            .filter { url in
                !url.lastPathComponent.hasPrefix(".") && Format(url) != nil
                    && (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }

        var reports: [ImportReport] = []
        for url in files {
            let name = url.lastPathComponent
            let ext = Format(url) == .csv ? "csv" : "jsonl"
            let originals = RejectedOriginals(url: Self.unused(rejectedFolder.appendingPathComponent("\(name).rejected.\(ext)")))
            defer { originals.close() }
            do {
                let report = try ingest(url, named: name, progress: progress.map { p in { p(name, $0) } }, rejected: originals)
                originals.close()
                let receipt = try writeReceipt(report, of: url, into: done)
                try? FileManager.default.removeItem(at: url)
                if !report.rejected.isEmpty {
                    try writeReport(report, into: rejectedFolder, kept: "a receipt (size and SHA-1, no personal data) is in done/\(PrintableText.line(receipt.lastPathComponent))",
                                    originals: originals.written > 0 ? originals.url : nil)
                }
                reports.append(report)
            } catch let error as ImportError {
                let report = ImportReport(file: name, rejected: [RejectedLine(file: name, line: error.line, reason: error.reason)])
                let moved = try move(url, into: rejectedFolder)
                chmod(moved.path, 0o600)
                try writeReport(report, into: rejectedFolder, kept: "the file itself is kept in rejected/\(PrintableText.line(moved.lastPathComponent))", originals: nil)
                reports.append(report)
            }
        }
        return reports
    }

    private func move(_ url: URL, into folder: URL) throws -> URL {
        let target = Self.unused(folder.appendingPathComponent(url.lastPathComponent))
        do {
            try FileManager.default.moveItem(at: url, to: target)
        } catch {
            throw StoreError.cannotCreate(target.path, detail: "moving \(url.lastPathComponent) there failed: \(systemReason(error))")
        }
        return target
    }

    /// What was imported from a file, without its content: enough to tell which file it was.
    private func writeReceipt(_ report: ImportReport, of url: URL, into folder: URL) throws -> URL {
        let target = Self.unused(folder.appendingPathComponent("\(report.file).receipt.txt"))
        let data = (try? Data(contentsOf: url)) ?? Data()
        let digest = SHA1.hash(data).map { String(format: "%02x", $0) }.joined()
        let calendar = store.config.calendar
        var text = "Imported \(PrintableText.line(report.file)) at \(calendar.dateTime(of: now)) (\(calendar.zoneName)) by \(PrintableText.line(account))\n"
        text += "\(data.count) bytes, SHA-1 \(digest)\n"
        text += "\(report.imported) imported, \(report.duplicates) already known, \(report.rejected.count) rejected\n"
        text += "The file was removed after the import: its events are in the store (newsroom export --jsonl writes them again).\n"
        guard FileManager.default.createFile(atPath: target.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.cannotCreate(target.path, detail: "the receipt could not be written")
        }
        return target
    }

    private func writeReport(_ report: ImportReport, into folder: URL, kept: String, originals: URL?) throws {
        let target = Self.unused(folder.appendingPathComponent("\(report.file).report.txt"))
        let calendar = store.config.calendar
        var text = "Import of \(PrintableText.line(report.file)) at \(calendar.dateTime(of: now)) (\(calendar.zoneName)) by \(PrintableText.line(account))\n"
        text += "\(report.imported) imported, \(report.duplicates) already known, \(report.rejected.count) rejected\n"
        text += "Of the file, \(kept).\n"
        if let originals {
            text += "The rejected lines are in \(PrintableText.line(originals.lastPathComponent)): fix them and drop that file into inbox/ again.\n"
        }
        text += "\n" + report.rejected.map(\.description).joined(separator: "\n") + "\n"
        guard FileManager.default.createFile(atPath: target.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.cannotCreate(target.path, detail: "the report could not be written")
        }
    }

    /// The URL itself if nothing is there yet, else `name-2.ext`, `name-3.ext` ...: never overwrite.
    static func unused(_ url: URL) -> URL {
        let fm = FileManager.default
        guard fm.fileExists(atPath: url.path) else { return url }
        let ext = url.pathExtension
        let stem = url.deletingPathExtension().lastPathComponent
        let folder = url.deletingLastPathComponent()
        var n = 2
        while true {
            let candidate = folder.appendingPathComponent(ext.isEmpty ? "\(stem)-\(n)" : "\(stem)-\(n).\(ext)")
            if !fm.fileExists(atPath: candidate.path) { return candidate }
            n += 1
        }
    }
}
