import Foundation

/// The one source of "now": passed into everything that asks, so tests, demos and
/// `newsroom simulate` can fix or speed up time (`NEWSROOM_NOW`, `NEWSROOM_SPEED`).
public protocol NewsroomClock: Sendable {
    func now() -> Date
}

/// Wall-clock time.
public struct SystemClock: NewsroomClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that starts at a fixed moment and runs `speed` times faster than the wall clock
/// (speed 0 stands still), so a console and a simulator given the same start agree on "now".
public struct ScaledClock: NewsroomClock {
    public let start: Date
    public let speed: Double
    public let realStart: Date
    private let wall: @Sendable () -> Date

    public init(start: Date, speed: Double = 0, realStart: Date? = nil, wall: @escaping @Sendable () -> Date = { Date() }) {
        self.start = start
        self.speed = speed
        self.wall = wall
        self.realStart = realStart ?? wall()
    }

    public func now() -> Date {
        guard speed != 0 else { return start }
        return start.addingTimeInterval(wall().timeIntervalSince(realStart) * speed)
    }
}

/// How the clock was asked for: parsed from `--now`/`NEWSROOM_NOW` and `--speed`/`NEWSROOM_SPEED`.
public struct ClockSetting: Equatable, Sendable {
    public var fixedStart: Date?
    public var speed: Double

    public init(fixedStart: Date? = nil, speed: Double = 0) {
        self.fixedStart = fixedStart
        self.speed = speed
    }

    /// Reads the two settings; an unreadable value is an error that says what is accepted.
    public static func parse(now: String?, speed: String?) throws -> ClockSetting {
        var setting = ClockSetting()
        if let now, !now.isEmpty {
            guard let date = Timestamp.parse(now) else { throw ClockSettingError.badNow(now) }
            setting.fixedStart = date
        }
        if let speed, !speed.isEmpty {
            guard let value = Double(speed), value >= 0, value.isFinite else { throw ClockSettingError.badSpeed(speed) }
            setting.speed = value
        }
        return setting
    }

    /// The clock this setting describes: the system clock unless a start was fixed.
    public func makeClock() -> any NewsroomClock {
        guard let fixedStart else { return SystemClock() }
        return ScaledClock(start: fixedStart, speed: speed)
    }
}

/// A `--now` or `--speed` value that cannot be used.
public enum ClockSettingError: Error, Equatable, CustomStringConvertible {
    case badNow(String)
    case badSpeed(String)

    public var description: String {
        switch self {
        case .badNow(let value):
            return "cannot read the time '\(value)': give it in RFC 3339, e.g. 2026-11-24T07:30:00Z"
        case .badSpeed(let value):
            return "cannot read the speed '\(value)': give a number of at least 0, e.g. 60 for an hour a minute"
        }
    }
}
