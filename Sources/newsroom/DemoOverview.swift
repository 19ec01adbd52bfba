import Foundation
import NewsroomCore
import NewsroomReadModel
import NewsroomStore

/// The overview as text: today's briefing and the week's KPIs (without a terminal, or with --text).
struct DemoOverview {
    let store: FolderStore
    let context: CommandContext

    func print() throws {
        let now = context.now
        let calendar = store.config.calendar
        let report = try BriefingReport.load(from: store, date: calendar.localDate(of: now), at: now)
        let isDemo = DemoMarker.read(from: store.folder) != nil
        Terminal.out("\(isDemo ? "Demo newsroom (demo data)" : store.config.name) in \(store.folder.root.path)\n")
        Terminal.out(BriefingText.render(report, calendar: calendar))
        Terminal.out("")
        let kpis = try KPIReport.load(from: store, window: .last7Days(now: now, calendar: calendar), at: now)
        Terminal.out(KPIText.render(kpis, config: store.config))
        Terminal.out("\nMore: newsroom queue --store \(store.folder.root.path) · newsroom ambassadors · newsroom log · newsroom --help")
    }
}
