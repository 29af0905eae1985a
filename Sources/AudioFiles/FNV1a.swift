/// The 64-bit FNV-1a hash: stable across runs and machines (Swift's own `hashValue` is seeded
/// per process), used wherever Briefcast names or checks something by its content — cache
/// entries and their checksums, render records, story fingerprints.
package struct FNV1a {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    package private(set) var value: UInt64

    package init(seed: UInt64 = FNV1a.offsetBasis) {
        value = seed
    }

    package mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* Self.prime }
    }

    package mutating func add(_ text: String) {
        add(text.utf8)
    }

    /// Bytes taken eight at a time (the tail byte by byte): the same spread, an eighth of the work,
    /// for long runs such as samples.
    package mutating func addWords(_ raw: UnsafeRawBufferPointer) {
        let whole = raw.count / 8
        for index in 0..<whole {
            value = (value ^ raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* Self.prime
        }
        add(raw[(whole * 8)...])
    }

    /// The hash of `text` as 16 hex digits.
    package static func hex(_ text: String, seed: UInt64 = FNV1a.offsetBasis) -> String {
        var hash = FNV1a(seed: seed)
        hash.add(text)
        return hash.hex
    }

    /// 16 hex digits.
    package var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
