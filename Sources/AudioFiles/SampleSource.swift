/// Samples that can be read through from start to end, in blocks, as often as needed: what a
/// writer makes a file from once the loudness of the whole is known.
public protocol SampleSource {
    /// How many samples there are.
    var count: Int { get }

    /// Hands every sample, in order and in blocks, to `body`. A block is the caller's to change
    /// (a limiter works on it in place); the source's samples stay as they were.
    func forEachBlock(_ body: (UnsafeMutableBufferPointer<Int16>) throws -> Void) throws
}

/// Samples in memory, as one block.
extension Array: SampleSource where Element == Int16 {
    public func forEachBlock(_ body: (UnsafeMutableBufferPointer<Int16>) throws -> Void) throws {
        var block = self
        try block.withUnsafeMutableBufferPointer { try body($0) }
    }
}
