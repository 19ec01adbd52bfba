import Testing
@testable import TerminalKit

@Suite("Gauge and sparkline")
struct GaugeAndSparklineTests {
    /// A gauge of width 20 with a 5-column label: bar is 10 cells wide with a 4-column value.
    static func gauge(_ fraction: Double, warnAt: Double? = nil, alertAt: Double? = nil) -> Canvas {
        draw(Gauge(label: "Reach", fraction: fraction, valueText: nil, warnAt: warnAt, alertAt: alertAt), width: 22, height: 1)
    }

    @Test("0 %: an empty bar and the value")
    func empty() {
        let canvas = Self.gauge(0)
        #expect(canvas.text(row: 0) == "Reach ░░░░░░░░░░░░░ 0%")
        #expect(canvas[6, 0].style == testTheme[.gaugeEmpty])
        #expect(canvas[20, 0].style == testTheme[.text])
    }

    @Test("37.5 %: full cells then an eighth-precision partial cell")
    func partial() {
        let canvas = Self.gauge(0.375)
        // Bar of 10 cells: 3.75 cells filled = 3 full blocks and a 6/8 block.
        #expect(canvas.text(row: 0) == "Reach ███▊░░░░░░ 37.5%")
        #expect((6...9).allSatisfy { canvas[$0, 0].style == testTheme[.gaugeFill] })
        #expect(canvas[10, 0].style == testTheme[.gaugeEmpty])
    }

    @Test("100 %: a full bar")
    func full() {
        let canvas = Self.gauge(1)
        #expect(canvas.text(row: 0) == "Reach ███████████ 100%")
    }

    @Test("over 100 %: a full bar and the real value")
    func overfull() {
        let canvas = Self.gauge(1.5)
        #expect(canvas.text(row: 0) == "Reach ███████████ 150%")
    }

    @Test("thresholds colour the fill and the value by the theme")
    func thresholds() {
        let warn = Self.gauge(0.75, warnAt: 0.7, alertAt: 0.9)
        #expect(warn[6, 0].style == testTheme[.warn])
        #expect(warn[21, 0].style == testTheme[.warn])
        let alert = Self.gauge(0.95, warnAt: 0.7, alertAt: 0.9)
        #expect(alert[6, 0].style == testTheme[.alert])
        let calm = Self.gauge(0.5, warnAt: 0.7, alertAt: 0.9)
        #expect(calm[6, 0].style == testTheme[.gaugeFill])
    }

    @Test("percent text has at most one decimal", arguments: [(0.0, "0%"), (0.375, "37.5%"), (1.0, "100%"), (1.234, "123.4%"), (0.0001, "0%")])
    func percentText(fraction: Double, text: String) {
        #expect(Gauge.percentText(fraction) == text)
    }

    @Test("bars use eighth blocks")
    func eighths() {
        #expect(Gauge.bar(fraction: 0.25, width: 2) == "▌")
        #expect(Gauge.bar(fraction: 1.0 / 16, width: 2) == "▏")
        #expect(Gauge.bar(fraction: 0.5, width: 1) == "▌")
        #expect(Gauge.bar(fraction: 0.125, width: 1) == "▏")
        #expect(Gauge.bar(fraction: -1, width: 4) == "")
    }

    @Test("a sparkline scales the last values to ▁…█, right-aligned")
    func sparkline() {
        let canvas = draw(Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7]), width: 10, height: 1)
        #expect(canvas.text(row: 0) == "  ▁▂▃▄▅▆▇█")
        #expect(canvas[9, 0].style == testTheme[.sparkline])
        #expect(Sparkline.bars([2, 4], width: 2, maximum: 8) == "▃▅")
        #expect(Sparkline.bars([], width: 3) == "")
    }
}
