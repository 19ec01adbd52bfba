import Testing
@testable import TerminalKit

@Suite("Layout")
struct LayoutTests {
    @Test("fixed, percent and fill parts tile the whole")
    func partsTileTheWhole() {
        let parts = Layout.split(Rect(x: 0, y: 0, width: 100, height: 10), .horizontal, [.fixed(20), .percent(30), .fill(1)])
        #expect(parts.map(\.width) == [20, 30, 50])
        #expect(parts.map(\.x) == [0, 20, 50])
        #expect(parts.allSatisfy { $0.height == 10 })
    }

    @Test("min parts get at least their minimum and share the rest")
    func minimumAndShare() {
        let lengths = Layout.distribute(40, [.min(10), .fill(1)])
        #expect(lengths == [25, 15])
    }

    @Test("max parts stop at their maximum and leave the rest to others")
    func maximumCaps() {
        let lengths = Layout.distribute(100, [.max(10), .fill(1)])
        #expect(lengths == [10, 90])
    }

    @Test("fill weights share proportionally")
    func weights() {
        #expect(Layout.distribute(90, [.fill(1), .fill(2)]) == [30, 60])
    }

    @Test("too little space shrinks from the end, never below zero")
    func shrinking() {
        #expect(Layout.distribute(15, [.fixed(10), .fixed(10), .fill(1)]) == [10, 5, 0])
        #expect(Layout.distribute(0, [.fixed(10), .percent(50)]) == [0, 0])
    }

    @Test("vertical splits with spacing")
    func verticalWithSpacing() {
        let parts = Layout.split(Rect(x: 2, y: 1, width: 10, height: 21), .vertical, [.fill(1), .fill(1)], spacing: 1)
        #expect(parts.map(\.y) == [1, 12])
        #expect(parts.map(\.height) == [10, 10])
    }
}
