/// SHA-1 (FIPS 180-4), for name-based UUIDs (RFC 9562 version 5) and a file's content hash.
/// Not for security: only to derive stable ids. Written here because Foundation on Linux has no digest.
struct SHA1 {
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    mutating func update<C: Collection<UInt8>>(_ bytes: C) {
        length &+= UInt64(bytes.count)
        pending.append(contentsOf: bytes)
        guard pending.count >= 64 else { return }
        let whole = pending.count - pending.count % 64
        pending.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < whole {
                compress(buffer, at: offset)
                offset += 64
            }
        }
        pending.removeFirst(whole)
    }

    mutating func finish() -> [UInt8] {
        let bitLength = length &* 8
        var tail: [UInt8] = [0x80]
        while (pending.count + tail.count) % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        let savedLength = length
        update(tail)
        length = savedLength
        var out: [UInt8] = []
        for word in [state.0, state.1, state.2, state.3, state.4] {
            out += [UInt8(word >> 24), UInt8(truncatingIfNeeded: word >> 16), UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word)]
        }
        return out
    }

    static func hash<C: Collection<UInt8>>(_ bytes: C) -> [UInt8] {
        var h = SHA1()
        h.update(bytes)
        return h.finish()
    }

    private mutating func compress(_ block: UnsafeBufferPointer<UInt8>, at offset: Int) {
        var w = [UInt32](repeating: 0, count: 80)
        for i in 0..<16 {
            let j = offset + i * 4
            w[i] = UInt32(block[j]) << 24 | UInt32(block[j + 1]) << 16 | UInt32(block[j + 2]) << 8 | UInt32(block[j + 3])
        }
        for i in 16..<80 {
            let x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
            w[i] = x << 1 | x >> 31
        }
        var (a, b, c, d, e) = state
        for i in 0..<80 {
            let f: UInt32, k: UInt32
            switch i {
            case 0..<20: (f, k) = ((b & c) | (~b & d), 0x5A82_7999)
            case 20..<40: (f, k) = (b ^ c ^ d, 0x6ED9_EBA1)
            case 40..<60: (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
            default: (f, k) = (b ^ c ^ d, 0xCA62_C1D6)
            }
            let temp = (a << 5 | a >> 27) &+ f &+ e &+ k &+ w[i]
            e = d
            d = c
            c = b << 30 | b >> 2
            b = a
            a = temp
        }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e)
    }
}

extension Array where Element == UInt8 {
    var hexString: String { map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() }
}
