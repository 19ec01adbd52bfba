import Foundation
import NewsroomCore
import NewsroomReadModel
import TerminalKit

/// The KPI pane: the gauges (the running campaign's goal first) for the window of `[` / `]`, then
/// the hashtags, the topic footprint and the moderation block as room allows; `Enter` shows what
/// the gauge under the cursor is made of.
struct KPIPaneView {
    let state: ConsoleState
    let theme: Theme

    static let legend = "● measured ◐ estimated ○ missing"

    func render(in rect: Rect, focused: Bool, _ canvas: inout Canvas) {
        let kpis = state.kpis
        let title = "3 KPIs · \(kpis.windowTitle) \(kpis.window.comparison)"
        canvas.render(Box(title: title, focused: focused), in: rect, theme: theme)
        let inner = Box.inner(rect)
        guard !inner.isEmpty else { return }
        guard let board = kpis.board else {
            canvas.write("Reading the figures…", in: inner, style: theme[.muted])
            return
        }
        if kpis.drillDown, let gauge = kpis.selectedGauge {
            KPIDrillDownView(gauge: gauge, window: board.window, breakdown: kpis.breakdown?.kind == gauge.kind ? kpis.breakdown : nil, theme: theme).render(in: inner, &canvas)
            return
        }
        var y = inner.y
        let gauges = board.gauges
        let room = inner.height - (inner.height > 12 ? 1 : 0)
        let shown = min(gauges.count, room)
        let first = max(0, min(kpis.selected - shown + 1, gauges.count - shown))
        let labelWidth = min(max(gauges.map { DisplayWidth.of($0.label) }.max() ?? 10, 10), 28, max(10, inner.width / 3))
        for (i, gauge) in gauges.enumerated().dropFirst(first).prefix(shown) {
            KPIGaugeRow(gauge: gauge, selected: focused && i == kpis.selected, theme: theme)
                .render(in: Rect(x: inner.x, y: y, width: inner.width, height: 1), labelWidth: labelWidth, &canvas)
            y += 1
        }
        if inner.height > 12 {
            canvas.write(Self.legend + " · Enter: what it is made of", x: inner.x, y: y, style: theme[.muted], maxWidth: inner.width)
            y += 1
        }
        var rest = Rect(x: inner.x, y: y + 1, width: inner.width, height: inner.maxY - y - 1)
        guard rest.height > 1 else { return }
        rest = KPIHashtagBlock(hashtags: board.hashtags, theme: theme).render(in: rest, &canvas)
        guard rest.height > 2 else { return }
        rest = KPIFootprintBlock(footprint: board.footprint, theme: theme).render(in: rest, &canvas)
        guard rest.height > 2 else { return }
        KPIModerationBlock(figures: board.moderation, theme: theme).render(in: rest, &canvas)
    }
}

/// The hashtags: shares with each in the window and the change, who took it up, our mentions, the
/// campaign it belongs to or `NEW` when employees started it and it grows.
struct KPIHashtagBlock {
    let hashtags: [HashtagTrend]
    let theme: Theme

    /// Draws as many as fit under a heading and returns the area left below.
    func render(in rect: Rect, _ canvas: inout Canvas) -> Rect {
        guard !hashtags.isEmpty, rect.height > 1 else { return rect }
        canvas.write("Hashtags", x: rect.x, y: rect.y, style: theme[.header], maxWidth: rect.width)
        let rows = min(hashtags.count, rect.height - 1, 8)
        let tagWidth = min(max(hashtags.prefix(rows).map { DisplayWidth.of($0.tag) + 1 }.max() ?? 8, 8), max(8, rect.width / 3))
        for (i, h) in hashtags.prefix(rows).enumerated() {
            let y = rect.y + 1 + i
            var x = rect.x
            var right = rect.maxX
            // Wide panes: the last 30 days of shares with the tag at the right.
            if rect.width >= 110 {
                let spark = Sparkline.bars(h.lastMonth, width: 30)
                right -= DisplayWidth.of(spark)
                canvas.write(spark, x: right, y: y, style: theme[.sparkline], maxWidth: DisplayWidth.of(spark))
                right -= 1
            }
            x += canvas.write("#" + h.tag, x: x, y: y, style: theme[.accent], maxWidth: tagWidth) + 1
            x = max(x, rect.x + tagWidth + 1)
            let change = h.shares - h.previousShares
            var text = "\(FigureText.grouped(h.shares)) shares (\(change >= 0 ? "▲ +" : "▼ −")\(FigureText.grouped(abs(change))))"
            if h.adopters > 0 { text += " · \(h.adopters) took it up" }
            if h.mentions > 0 { text += " · \(FigureText.grouped(h.mentions)) mentions" }
            x += canvas.write(text, x: x, y: y, style: theme[.text], maxWidth: max(0, right - x)) + 1
            let mark = h.isNew ? "NEW, no campaign" : h.campaign.map { "campaign \($0)" } ?? ""
            if !mark.isEmpty, x < right {
                canvas.write(mark, x: x, y: y, style: h.isNew ? theme[.badgeWarn] : theme[.muted], maxWidth: right - x)
            }
        }
        return Rect(x: rect.x, y: rect.y + rows + 2, width: rect.width, height: max(0, rect.height - rows - 2))
    }
}

/// The topic footprint: a bar per topic for our share of mentions, with the engagement share beside it.
struct KPIFootprintBlock {
    let footprint: TopicFootprint
    let theme: Theme

    func render(in rect: Rect, _ canvas: inout Canvas) -> Rect {
        let entries = footprint.entries.filter { $0.mentions > 0 || $0.engagement > 0 }
        guard !entries.isEmpty, rect.height > 1 else { return rect }
        canvas.write("Topic footprint (our mentions · engagement)", x: rect.x, y: rect.y, style: theme[.header], maxWidth: rect.width)
        let rows = min(entries.count, rect.height - 1, 8)
        let labelWidth = min(max(entries.prefix(rows).map { DisplayWidth.of($0.topic) }.max() ?? 8, 8), max(8, rect.width / 4))
        for (i, e) in entries.prefix(rows).enumerated() {
            let y = rect.y + 1 + i
            canvas.write(e.topic, x: rect.x, y: y, style: theme[.text], maxWidth: labelWidth)
            let text = "\(e.mentionShare.map(FigureText.percent) ?? "–") · \(e.engagementShare.map(FigureText.percent) ?? "–")"
            let tw = DisplayWidth.of(text)
            let barX = rect.x + labelWidth + 1
            let barWidth = rect.maxX - barX - tw - 1
            if barWidth >= 4 {
                canvas.write(Gauge.bar(fraction: e.mentionShare ?? 0, width: barWidth), x: barX, y: y, style: theme[.gaugeFill], maxWidth: barWidth)
            }
            canvas.write(text, x: rect.maxX - tw, y: y, style: theme[.muted], maxWidth: tw)
        }
        return Rect(x: rect.x, y: rect.y + rows + 2, width: rect.width, height: max(0, rect.height - rows - 2))
    }
}
