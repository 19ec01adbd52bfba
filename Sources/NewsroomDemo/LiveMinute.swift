import Foundation

/// Something that happens in the feed at a moment; what exactly (which share, whose comment) is
/// decided when its moment comes, from the newsroom as it is by then.
struct LiveHappening: Sendable {
    enum Kind: Int, Sendable {
        case mentions, share, comment, stormComment, measurement
    }

    let time: Double
    let kind: Kind
}

/// The plan of one simulated minute: when things happen in it (Poisson arrivals at the minute's
/// pace), and the weights to pick the shares polled and commented on. Drawn from a random stream
/// of its own (the run's seed and the minute's number), so the plan does not depend on how the
/// caller slices time.
struct LiveMinute: Sendable {
    let happenings: [LiveHappening]
    let polls: LiveWeights
    let targets: LiveWeights
    let thinning: Double

    init(start: Double, pace: LivePace, stormWindow: Range<Double>?, topOfHour: Double?, polls: LiveWeights, targets: LiveWeights,
         rng: inout DemoRandom) {
        var list: [LiveHappening] = []
        func arrivals(_ perHour: Double, _ kind: LiveHappening.Kind, within window: Range<Double>) {
            let n = rng.poisson(perHour * (window.upperBound - window.lowerBound) / 3600)
            for _ in 0..<n { list.append(LiveHappening(time: window.lowerBound + rng.double(0..<(window.upperBound - window.lowerBound)), kind: kind)) }
        }
        let minute = start..<(start + 60)
        arrivals(pace.shares, .share, within: minute)
        arrivals(pace.comments, .comment, within: minute)
        arrivals(pace.measurements, .measurement, within: minute)
        if let stormWindow, !stormWindow.isEmpty { arrivals(pace.stormComments, .stormComment, within: stormWindow) }
        if let topOfHour { list.append(LiveHappening(time: topOfHour, kind: .mentions)) }
        // In time order; at the same moment, in the order of the kinds (mentions first).
        list.sort { $0.time != $1.time ? $0.time < $1.time : $0.kind.rawValue < $1.kind.rawValue }
        happenings = list
        self.polls = polls
        self.targets = targets
        thinning = pace.thinning
    }
}

extension DemoRandom {
    /// A Poisson-distributed count with this mean (Knuth's method for small means, the normal
    /// approximation above 30).
    mutating func poisson(_ mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean < 30 {
            let limit = exp(-mean)
            var k = 0
            var p = unit()
            while p > limit {
                k += 1
                p *= unit()
            }
            return k
        }
        let z = (-2 * log(max(unit(), 1e-12))).squareRoot() * cos(2 * Double.pi * unit())
        return max(0, Int((mean + z * mean.squareRoot()).rounded()))
    }
}
