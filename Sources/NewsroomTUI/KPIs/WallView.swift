import Foundation
import NewsroomCore
import NewsroomReadModel
import TerminalKit

/// Wall mode (`W`, `newsroom --wall`): the KPI pane large and alone, for a projector in the
/// morning call. A header with the newsroom, the window, the crisis level and the clock; the lead
/// figure (the running campaign's goal) and the engagement score in figures five rows tall; the
/// other gauges below in as many columns as fit. The backend sends only the cells that changed.
struct WallView {
    let state: ConsoleState
    let theme: Theme
    /// For the bottom bar: the keys that work here, and messages (`:crisis` refused, recorded ...).
    let keys: KeyContexts<ConsoleAction>

    func render(in area: Rect, _ canvas: inout Canvas) {
        canvas.fill(area, style: theme[.text])
        header(Rect(x: area.x, y: area.y, width: area.width, height: 1), &canvas)
        BottomBar(state: state, theme: theme, keys: keys).render(in: Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1), &canvas)
        canvas.write(" \(KPIPaneView.legend) · [ ] window · W leaves the wall", x: area.x, y: area.maxY - 2, style: theme[.muted], maxWidth: area.width)
        if let alert = state.snapshot.crisis?.alert {
            canvas.write(" 🔥 \(alert) · C: its comments", x: area.x, y: area.y + 1, style: theme[.alert].adding(.bold), maxWidth: area.width)
        }
        let body = Rect(x: area.x + 1, y: area.y + 2, width: max(0, area.width - 2), height: max(0, area.height - 5))
        guard let board = state.kpis.board, !body.isEmpty else {
            canvas.write("Reading the figures…", x: body.x, y: body.y, style: theme[.muted], maxWidth: body.width)
            return
        }
        var y = body.y
        var rest = board.gauges
        // The lead figures, large: the campaign goal (when one runs) and the engagement score.
        for kind in [KPIGauge.Kind.campaignGoal, .engagement] {
            guard let i = rest.firstIndex(where: { $0.kind == kind }), y + BigText.height + 2 <= body.maxY - 2 else { continue }
            let g = rest.remove(at: i)
            big(g, in: Rect(x: body.x, y: y, width: body.width, height: BigText.height + 2), &canvas)
            y += BigText.height + 3
        }
        small(rest, in: Rect(x: body.x, y: y, width: body.width, height: max(0, body.maxY - y)), &canvas)
    }

    private func header(_ row: Rect, _ canvas: inout Canvas) {
        canvas.fill(row, style: theme[.statusBar])
        let time = state.calendar.localTime(of: state.now)
        let window = state.kpis.windowTitle
        let right = "\(time) "
        var rightX = row.maxX - DisplayWidth.of(right)
        canvas.write(right, x: rightX, y: row.y, style: theme[.statusBar].adding(.bold), maxWidth: DisplayWidth.of(right))
        if let crisis = state.snapshot.crisis {
            let text = " crisis \(crisis.level) "
            rightX -= DisplayWidth.of(text) + 1
            canvas.write(text, x: rightX, y: row.y, style: TopBar.crisisStyle(crisis.level, theme), maxWidth: DisplayWidth.of(text))
        }
        canvas.write(" \(state.snapshot.newsroom) · KPIs \(window) \(state.kpis.window.comparison)", x: row.x, y: row.y,
                     style: theme[.statusBar].adding(.bold), maxWidth: max(0, rightX - row.x - 1))
    }

    /// A label line, the value in big figures with the delta beside it, and a bar against the target.
    private func big(_ g: KPIGauge, in rect: Rect, _ canvas: inout Canvas) {
        canvas.write("\(g.provenance.mark) \(g.label)", x: rect.x, y: rect.y, style: theme[.header], maxWidth: rect.width)
        let value = g.value.map { KPIGauge.text($0, g.unit) } ?? "-"
        let figures = BigText.width(of: value) <= rect.width ? value : String(value.prefix(max(0, rect.width / 4)))
        canvas.render(BigText(figures, role: KPIGaugeRow.role(g)), in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: BigText.height), theme: theme)
        var x = rect.x + BigText.width(of: figures) + 2
        if let target = g.target, g.unit != .score, x < rect.maxX {
            x += canvas.write("of \(KPIGauge.text(target, g.unit))", x: x, y: rect.y + 3, style: theme[.text], maxWidth: rect.maxX - x) + 2
        }
        if let (delta, role) = KPIGaugeRow.deltaText(g), x < rect.maxX {
            canvas.write(delta, x: x, y: rect.y + 5, style: theme[role], maxWidth: rect.maxX - x)
        } else if let pace = g.parts.first(where: { $0.group == "pace" }), x < rect.maxX {
            canvas.write("\(pace.label) \(KPIGauge.text(pace.value, g.unit))", x: x, y: rect.y + 5, style: theme[.muted], maxWidth: rect.maxX - x)
        }
        if let fill = KPIGaugeRow.fill(g), rect.width >= 8 {
            let y = rect.y + BigText.height + 1
            canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: theme[.gaugeEmpty], with: "░")
            canvas.write(Gauge.bar(fraction: fill, width: rect.width), x: rect.x, y: y, style: theme[KPIGaugeRow.role(g)], maxWidth: rect.width)
        }
    }

    /// The other gauges, one row each, in columns of at least 38 cells.
    private func small(_ gauges: [KPIGauge], in rect: Rect, _ canvas: inout Canvas) {
        guard rect.height > 0, rect.width > 0 else { return }
        let columns = max(1, min(3, rect.width / 38, gauges.count))
        let width = (rect.width - (columns - 1) * 2) / columns
        let labelWidth = min(20, max(10, width / 3))
        let rows = min(rect.height, (gauges.count + columns - 1) / columns)
        for (i, g) in gauges.prefix(columns * rows).enumerated() {
            let column = i / rows, row = i % rows
            KPIGaugeRow(gauge: g, selected: false, theme: theme)
                .render(in: Rect(x: rect.x + column * (width + 2), y: rect.y + row, width: width, height: 1), labelWidth: labelWidth, &canvas)
        }
    }
}
