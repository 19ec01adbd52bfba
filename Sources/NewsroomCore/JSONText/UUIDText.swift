import Foundation

extension UUID {
    /// The lower-case text the log stores as an event's id (`uuidString.lowercased()`), made
    /// without `snprintf` and a second string: an import makes one for every event, twice.
    public var logText: String {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        return withUnsafeBytes(of: uuid) { raw in
            String(unsafeUninitializedCapacity: 36) { out in
                var j = 0
                for (i, byte) in raw.enumerated() {
                    if i == 4 || i == 6 || i == 8 || i == 10 {
                        out[j] = UInt8(ascii: "-")
                        j += 1
                    }
                    out[j] = hex[Int(byte >> 4)]
                    out[j + 1] = hex[Int(byte & 15)]
                    j += 2
                }
                return j
            }
        }
    }
}
