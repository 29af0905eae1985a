/// Walking bytes that should be UTF-8, one character at a time.
enum UTF8Scan {
    /// The length of the well-formed UTF-8 character starting at `index`, or 0 when the bytes
    /// there are not one (a stray byte, a cut-off or over-long sequence).
    static func characterLength<Bytes: RandomAccessCollection>(in bytes: Bytes, at index: Int) -> Int
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let length =
            switch bytes[index] {
            case 0..<0x80: 1
            case 0xC2..<0xE0: 2
            case 0xE0..<0xF0: 3
            case 0xF0..<0xF5: 4
            default: 0
            }
        guard length > 1 else { return length }
        guard index + length <= bytes.endIndex,
            String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil
        else { return 0 }
        return length
    }
}
