import Foundation

/// Replays saved inputs (a target's corpus folder, crash files) through a target: what `swift test`
/// and `NewsroomFuzz replay` do, so a crash found once stays fixed.
public enum FuzzCorpus {
    /// The regular files in `url` (a file, or a folder and its subfolders), sorted by path.
    public static func files(at url: URL) -> [URL] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else { return [url] }
        let found = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey])?
            .compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true } ?? []
        return found.sorted { $0.path < $1.path }
    }

    /// Runs every file at `url` through `target`: the failures, by file.
    public static func replay(_ target: FuzzTarget, at url: URL) -> (count: Int, failures: [(URL, FuzzFailure)]) {
        let inputs = files(at: url)
        var failures: [(URL, FuzzFailure)] = []
        for file in inputs {
            let bytes = (try? Data(contentsOf: file)).map { [UInt8]($0) } ?? []
            do { try target.run(bytes) } catch { failures.append((file, error)) }
        }
        return (inputs.count, failures)
    }
}
