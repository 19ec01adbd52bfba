import Foundation
import NewsroomCore
import NewsroomTUI
#if canImport(Glibc)
import Glibc
#endif

/// One edit of a stored template or snippet in the user's editor, as `git commit` edits its
/// message: the text goes to an owner-only file, `$VISUAL`/`$EDITOR` (else `editor`, else `vi`,
/// the console's choice) runs on the terminal, and what was saved is read back strictly.
///
/// No work is lost: when the text does not read, or the item changed in the store meanwhile, the
/// file stays and its path is printed (on a terminal the editor can be reopened on it at once).
struct EditorSession<Item: Equatable> {
    /// What is edited, for messages: `template t-1`.
    let what: String
    /// The command that starts again from a kept file: `newsroom template edit t-1`.
    let again: String
    /// The item as the store had it when the edit began; nil for a new one.
    let before: Item?
    /// The text the editor opens on.
    let start: String
    /// Whether `start` is the stored item as text (an untouched file then means "no change").
    let startIsStored: Bool
    let parse: (String) throws(EditTextError) -> Item
    /// The item as the store has it now, read again just before saving.
    let current: () throws -> Item?

    /// What came of the edit: an item to record, or nothing to do (already said).
    enum Outcome {
        case save(Item)
        case unchanged
    }

    func run() throws -> Outcome {
        let file = try Self.privateFile(named: what, text: start)
        var attempt = 0
        repeat {
            attempt += 1
            let status: Int32
            do {
                status = try TerminalHost(environment: HostEnvironment.variables, suspend: { try $0() }).edit(file)
            } catch {
                if attempt == 1 { try? FileManager.default.removeItem(at: file) }
                throw EditNotSaved("\(error); nothing saved" + (attempt == 1 ? "" : ". Your text is kept in \(file.path)"))
            }
            guard let data = FileManager.default.contents(atPath: file.path), let text = String(validating: data, as: UTF8.self) else {
                throw EditNotSaved("\(file.path) cannot be read as UTF-8 text; nothing saved. Your text is kept there")
            }
            let edited = text
            if status != 0 {
                guard attempt > 1 || Array(edited.utf8) != Array(start.utf8) else {
                    try? FileManager.default.removeItem(at: file)
                    throw EditNotSaved("the editor exited with status \(status); nothing saved")
                }
                throw EditNotSaved("the editor exited with status \(status); nothing saved. Your text is kept in \(file.path): `\(again) --file \(file.path)` starts from it")
            }
            if startIsStored, attempt == 1, Array(edited.utf8) == Array(start.utf8) {
                try? FileManager.default.removeItem(at: file)
                Terminal.out("\(what): the text is unchanged; nothing saved.")
                return .unchanged
            }
            do {
                let item = try parse(edited)
                return try settle(item, file: file)
            } catch let error as EditTextError {
                let problem = "\(file.path):\(error.line): \(error.problem)"
                guard Self.mayAsk else {
                    throw EditNotSaved("\(problem)\nNothing saved. Your text is kept in \(file.path); fix it and run `\(again) --file \(file.path)`")
                }
                FileHandle.standardError.write(Data(PrintableText.text("\(problem)\nEdit again? [Y/n] ").utf8))
                let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? "n"
                guard answer.isEmpty || answer.hasPrefix("y") || answer.hasPrefix("j") else {
                    throw EditNotSaved("nothing saved. Your text is kept in \(file.path); fix it and run `\(again) --file \(file.path)`")
                }
            }
        } while true
    }

    /// Compares the edit with the store, before and now.
    private func settle(_ item: Item, file: URL) throws -> Outcome {
        if item == before {
            try? FileManager.default.removeItem(at: file)
            Terminal.out("\(what): no change; nothing saved.")
            return .unchanged
        }
        guard try current() == before else {
            throw EditNotSaved("\(what) changed in the store while you edited it (someone else saved it); nothing saved, so their change stays. "
                + "Your text is kept in \(file.path): compare it with `\(again)` and save what should stay, or run `\(again) --file \(file.path)` to start from your text")
        }
        try? FileManager.default.removeItem(at: file)
        return .save(item)
    }

    /// Whether the user can be asked to edit again: both standard input and error are a terminal.
    static var mayAsk: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 }

    /// A new owner-only file in the temporary folder holding `text`, named after what is edited.
    static func privateFile(named what: String, text: String) throws -> URL {
        let safe = String(what.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" ? Character($0) : "-" }.prefix(40))
        let folder = FileManager.default.temporaryDirectory
        for _ in 0..<5 {
            let file = folder.appendingPathComponent("newsroom-\(safe)-\(UUID().uuidString.prefix(6)).txt")
            let fd = open(file.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd < 0, errno == EEXIST { continue }
            guard fd >= 0 else { throw EditNotSaved("cannot write \(file.path) for the editor: \(String(cString: strerror(errno))); nothing changed") }
            let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
            return file
        }
        throw EditNotSaved("cannot make a file for the editor in \(folder.path); nothing changed")
    }
}

/// An edit that was not recorded, with why and where the user's text is.
struct EditNotSaved: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
