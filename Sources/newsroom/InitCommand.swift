import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom init DIR`: an empty newsroom with a commented newsroom.yaml.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty newsroom in a new or empty folder.",
        discussion: "Writes a commented newsroom.yaml with every setting and its default, and the folders inbox/, outbox/ and exports/. Files are owner-only."
    )

    @Argument(help: ArgumentHelp("The folder to create.", valueName: "dir")) var directory: String
    @Option(help: "The newsroom's name.") var name = "Newsroom"
    @Option(name: .customLong("time-zone"), help: "The newsroom's IANA time zone.") var timeZone = "Europe/Berlin"
    @Flag(help: "Print the result as JSON.") var json = false

    func validate() throws {
        guard TimeZone(identifier: timeZone) != nil else {
            throw ValidationError("unknown time zone '\(timeZone)'; use an IANA name such as Europe/Berlin or America/New_York")
        }
    }

    func run() throws {
        let folder = StoreFolder(path: directory)
        let store = try FolderStore.create(at: folder, name: name, timeZone: timeZone)
        if json {
            try Terminal.json(["store": folder.root.path, "config": store.folder.config.path, "name": name, "timeZone": timeZone])
        } else {
            Terminal.out("Created the newsroom \"\(name)\" in \(folder.root.path).")
            Terminal.out("Edit \(store.folder.config.path) to set teams, topics, networks and KPI references.")
        }
    }
}
