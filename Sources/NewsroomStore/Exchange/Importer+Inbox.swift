import Foundation
import NewsroomCore

/// The inbox of DESIGN: other tools drop `*.jsonl` and `*.csv` files into `inbox/`; each is
/// imported, then moved to `inbox/done/`. Rejected lines go to `inbox/rejected/<file>.rejected.<ext>`
/// (the original lines, a CSV file's header first, so they can be fixed and dropped in again) with
/// `<file>.report.txt` saying why. A file that cannot be read at all moves to `inbox/rejected/`
/// with its report. Nothing is deleted or overwritten.
extension Importer {
    public func ingestInbox(progress: ((String, ImportProgress) -> Void)? = nil) throws -> [ImportReport] {
        guard !store.isReadOnly else { throw StoreError.readOnly(store.folder.root.path) }
        let inbox = store.folder.inbox
        let done = inbox.appendingPathComponent("done")
        let rejectedFolder = inbox.appendingPathComponent("rejected")
        let fm = FileManager.default
        for dir in [inbox, done, rejectedFolder] where !fm.fileExists(atPath: dir.path) {
            do {
                try fm.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.cannotCreate(dir.path, detail: Self.reason(error))
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
                let moved = try move(url, into: done)
                if !report.rejected.isEmpty {
                    try writeReport(report, into: rejectedFolder, file: moved, originals: originals.written > 0 ? originals.url : nil)
                }
                reports.append(report)
            } catch let error as ImportError {
                let report = ImportReport(file: name, rejected: [RejectedLine(file: name, line: error.line, reason: error.reason)])
                let moved = try move(url, into: rejectedFolder)
                try writeReport(report, into: rejectedFolder, file: moved, originals: nil)
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
            throw StoreError.cannotCreate(target.path, detail: "moving \(url.lastPathComponent) there failed: \(Self.reason(error))")
        }
        return target
    }

    private func writeReport(_ report: ImportReport, into folder: URL, file: URL, originals: URL?) throws {
        let target = Self.unused(folder.appendingPathComponent("\(report.file).report.txt"))
        let calendar = store.config.calendar
        var text = "Import of \(report.file) at \(calendar.dateTime(of: now)) (\(calendar.zoneName)) by \(account)\n"
        text += "\(report.imported) imported, \(report.duplicates) already known, \(report.rejected.count) rejected\n"
        text += "The file itself is kept in \(file.deletingLastPathComponent().lastPathComponent)/\(file.lastPathComponent).\n"
        if let originals {
            text += "The rejected lines are in \(originals.lastPathComponent): fix them and drop that file into inbox/ again.\n"
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
