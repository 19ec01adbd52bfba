import Foundation
import Testing

/// Faults that used to hang or print Foundation's raw errors: each says what is wrong and what to
/// do, and loses nothing that was committed.
@Suite struct FaultMessageCommandLineTests {
    /// `count` comment records with a few hundred bytes of text each.
    func comments(_ count: Int, from first: Int = 0) -> String {
        (first..<first + count).map { n in
            #"{"kind":"comment","network":"linkedin","id":"c\#(n)","author":"@person\#(n % 500)","followers":12,"text":"\#(String(repeating: "Stimmt das mit dem Werk? ", count: 12)) \#(n)","time":"2026-11-24T07:12:00Z","on":{"kind":"share","id":"sh-1"},"language":"de"}"#
        }.joined(separator: "\n") + "\n"
    }

    @Test func aPipeADeviceOrAFolderIsRefusedAtOnceAndNothingIsImported() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let store = cli.home.appendingPathComponent("store").path
        #expect(try cli.run(["init", store]).status == 0)
        let good = cli.home.appendingPathComponent("good.jsonl")
        try Data(comments(3).utf8).write(to: good)
        let pipe = cli.home.appendingPathComponent("pipe.jsonl")
        #expect(mkfifo(pipe.path, 0o600) == 0)
        let zero = cli.home.appendingPathComponent("zero.csv")
        try FileManager.default.createSymbolicLink(atPath: zero.path, withDestinationPath: "/dev/zero")
        let folder = cli.home.appendingPathComponent("folder.jsonl")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

        for (file, kind) in [(pipe, "a named pipe (FIFO)"), (zero, "a character device"), (folder, "a folder")] {
            let result = try cli.run(["ingest", good.path, file.path, "--store", store])
            #expect(result.status != 0)
            #expect(result.stderr.contains("\(file.lastPathComponent): is \(kind), not a file"), "\(result.stderr)")
            #expect(result.stderr.contains("Save the data to a file first"), "says what to do: \(result.stderr)")
        }
        let log = try cli.run(["log", "--store", store, "--type", "comment."])
        #expect(log.stdout.contains("No events match."), "every file is checked before the first is imported: \(log.stdout)")
    }

    /// As root (CI): a 3 MiB tmpfs in a private mount namespace holds the store; the import fills it.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare")))
    func aFullDiskStopsTheImportWithWhatWasKeptAndItResumesWhenThereIsRoom() throws {
        let cli = try NewsroomCLI()
        defer { cli.remove() }
        let mount = cli.home.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        let input = cli.home.appendingPathComponent("comments.jsonl")
        try Data(comments(12_000).utf8).write(to: input)
        let script = """
            set -u
            mount -t tmpfs -o size=3m tmpfs "$DIR" || exit 97
            "$BIN" init "$DIR/store" > /dev/null || exit 98
            "$BIN" ingest "$INPUT" --store "$DIR/store" --quiet 2> "$OUT/first.err"; echo "first=$?" > "$OUT/status"
            "$BIN" export --jsonl "$DIR/backup.jsonl" --store "$DIR/store" 2> "$OUT/export.err"; echo "export=$?" >> "$OUT/status"
            ls -a "$DIR" > "$OUT/listing"
            mount -o remount,size=256m "$DIR"
            "$BIN" ingest "$INPUT" --store "$DIR/store" --quiet > "$OUT/second.out" 2>&1; echo "second=$?" >> "$OUT/status"
            "$BIN" check --full --store "$DIR/store" > "$OUT/check.out" 2>&1; echo "check=$?" >> "$OUT/status"
            """
        let result = try cli.run(["-m", "sh", "-c", script], environment: [
            "DIR": mount.path, "BIN": NewsroomCLI.binary.path, "INPUT": input.path, "OUT": cli.home.path,
        ], through: ["/usr/bin/unshare"])
        #expect(result.status == 0, "\(result.stdout) \(result.stderr)")
        func file(_ name: String) -> String { (try? String(contentsOf: cli.home.appendingPathComponent(name), encoding: .utf8)) ?? "" }
        let status = file("status")
        #expect(status.contains("first=1"), "\(status)")
        let first = file("first.err")
        #expect(first.contains("comments.jsonl: the import stopped after "), "\(first)")
        #expect(first.contains("is full") && first.contains("df -h"), "says the disk is full and what to do: \(first)")
        #expect(!first.contains("NSCocoaErrorDomain") && !first.contains("SQLite error"), "\(first)")

        #expect(status.contains("export=1"), "\(status)")
        let export = file("export.err")
        #expect(export.contains("cannot write ") && export.contains("No space left on device"), "\(export)")
        #expect(!export.contains("NSCocoaErrorDomain"), "\(export)")
        #expect(!file("listing").contains("backup.jsonl"), "no partial backup is left: \(file("listing"))")

        #expect(status.contains("second=0"), "\(status) \(file("second.out"))")
        let second = file("second.out")
        let kept = Int(first.split(separator: " ").drop { $0 != "after" }.dropFirst().first ?? "") ?? -1
        #expect(kept > 0, "\(first)")
        #expect(second.contains("\(12_000 - kept) imported, \(kept) already known"), "it goes on where it stopped: \(second)")
        #expect(status.contains("check=0"), "the full disk damaged nothing: \(file("check.out"))")
    }
}
