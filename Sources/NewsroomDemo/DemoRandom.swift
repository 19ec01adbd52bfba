import Foundation

/// The demo's one source of chance: SplitMix64, seeded, so the same seed gives the same newsroom
/// on every machine (Swift's own generators are not seedable and may change between versions).
struct DemoRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed ^ 0x6E6F_7264_6C69_6368 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return DemoRandom.mix(state)
    }

    /// The SplitMix64 finaliser: a good 64-bit hash of one number.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0 ..< 1`.
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// An integer in the closed range.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % width)
    }

    /// A number in the half-open range.
    mutating func double(_ range: Range<Double>) -> Double { range.lowerBound + unit() * (range.upperBound - range.lowerBound) }

    /// True with the given probability.
    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    /// One element; the array must not be empty.
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    /// An index chosen by weight.
    mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var roll = unit() * total
        for (i, w) in weights.enumerated() {
            roll -= w
            if roll < 0 { return i }
        }
        return weights.count - 1
    }

    /// A skewed positive number: most values near `median`, a long tail up to about 10x.
    mutating func skewed(median: Double) -> Double {
        let u = max(unit(), 1e-9)
        return median * exp(0.9 * (u - 0.5) * 2.2 + (chance(0.08) ? double(0.5..<1.6) : 0))
    }

    /// `count` lower-case hex digits: opaque references (`p-3fa9…`) that spell nothing.
    mutating func hex(_ count: Int) -> String {
        let digits = Array("0123456789abcdef")
        var out = ""
        out.reserveCapacity(count)
        var bits = next()
        for i in 0..<count {
            if i % 16 == 15 { bits = next() }
            out.append(digits[Int(bits & 0xF)])
            bits >>= 4
        }
        return out
    }

    /// A UUID (version 8, "custom") from the seed and an event's serial number: the same seed
    /// gives the same ids, so a demo built twice is the same log.
    static func uuid(seed: UInt64, serial: UInt64) -> UUID {
        let a = mix(seed &* 0x9E37_79B9_7F4A_7C15 ^ mix(serial &+ 0x1234_5678))
        let b = mix(a ^ serial ^ 0xD1B5_4A32_D192_ED03)
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 {
            bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * UInt64(i)))
            bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * UInt64(i)))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
