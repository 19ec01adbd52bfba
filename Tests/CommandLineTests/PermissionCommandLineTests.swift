import Foundation
import Testing

/// A store another user owns is reported as a permission problem with what to do, never as "not a
/// newsroom" or a raw Foundation error. As root (CI), the command runs as `nobody` through setpriv.
@Suite struct PermissionCommandLineTests {
    /// Runs `newsroom` as a user without rights on the store: a copy of the binary that anyone may
    /// run, started as nobody when we are root, or as ourselves on files we made unreadable.
    func runAsOutsider(_ cli: NewsroomCLI, _ arguments: [String]) throws -> NewsroomCLI.Result {
        guard getuid() == 0 else { return try cli.run(arguments) }
        let shelf = cli.home.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: shelf, withIntermediateDirectories: true)
        let copy = shelf.appendingPathComponent("newsroom")
        if !FileManager.default.fileExists(atPath: copy.path) { try FileManager.default.copyItem(at: NewsroomCLI.binary, to: copy) }
        for path in [cli.home.path, shelf.path, copy.path] { chmod(path, 0o755) }
        return try cli.run(arguments, through: ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", copy.path])
    }

    @Test(arguments: [
        ("", 0o700, "store"),
        ("newsroom.yaml", 0o600, "newsroom.yaml"),
        ("newsroom.sqlite", 0o600, "newsroom.sqlite"),
    ] as [(String, Int, String)])
    func aStoreThatCannotBeReadSaysWhoseItIs(unreadable: String, mode: Int, named: String) throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") || getuid() != 0, "setpriv is needed as root")
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = cli.home.appendingPathComponent("store")
        #expect(try cli.run(["init", store.path]).status == 0)
        // Everything readable except the one file (or the folder) under test.
        chmod(store.path, 0o755)
        for file in ["newsroom.yaml", "newsroom.sqlite", "newsroom.sqlite-wal", "newsroom.sqlite-shm"] {
            chmod(store.appendingPathComponent(file).path, 0o644)
        }
        chmod(unreadable.isEmpty ? store.path : store.appendingPathComponent(unreadable).path, mode_t(getuid() == 0 ? mode : 0))
        defer { chmod(store.path, 0o755) }
        let result = try runAsOutsider(cli, ["kpi", "--store", store.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("permission denied: "), "\(result.stderr)")
        #expect(result.stderr.contains("/\(named) belongs to "), "names the file: \(result.stderr)")
        #expect(!result.stderr.contains("not a newsroom") && !result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("have permission"),
                "\(result.stderr)")
        #expect(result.stderr.contains("run the command as"), "says what to do: \(result.stderr)")
    }
}
