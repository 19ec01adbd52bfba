import Foundation
import NewsroomFuzzTargets
#if FUZZING
import CFuzzerDriver
#endif

/// The fuzz driver. Built by `scripts/fuzz` with `-DFUZZING` and coverage, it is a libFuzzer
/// binary for the target named in `NEWSROOM_FUZZ_TARGET` (libFuzzer's options and corpus folders
/// as arguments); in an ordinary build it replays saved inputs: `NewsroomFuzz replay TARGET PATH...`.
@main
enum NewsroomFuzz {
    static func main() {
        #if FUZZING
        fuzz()
        #else
        exit(replay(Array(CommandLine.arguments.dropFirst())))
        #endif
    }

    static func replay(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 3, arguments[0] == "replay", let target = FuzzTarget.named(arguments[1]) else {
            print("usage: NewsroomFuzz replay TARGET PATH...   (targets: \(FuzzTarget.all.map(\.name).joined(separator: ", ")))")
            return 2
        }
        var failed = false
        for path in arguments.dropFirst(2) {
            let (count, failures) = FuzzCorpus.replay(target, at: URL(fileURLWithPath: path))
            for (file, failure) in failures { print("\(file.path): \(failure)") }
            print("\(target.name): \(count) inputs from \(path), \(failures.count) failed")
            failed = failed || !failures.isEmpty
        }
        return failed ? 1 : 0
    }
}

#if FUZZING
/// The target this process fuzzes, chosen once from the environment.
let selectedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["NEWSROOM_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget.named(name) else {
        FileHandle.standardError.write(Data("NEWSROOM_FUZZ_TARGET must be one of: \(FuzzTarget.all.map(\.name).joined(separator: ", "))\n".utf8))
        exit(2)
    }
    return target
}()

extension NewsroomFuzz {
    static func fuzz() {
        _ = selectedTarget
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            let input = size == 0 ? [] : [UInt8](UnsafeBufferPointer(start: data, count: size))
            do { try selectedTarget.run(input) } catch {
                FileHandle.standardError.write(Data("\n== fuzz invariant broken (\(selectedTarget.name)): \(error)\n".utf8))
                abort()
            }
            return 0
        })
    }
}
#endif
