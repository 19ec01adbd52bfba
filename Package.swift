// swift-tools-version:6.0
import PackageDescription

/// Our own targets treat warnings as errors (SwiftPM allows unsafe flags in the root package only).
/// `scripts/fuzz` sets NEWSROOM_FUZZ_BUILD: then our own targets (not GRDB, Yams) are built with
/// AddressSanitizer and libFuzzer's coverage, and NewsroomFuzz links libFuzzer (docs/fuzzing.md).
let fuzzing = Context.environment["NEWSROOM_FUZZ_BUILD"].map { !$0.isEmpty } ?? false
let strict: [SwiftSetting] = [.unsafeFlags(["-warnings-as-errors"])] + (fuzzing ? [
    .unsafeFlags(["-sanitize=address", "-sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp"]),
    .define("FUZZING"),
] : [])
/// libFuzzer without its own main (SwiftPM gives the executable one): the archive's path is
/// NEWSROOM_FUZZ_BUILD's value.
let fuzzLinking: [LinkerSetting] = fuzzing
    ? [.unsafeFlags(["-sanitize=address", Context.environment["NEWSROOM_FUZZ_BUILD"]!, "-lstdc++"])] : []

let package = Package(
    name: "NewsroomConsole",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "newsroom", targets: ["newsroom"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "NewsroomCore", swiftSettings: strict),
        .target(name: "NewsroomDemo", dependencies: ["NewsroomCore"], swiftSettings: strict),
        .target(name: "NewsroomReadModel", dependencies: ["NewsroomCore"], swiftSettings: strict),
        .target(
            name: "NewsroomStore",
            dependencies: ["NewsroomCore", "NewsroomReadModel", .product(name: "GRDB", package: "GRDB.swift"), "Yams"],
            swiftSettings: strict
        ),
        .target(
            name: "NewsroomTUI",
            dependencies: ["NewsroomCore", "NewsroomReadModel", "NewsroomStore", "TerminalKit"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "newsroom",
            dependencies: [
                "NewsroomCore", "NewsroomReadModel", "NewsroomStore", "NewsroomDemo", "NewsroomTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                "TerminalKit",
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "NewsroomBench",
            dependencies: ["NewsroomCore", "NewsroomReadModel", "NewsroomStore", "NewsroomTUI", "TerminalKit", "NewsroomDemo"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "StoreTortureWriter",
            dependencies: ["NewsroomCore", "NewsroomStore"],
            swiftSettings: strict
        ),
        .target(
            name: "NewsroomFuzzTargets",
            dependencies: ["NewsroomCore", "NewsroomStore", "NewsroomTUI", "TerminalKit"],
            swiftSettings: strict
        ),
        .target(name: "CFuzzerDriver", path: "Sources/CFuzzerDriver"),
        .executableTarget(
            name: "NewsroomFuzz", dependencies: ["NewsroomFuzzTargets", "CFuzzerDriver"], swiftSettings: strict, linkerSettings: fuzzLinking
        ),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "CTerminalRestore", path: "Sources/CTerminalRestore"),
        .target(
            name: "TerminalKit",
            dependencies: ["CNcursesw", "CTerminalRestore", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .executableTarget(name: "TerminalBench", dependencies: ["TerminalKit", "CNcursesw"], swiftSettings: strict),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "CNcursesw"], swiftSettings: strict),
        .testTarget(name: "EndToEndTests", dependencies: ["newsroom", "TerminalBench"], swiftSettings: strict),
        .testTarget(name: "CommandLineTests", dependencies: ["newsroom"], swiftSettings: strict),
        .testTarget(
            name: "NewsroomTUITests",
            dependencies: ["NewsroomTUI", "NewsroomCore", "NewsroomReadModel", "NewsroomStore", "TerminalKit", "NewsroomFuzzTargets"],
            swiftSettings: strict
        ),
        .testTarget(name: "NewsroomReadModelTests", dependencies: ["NewsroomReadModel", "NewsroomCore", "NewsroomStore"], swiftSettings: strict),
        .testTarget(name: "NewsroomCoreTests", dependencies: ["NewsroomCore"], swiftSettings: strict),
        .testTarget(name: "NewsroomDemoTests", dependencies: ["NewsroomDemo", "NewsroomCore", "NewsroomStore"], swiftSettings: strict),
        .testTarget(
            name: "NewsroomStoreTests",
            dependencies: ["NewsroomCore", "NewsroomReadModel", "NewsroomStore", "StoreTortureWriter"],
            swiftSettings: strict
        ),
    ]
)
