import CSndFile
import CWriteback
import Foundation

/// Writes 16-bit mono PCM to a WAV file through libsndfile, with chapter markers (a `cue `
/// chunk plus `LIST`/`adtl`/`labl` labels at each chapter's sample) and LIST/INFO tags.
///
/// Samples are written as they come, before the loudness of the whole is known, and the gain is
/// applied at the end in place, block by block over the file's own pages: a two-hour briefing
/// is never copied into a second file, which on a virtual machine costs more than the copy
/// itself (every new page of the page cache is a new page for the host). libsndfile takes cue
/// points only before the first sample, so they are written with their labels at sample 0 and
/// their places filled in by ``finish(chapterSamples:gain:ceiling:)``.
public final class WAVWriter {
    /// RIFF sizes are 32-bit: the audio and chunks must stay under 4 GiB.
    static let byteLimit = UInt64(UInt32.max) - 1_048_576

    public let url: URL
    private let sampleRate: Int
    private let chapterCount: Int
    private var file: OpaquePointer?
    /// The file's descriptor, which libsndfile writes through and the gain pass uses after.
    private var descriptor: Int32
    /// Samples written so far.
    public private(set) var count = 0

    /// Creates the file and writes its header: tags, and a cue point with a label for each of
    /// `chapterLabels`, whose samples ``finish(chapterSamples:gain:ceiling:)`` gives.
    public init(
        url: URL, sampleRate: Int, chapterLabels: [String], metadata: AudioMetadata
    ) throws(AudioFileError) {
        self.url = url
        self.sampleRate = sampleRate
        chapterCount = chapterLabels.count
        let path = url.path
        var info = SF_INFO()
        info.samplerate = Int32(sampleRate)
        info.channels = 1
        info.format = Int32(SF_FORMAT_WAV) | Int32(SF_FORMAT_PCM_16)
        // Not libsndfile's own open, which truncates: on ext4, truncating a file — even the empty
        // temporary one `OutputFile` makes — has its close push every page written to the disk
        // (auto_da_alloc), 0.2 s for a 20-story briefing whose every page the gain pass then
        // writes again. A file that is not empty is emptied all the same.
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotCreate(path: path, reason: String(cString: strerror(errno))) }
        var existing = stat()
        errno = 0
        guard fstat(descriptor, &existing) == 0, existing.st_size == 0 || ftruncate(descriptor, 0) == 0,
            let file = sf_open_fd(descriptor, Int32(SFM_WRITE), &info, Int32(SF_FALSE))
        else {
            let reason = errno != 0 ? String(cString: strerror(errno)) : String(cString: sf_strerror(nil))
            close(descriptor)
            descriptor = -1
            throw .cannotCreate(path: path, reason: reason)
        }
        self.file = file
        metadata.apply(to: file)
        guard !chapterLabels.isEmpty else { return }
        let frames = [UInt32](repeating: 0, count: chapterLabels.count)
        guard briefcast_set_cues(file, frames, UInt32(frames.count)) == SF_TRUE else {
            throw .writeFailed(path: path, reason: "libsndfile refused the cue points")
        }
        let list = Self.labelList(chapterLabels)
        let status = list.withUnsafeBytes { briefcast_set_chunk(file, "LIST", $0.baseAddress, UInt32(list.count)) }
        guard status == SF_ERR_NO_ERROR else {
            throw .writeFailed(path: path, reason: String(cString: sf_error_number(status)))
        }
    }

    deinit {
        if let file { sf_close(file) }
        if descriptor >= 0 { close(descriptor) }
    }

    /// Appends samples, as they are (the gain comes at the end).
    public func write(_ samples: UnsafeBufferPointer<Int16>) throws(AudioFileError) {
        guard let file else { return }
        guard UInt64(count + samples.count) * 2 < Self.byteLimit else { throw .tooLong(path: url.path) }
        errno = 0
        let written = sf_write_short(file, samples.baseAddress, sf_count_t(samples.count))
        guard written == samples.count else {
            // The system's own words ("No space left on device") rather than libsndfile's
            // wrapping of them.
            let reason = errno != 0 ? String(cString: strerror(errno)) : String(cString: sf_strerror(file))
            throw .writeFailed(path: url.path, reason: reason)
        }
        count += samples.count
    }

    /// Closes the file, puts each cue point at its chapter's sample, and raises every sample by
    /// `gain` dB held under `ceiling` dBFS (see ``PeakLimiter``).
    public func finish(chapterSamples: [Int], gain: Double = 0, ceiling: Double = -1) throws(AudioFileError) {
        let path = url.path
        precondition(chapterSamples.count == chapterCount, "a cue point for every chapter label")
        guard let file else { return }
        self.file = nil
        let descriptor = self.descriptor
        self.descriptor = -1
        defer { close(descriptor) }
        let status = sf_close(file)
        guard status == 0 else { throw .writeFailed(path: path, reason: String(cString: sf_error_number(status))) }
        let limiter = PeakLimiter(gain: gain, ceiling: ceiling, sampleRate: sampleRate)
        guard chapterCount > 0 || !limiter.isIdentity else { return }
        do {
            let chunks = try RIFFChunks(descriptor: descriptor)
            if chapterCount > 0 {
                guard let cues = chunks.body["cue "] else { throw RIFFChunks.Missing(id: "cue ") }
                try Self.place(chapterSamples, inCueChunkAt: cues.offset, descriptor: descriptor)
            }
            if !limiter.isIdentity {
                guard let data = chunks.body["data"] else { throw RIFFChunks.Missing(id: "data") }
                try Self.limit(bytes: data, with: limiter, descriptor: descriptor)
            }
        } catch {
            throw .writeFailed(path: path, reason: AudioFileError.systemReason(error))
        }
    }

    /// Writes the position and sample offset of each of the chunk's cue points (24 bytes each,
    /// after a count: id, position, chunk id, chunk start, block start, sample offset).
    private static func place(_ samples: [Int], inCueChunkAt offset: Int, descriptor: Int32) throws {
        for (index, sample) in samples.enumerated() {
            let frame = UInt32(clamping: sample).littleEndianBytes
            let point = offset + 4 + index * 24
            try pwriteAll(frame, descriptor: descriptor, at: point + 4)
            try pwriteAll(frame, descriptor: descriptor, at: point + 20)
        }
    }

    /// Samples a part of the limiter's pass has at least (about 47 s at 22,050 Hz): a shorter
    /// file is limited in one piece.
    static let shortestPart = 1 << 20

    /// Runs the limiter over the `data` chunk's samples in place — a long file in as many parts
    /// at once as there are cores, since by then synthesis is over and nothing else runs.
    private static func limit(bytes data: (offset: Int, size: Int), with limiter: PeakLimiter, descriptor: Int32) throws
    {
        let count = data.size / 2
        let longest = count / max(shortestPart, 2 * limiter.settlingLength)
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, longest))
        try limit(bytes: data, with: limiter, descriptor: descriptor, parts: parts)
    }

    /// Runs the limiter over the `data` chunk's samples in place in `parts` parts at once, a
    /// block at a time, giving the samples one pass from start to end gives. Every part starts
    /// the limiter whole, as the first does, and keeps its first ``PeakLimiter/settlingLength``
    /// samples as they were; when the part before it left the limiter held down, those are
    /// limited again from there, after which the limiter is where the part's own run had it.
    static func limit(
        bytes data: (offset: Int, size: Int), with limiter: PeakLimiter, descriptor: Int32, parts: Int
    ) throws {
        let count = data.size / 2
        let settling = limiter.settlingLength
        precondition(parts == 1 || count / parts > settling, "each part longer than the limiter takes to settle")
        let bounds = (0...parts).map { count * $0 / parts }
        /// A part's first samples as they were, the limiter after them, and at the part's end.
        struct Ran {
            var head: [Int16] = []
            var settled: PeakLimiter
            var end: PeakLimiter
        }
        let results = [Result<Ran, any Error>?](unsafeUninitializedCapacity: parts) { buffer, filled in
            buffer.initialize(repeating: nil)
            filled = parts
            // Each part writes its own element only.
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                buffer[part] = Result(catching: {
                    var limiter = limiter
                    let (start, end) = (bounds[part], bounds[part + 1])
                    let headEnd = part == 0 ? start : start + settling
                    let head = try readSamples(start..<headEnd, of: data, descriptor: descriptor)
                    try limitSamples(start..<headEnd, of: data, with: &limiter, descriptor: descriptor)
                    let settled = limiter
                    try limitSamples(headEnd..<end, of: data, with: &limiter, descriptor: descriptor)
                    return Ran(head: head, settled: settled, end: limiter)
                })
            }
        }
        let ran = try results.map { try $0!.get() }
        for part in ran.indices.dropFirst() where ran[part - 1].end.reduction != limiter.reduction {
            var resumed = ran[part - 1].end
            var head = ran[part].head
            head.withUnsafeMutableBufferPointer { resumed.process($0) }
            precondition(resumed.reduction == ran[part].settled.reduction, "the limiter settles")
            try head.withUnsafeBytes { try pwriteAll($0, descriptor: descriptor, at: data.offset + bounds[part] * 2) }
        }
    }

    /// The `data` chunk's samples in `range`, as they are in the file.
    private static func readSamples(
        _ range: Range<Int>, of data: (offset: Int, size: Int), descriptor: Int32
    ) throws -> [Int16] {
        var samples = [Int16](repeating: 0, count: range.count)
        try samples.withUnsafeMutableBytes {
            try preadAll($0, descriptor: descriptor, at: data.offset + range.lowerBound * 2)
        }
        return samples
    }

    /// Runs `limiter` over the `data` chunk's samples in `range` in place, a block at a time.
    private static func limitSamples(
        _ range: Range<Int>, of data: (offset: Int, size: Int), with limiter: inout PeakLimiter, descriptor: Int32
    ) throws {
        var block = [Int16](repeating: 0, count: min(65_536, range.count))
        var done = range.lowerBound
        while done < range.upperBound {
            let wanted = min(block.count, range.upperBound - done)
            let offset = data.offset + done * 2
            try block.withUnsafeMutableBufferPointer { samples in
                let part = UnsafeMutableBufferPointer(rebasing: samples[..<wanted])
                try preadAll(UnsafeMutableRawBufferPointer(part), descriptor: descriptor, at: offset)
                limiter.process(part)
                try pwriteAll(UnsafeRawBufferPointer(part), descriptor: descriptor, at: offset)
            }
            // Written back now, while the limiter goes on, rather than all at once when the
            // file replaces an older one: ext4 flushes a file renamed over another, and that
            // rename held a 20-story briefing up for 0.4 s.
            _ = briefcast_start_writeback(descriptor, Int64(offset), Int64(wanted * 2))
            done += wanted
        }
    }

    private static func preadAll(_ buffer: UnsafeMutableRawBufferPointer, descriptor: Int32, at offset: Int) throws {
        var done = 0
        while done < buffer.count {
            let read = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if read < 0 && errno == EINTR { continue }
            // The chunk's size says the samples are there: a short file is a damaged one.
            guard read > 0 else { throw POSIXError(POSIXErrorCode(rawValue: read == 0 ? EIO : errno) ?? .EIO) }
            done += read
        }
    }

    private static func pwriteAll(_ bytes: some ContiguousBytes, descriptor: Int32, at offset: Int) throws {
        try bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let written = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                done += written
            }
        }
    }

    /// Writes `samples` whole, raised by `gain` dB and held under `ceiling` dBFS, with
    /// `chapters` and `metadata`.
    public static func write(
        _ samples: some SampleSource,
        sampleRate: Int,
        chapters: [Chapter],
        metadata: AudioMetadata,
        gain: Double = 0,
        ceiling: Double = -1,
        to url: URL
    ) throws(AudioFileError) {
        guard UInt64(samples.count) * 2 < byteLimit else { throw .tooLong(path: url.path) }
        let writer = try WAVWriter(
            url: url, sampleRate: sampleRate, chapterLabels: chapters.map(\.label), metadata: metadata)
        do {
            try samples.forEachBlock { try writer.write(UnsafeBufferPointer($0)) }
        } catch let error as AudioFileError {
            throw error
        } catch {
            throw .writeFailed(path: url.path, reason: error.localizedDescription)
        }
        try writer.finish(chapterSamples: chapters.map(\.sample), gain: gain, ceiling: ceiling)
    }

    /// The body of a `LIST` chunk of type `adtl`: one `labl` per cue (ids from 1), each label
    /// NUL-terminated and capped at 255 bytes. libsndfile pads the chunk to a multiple of four,
    /// and a two-byte pad makes the file unreadable to it, so the last label is padded instead.
    static func labelList(_ labels: [String]) -> [UInt8] {
        var body = Array("adtl".utf8)
        for (index, label) in labels.enumerated() {
            var data = UInt32(index + 1).littleEndianBytes + Array(truncated(label, toBytes: 254).utf8) + [0]
            if index == labels.count - 1 {
                let total = body.count + 8 + data.count + data.count % 2
                if total % 4 != 0 { data += [0, 0] }
            }
            body += Array("labl".utf8) + UInt32(data.count).littleEndianBytes + data
            if data.count % 2 == 1 { body.append(0) }
        }
        return body
    }

    private static func truncated(_ text: String, toBytes limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        var result = ""
        for character in text {
            guard result.utf8.count + character.utf8.count <= limit else { break }
            result.append(character)
        }
        return result
    }
}
