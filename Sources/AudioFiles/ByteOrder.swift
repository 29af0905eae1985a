extension FixedWidthInteger {
    /// The value's bytes, least significant first (RIFF, Ogg and cache headers).
    package var littleEndianBytes: [UInt8] {
        withUnsafeBytes(of: littleEndian, Array.init)
    }

    /// The value's bytes, most significant first (ID3 frames).
    package var bigEndianBytes: [UInt8] {
        withUnsafeBytes(of: bigEndian, Array.init)
    }
}
