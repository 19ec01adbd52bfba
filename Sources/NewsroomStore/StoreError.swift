import Foundation
import NewsroomCore

/// Why the store cannot do what was asked, with what to do about it.
public enum StoreError: Error, CustomStringConvertible {
    case missingFolder(String)
    case notANewsroom(String)
    /// This user may not read a file of the store (they are owner-only, 0600, by design).
    case permissionDenied(PermissionProblem)
    case notADatabase(String, detail: String)
    case newerVersion(String, storeSchema: Int, ourSchema: Int)
    case readOnly(String)
    case folderNotEmpty(String)
    case config(ConfigError)
    case cannotCreate(String, detail: String)
    case conflict(VersionConflict)
    case database(String, detail: String)
    case unknownPerson(String)
    /// The file system holding the store has no room: the transaction was rolled back.
    case diskFull(String)
    /// Another writer holds the store's write lock; nothing was written, and the work can be tried again.
    case busy(String)

    public var description: String {
        switch self {
        case .missingFolder(let path):
            return "there is no newsroom at \(path): the folder does not exist. Create one with `newsroom init \(path)` or try `newsroom --demo`"
        case .notANewsroom(let path):
            return "\(path) is not a newsroom (no newsroom.sqlite in it). Create one with `newsroom init DIR`, or point --store at an existing one"
        case .permissionDenied(let p):
            return "permission denied: \(p.path) belongs to \(p.owner) (mode \(p.mode)) and you are \(p.user). A newsroom's files are owner-only; run the command as \(p.owner), or have the owner give you access (chown -R, or chmod g+rwX for a shared group)"
        case .notADatabase(let path, let detail):
            return "\(path) is not a newsroom database (\(detail)). Restore it from a backup, or point --store at another newsroom"
        case .newerVersion(let path, let theirs, let ours):
            return "\(path) was written by a newer Newsroom Console (schema \(theirs); this program knows up to \(ours)). Update the program; nothing was changed"
        case .readOnly(let path):
            return "the newsroom at \(path) is read-only (read-only file system or no write permission): it was opened for reading, and nothing can be recorded. Copy it somewhere writable to work in it"
        case .folderNotEmpty(let path):
            return "\(path) is not empty; choose a new or empty folder"
        case .config(let error):
            return error.description
        case .cannotCreate(let path, let detail):
            return "cannot create \(path): \(detail)"
        case .conflict(let conflict):
            return conflict.description
        case .database(let path, let detail):
            return "the newsroom database \(path) failed: \(detail)"
        case .diskFull(let path):
            return "the disk holding \(path) is full: the write under way was undone, and what was recorded before is kept. Free space there (`df -h` shows how much is left) and run the command again"
        case .busy(let path):
            return "the newsroom at \(path) is locked by another writer (an import, a backup, or a program holding a transaction open); nothing was lost: try again when it is done"
        case .unknownPerson(let who):
            return "no personal data is held about '\(who)' (searched handles and display names)"
        }
    }
}
