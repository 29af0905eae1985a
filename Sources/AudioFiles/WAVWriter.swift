import CSndFile
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
        guard let file = sf_open(path, Int32(SFM_WRITE), &info) else {
            throw .cannotCreate(path: path, reason: String(cString: sf_strerror(nil)))
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

    deinit { if let file { sf_close(file) } }

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
        let status = sf_close(file)
        guard status == 0 else { throw .writeFailed(path: path, reason: String(cString: sf_error_number(status))) }
        let limiter = PeakLimiter(gain: gain, ceiling: ceiling, sampleRate: sampleRate)
        guard chapterCount > 0 || !limiter.isIdentity else { return }
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { throw .writeFailed(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
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

    /// Runs the limiter over the `data` chunk's samples in place, a block at a time.
    private static func limit(bytes data: (offset: Int, size: Int), with limiter: PeakLimiter, descriptor: Int32) throws
    {
        var limiter = limiter
        var block = [Int16](repeating: 0, count: 65_536)
        var done = 0
        while done < data.size / 2 {
            let wanted = min(block.count, data.size / 2 - done)
            let offset = off_t(data.offset + done * 2)
            let read = block.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, wanted * 2, offset) }
            guard read == wanted * 2 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            try block.withUnsafeMutableBufferPointer { samples in
                let part = UnsafeMutableBufferPointer(rebasing: samples[..<wanted])
                limiter.process(part)
                try pwriteAll(UnsafeRawBufferPointer(part), descriptor: descriptor, at: Int(offset))
            }
            done += wanted
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
