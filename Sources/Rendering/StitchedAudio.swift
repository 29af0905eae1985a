import AudioFiles
import Foundation

/// A render's audio in script order without a copy of its own: silence for each pause, the
/// chime for each tone, and each spoken segment read from the file it is already in (a
/// worker's output, a cache entry, this process's own speech). It is read through twice — as
/// it grows, to measure its loudness, and whole, to write the file — so the samples of a long
/// briefing are never written out an extra time.
struct StitchedAudio: SampleSource {
    enum Piece {
        case silence(samples: Int)
        case tone(seconds: Double)
        case spoken(SpokenAudio)
    }

    let sampleRate: Int
    private(set) var pieces: [Piece] = []
    /// Samples so far.
    private(set) var count = 0

    init(sampleRate: Int) {
        self.sampleRate = sampleRate
    }

    /// Samples per block handed on.
    static let blockSize = 32_768

    mutating func append(_ piece: Piece) {
        pieces.append(piece)
        count += length(of: piece)
    }

    func length(of piece: Piece) -> Int {
        switch piece {
        case .silence(let samples): samples
        case .tone(let seconds): Chime.count(seconds: seconds, sampleRate: sampleRate)
        case .spoken(let audio): audio.utterance.sampleCount
        }
    }

    func forEachBlock(_ body: (UnsafeMutableBufferPointer<Int16>) throws -> Void) throws {
        var buffer = [Int16](repeating: 0, count: Self.blockSize)
        for piece in pieces { try forEachBlock(of: piece, buffer: &buffer, body) }
    }

    /// One piece's samples, in blocks, using `buffer`.
    func forEachBlock(
        of piece: Piece, buffer: inout [Int16], _ body: (UnsafeMutableBufferPointer<Int16>) throws -> Void
    ) throws {
        switch piece {
        case .silence(let samples):
            var remaining = samples
            while remaining > 0 {
                let chunk = min(remaining, buffer.count)
                try buffer.withUnsafeMutableBufferPointer { block in
                    block.update(repeating: 0)
                    try body(UnsafeMutableBufferPointer(rebasing: block[..<chunk]))
                }
                remaining -= chunk
            }
        case .tone(let seconds):
            try Chime.samples(seconds: seconds, sampleRate: sampleRate).forEachBlock(body)
        case .spoken(let audio):
            try audio.forEachBlock(buffer: &buffer, body)
        }
    }
}
