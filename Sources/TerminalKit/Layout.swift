/// How much space one part of a split gets.
public enum Constraint: Hashable, Sendable {
    /// Exactly `n` cells (less only when even the fixed parts do not fit).
    case fixed(Int)
    /// `p` percent of the whole.
    case percent(Int)
    /// At least `n` cells, and a share of what is left.
    case min(Int)
    /// At most `n` cells, sharing what is left.
    case max(Int)
    /// A share of what is left, weighted.
    case fill(Int)
}

/// The direction a rectangle is split in.
public enum Axis: Hashable, Sendable {
    /// Side by side (columns).
    case horizontal
    /// One above the other (rows).
    case vertical
}

/// Splits rectangles into rows or columns by constraints; the parts always tile the whole.
public enum Layout {
    /// `rect` split along `axis` into one part per constraint, with `spacing` cells between parts.
    public static func split(_ rect: Rect, _ axis: Axis, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        guard !constraints.isEmpty else { return [] }
        let whole = axis == .horizontal ? rect.width : rect.height
        let total = Swift.max(0, whole - spacing * (constraints.count - 1))
        let lengths = distribute(total, constraints)
        var parts: [Rect] = []
        var offset = 0
        for length in lengths {
            switch axis {
            case .horizontal:
                parts.append(Rect(x: rect.x + offset, y: rect.y, width: length, height: rect.height))
            case .vertical:
                parts.append(Rect(x: rect.x, y: rect.y + offset, width: rect.width, height: length))
            }
            offset += length + spacing
        }
        return parts
    }

    /// Lengths for `constraints` that add up to `total` whenever a flexible part can absorb the rest.
    static func distribute(_ total: Int, _ constraints: [Constraint]) -> [Int] {
        var lengths = constraints.map { constraint -> Int in
            switch constraint {
            case .fixed(let n), .min(let n): return Swift.max(0, n)
            case .percent(let p): return total * Swift.max(0, Swift.min(100, p)) / 100
            case .max, .fill: return 0
            }
        }
        var excess = lengths.reduce(0, +) - total
        var index = lengths.count - 1
        while excess > 0 && index >= 0 {
            let cut = Swift.min(excess, lengths[index])
            lengths[index] -= cut
            excess -= cut
            index -= 1
        }
        var remaining = total - lengths.reduce(0, +)
        var open = constraints.indices.filter {
            switch constraints[$0] {
            case .min, .max, .fill: return true
            case .fixed, .percent: return false
            }
        }
        while remaining > 0 && !open.isEmpty {
            let weights = open.map { index -> Int in
                if case .fill(let w) = constraints[index] { return Swift.max(1, w) }
                return 1
            }
            let weightSum = weights.reduce(0, +)
            var given = 0
            var capped: [Int] = []
            for (position, index) in open.enumerated() {
                var share = remaining * weights[position] / weightSum
                if position == open.count - 1 { share = remaining - given }
                if case .max(let limit) = constraints[index], lengths[index] + share >= limit {
                    share = Swift.max(0, limit - lengths[index])
                    capped.append(index)
                }
                lengths[index] += share
                given += share
            }
            remaining -= given
            open.removeAll { capped.contains($0) }
            if given == 0 { break }
        }
        return lengths
    }
}
