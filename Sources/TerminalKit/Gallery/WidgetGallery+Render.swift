extension WidgetGallery {
    /// Draws the gallery: tabs, four boxes (list, table, gauges with sparkline and badges,
    /// wrapped text), the status bar, and any open overlay.
    public func render(into canvas: inout Canvas) {
        let screen = canvas.bounds
        canvas.fill(screen, style: theme[.text])
        let rows = Layout.split(screen, .vertical, [.fixed(1), .fill(1), .fixed(1)])
        canvas.render(Tabs(titles: Self.tabTitles, selected: tab), in: rows[0], theme: theme)
        let title = " theme: \(theme.name) "
        let titleWidth = DisplayWidth.of(title)
        canvas.write(title, x: screen.maxX - titleWidth, y: 0, style: theme[.title], maxWidth: titleWidth)

        let columns = Layout.split(rows[1], .horizontal, [.percent(55), .fill(1)])
        let left = Layout.split(columns[0], .vertical, [.fill(1), .fixed(GallerySamples.tableRows.count + 3)])
        let right = Layout.split(columns[1], .vertical, [.fixed(9), .fill(1)])
        renderList(in: left[0], on: &canvas)
        renderTable(in: left[1], on: &canvas)
        renderGauges(in: right[0], on: &canvas)
        renderText(in: right[1], on: &canvas)

        if let prompt {
            canvas.render(PromptView(label: ":", editor: prompt), in: rows[2], theme: theme)
        } else {
            let hints = GalleryAction.keyMap.barHints
            canvas.render(StatusBar(message: notice.isEmpty ? theme.summary : notice, hints: hints), in: rows[2], theme: theme)
        }
        let body = rows[1]
        if showsHelp {
            canvas.render(HelpOverlay(keyMap: GalleryAction.keyMap, title: "Keys (any key closes)"), in: body, theme: theme)
        }
        if let menu {
            canvas.render(SelectionMenuView(menu: menu), in: body, theme: theme)
        }
        if let toast {
            canvas.render(ToastView(toast: toast), in: body, theme: theme)
        }
    }

    private func renderList(in area: Rect, on canvas: inout Canvas) {
        let marks = list.marked.isEmpty ? "" : " · \(list.marked.count) marked"
        canvas.render(Box(title: "List: \(list.selected + 1) of 1,000,000\(marks)", focused: focus == 0), in: area, theme: theme)
        let list = ListView(count: GallerySamples.listCount, state: list, item: GallerySamples.listItem)
        canvas.render(list, in: Box.inner(area), theme: theme)
    }

    private func renderTable(in area: Rect, on canvas: inout Canvas) {
        canvas.render(Box(title: "Table", focused: focus == 1), in: area, theme: theme)
        let rows = GallerySamples.tableRows
        let widget = Table(columns: GallerySamples.tableColumns, rowCount: rows.count, state: table,
                           sort: TableSort(column: 2, ascending: false)) { rows[$0][$1] }
        canvas.render(widget, in: Box.inner(area), theme: theme)
    }

    private func renderGauges(in area: Rect, on canvas: inout Canvas) {
        canvas.render(Box(title: "Gauges", focused: focus == 2), in: area, theme: theme)
        let inner = Box.inner(area)
        let lines = Layout.split(inner, .vertical, [.fixed(1), .fixed(1), .fixed(1), .fixed(1), .fixed(1), .fixed(1), .fill(1)])
        canvas.render(Gauge(label: "Reach", fraction: 0.375, labelWidth: 9), in: lines[0], theme: theme)
        canvas.render(Gauge(label: "Replies", fraction: 0.72, warnAt: 0.7, alertAt: 0.9, labelWidth: 9), in: lines[1], theme: theme)
        canvas.render(Gauge(label: "SLA used", fraction: 0.96, warnAt: 0.7, alertAt: 0.9, labelWidth: 9), in: lines[2], theme: theme)
        canvas.render(Gauge(label: "Campaign", fraction: 1.2, labelWidth: 9), in: lines[3], theme: theme)
        canvas.write("Shares/h", x: lines[4].x, y: lines[4].y, style: theme[.text], maxWidth: 9)
        canvas.render(Sparkline(values: GallerySamples.sparkline), in: Rect(x: lines[4].x + 10, y: lines[4].y, width: lines[4].width - 10, height: 1), theme: theme)
        var x = lines[5].x
        for (text, role) in [(" ok ", StyleRole.badgeOk), (" warn ", .badgeWarn), (" alert ", .badgeAlert), (" held ", .badge)] {
            x += canvas.write(text, x: x, y: lines[5].y, style: theme[role], maxWidth: lines[5].maxX - x) + 1
        }
        for (text, role) in [("ok", StyleRole.ok), ("warn", .warn), ("alert", .alert), ("accent", .accent), ("muted", .muted)] {
            guard x < lines[5].maxX else { break }
            x += canvas.write(text, x: x, y: lines[5].y, style: theme[role], maxWidth: lines[5].maxX - x) + 1
        }
    }

    private func renderText(in area: Rect, on canvas: inout Canvas) {
        canvas.render(Box(title: "Text", focused: focus == 3), in: area, theme: theme)
        canvas.render(TextBlock(GallerySamples.text), in: Box.inner(area).inset(by: 0), theme: theme)
    }
}
