import CSndFile
import Foundation

/// Writes samples as MP3 or Ogg Opus through libsndfile, then adds the chapters libsndfile
/// cannot write: an ID3v2 tag with `CHAP`/`CTOC` frames before the MP3 stream, or `CHAPTERnnn`
/// comments in the Opus header. Opus only runs at 8–48 kHz rates espeak-ng does not use, so the
/// audio is resampled to 48 kHz on the way (band-limited, not by dropping or repeating samples).
public enum EncodedAudioWriter {
    /// About 48 kbit/s for MP3 and 32 kbit/s for Opus: clear speech, small files.
    static let mp3Compression = 0.65
    static let opusCompression = 0.9
    public static let opusSampleRate = 48_000

    public static func write(
        _ samples: some SampleSource,
        sampleRate: Int,
        format: AudioFormat,
        chapters: [Chapter],
        metadata: AudioMetadata,
        gain: Double = 0,
        ceiling: Double = -1,
        to url: URL
    ) throws(AudioFileError) {
        precondition(format != .wav, "WAV files are written by WAVWriter")
        // The stream goes to a file beside the destination; the chapters are added after.
        let stream = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).stream")
        defer { try? FileManager.default.removeItem(at: stream) }
        let outputRate = format == .opus ? opusSampleRate : sampleRate
        var info = SF_INFO()
        info.samplerate = Int32(outputRate)
        info.channels = 1
        info.format =
            format == .mp3
            ? Int32(SF_FORMAT_MPEG) | Int32(SF_FORMAT_MPEG_LAYER_III) : Int32(SF_FORMAT_OGG) | Int32(SF_FORMAT_OPUS)
        guard let file = sf_open(stream.path, Int32(SFM_WRITE), &info) else {
            throw .cannotCreate(path: url.path, reason: String(cString: sf_strerror(nil)))
        }
        var closed = false
        defer { if !closed { sf_close(file) } }
        // libsndfile wants the compression level before the bitrate mode.
        var level = format == .mp3 ? mp3Compression : opusCompression
        sf_command(file, Int32(SFC_SET_COMPRESSION_LEVEL), &level, Int32(MemoryLayout<Double>.size))
        if format == .mp3 {
            var mode = Int32(SF_BITRATE_MODE_CONSTANT)
            sf_command(file, Int32(SFC_SET_BITRATE_MODE), &mode, Int32(MemoryLayout<Int32>.size))
        }
        metadata.apply(to: file)
        do {
            var limiter = PeakLimiter(gain: gain, ceiling: ceiling, sampleRate: sampleRate)
            var resampler = format == .opus ? Resampler(from: sampleRate, to: outputRate) : nil
            func write(_ samples: [Int16]) throws {
                let written = samples.withUnsafeBufferPointer {
                    sf_write_short(file, $0.baseAddress, sf_count_t($0.count))
                }
                guard written == samples.count else {
                    throw AudioFileError.writeFailed(path: url.path, reason: String(cString: sf_strerror(file)))
                }
            }
            try samples.forEachBlock { block in
                if !limiter.isIdentity { limiter.process(block) }
                let limited = Array(block)
                try write(limited.withUnsafeBufferPointer { resampler?.process($0) } ?? limited)
            }
            if let tail = resampler?.finish() { try write(tail) }
        } catch let error as AudioFileError {
            throw error
        } catch {
            throw .writeFailed(path: url.path, reason: error.localizedDescription)
        }
        closed = true
        let status = sf_close(file)
        guard status == 0 else { throw .writeFailed(path: url.path, reason: String(cString: sf_error_number(status))) }

        if format == .opus {
            try OggOpusHeaders.add(chapters, sampleRate: sampleRate, to: stream)
            try move(stream, to: url)
        } else {
            let milliseconds = Int((Double(samples.count) * 1000 / Double(sampleRate)).rounded())
            let tag = ID3ChapterTag.tag(
                chapters: chapters, sampleRate: sampleRate, duration: milliseconds, metadata: metadata)
            try prepend(tag, to: stream, writing: url)
        }
    }

    private static func move(_ source: URL, to destination: URL) throws(AudioFileError) {
        guard rename(source.path, destination.path) == 0 else {
            throw .writeFailed(path: destination.path, reason: String(cString: strerror(errno)))
        }
    }

    /// `destination` = `bytes` followed by the contents of `source`, copied in blocks.
    private static func prepend(_ bytes: [UInt8], to source: URL, writing destination: URL) throws(AudioFileError) {
        do {
            _ = FileManager.default.createFile(atPath: destination.path, contents: Data(bytes))
            let output = try FileHandle(forWritingTo: destination)
            defer { try? output.close() }
            try output.seekToEnd()
            let input = try FileHandle(forReadingFrom: source)
            defer { try? input.close() }
            while let block = try input.read(upToCount: 1 << 20), !block.isEmpty { try output.write(contentsOf: block) }
        } catch {
            throw .writeFailed(path: destination.path, reason: error.localizedDescription)
        }
    }
}
