import CSndFile
import Foundation

/// Writes 16-bit mono PCM to a WAV file through libsndfile, with chapter markers (a `cue `
/// chunk plus `LIST`/`adtl`/`labl` labels at each chapter's sample) and LIST/INFO tags.
public enum WAVWriter {
    /// RIFF sizes are 32-bit: the audio and chunks must stay under 4 GiB.
    static let byteLimit = UInt64(UInt32.max) - 1_048_576

    /// Writes the samples, raised by `gain` dB and held under `ceiling` dBFS, with
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
        let path = url.path
        guard UInt64(samples.count) * 2 < byteLimit else { throw .tooLong(path: path) }
        var info = SF_INFO()
        info.samplerate = Int32(sampleRate)
        info.channels = 1
        info.format = Int32(SF_FORMAT_WAV) | Int32(SF_FORMAT_PCM_16)
        guard let file = sf_open(path, Int32(SFM_WRITE), &info) else {
            throw .cannotCreate(path: path, reason: String(cString: sf_strerror(nil)))
        }
        var closed = false
        defer { if !closed { sf_close(file) } }

        metadata.apply(to: file)
        if !chapters.isEmpty {
            let frames = chapters.map { UInt32(clamping: $0.sample) }
            guard briefcast_set_cues(file, frames, UInt32(frames.count)) == SF_TRUE else {
                throw .writeFailed(path: path, reason: "libsndfile refused the cue points")
            }
            let list = labelList(chapters.map(\.label))
            let status = list.withUnsafeBytes { briefcast_set_chunk(file, "LIST", $0.baseAddress, UInt32(list.count)) }
            guard status == SF_ERR_NO_ERROR else {
                throw .writeFailed(path: path, reason: String(cString: sf_error_number(status)))
            }
        }
        do {
            var limiter = PeakLimiter(gain: gain, ceiling: ceiling, sampleRate: sampleRate)
            try samples.forEachBlock { block in
                // One gain pass: the loudness was measured before.
                if !limiter.isIdentity { limiter.process(block) }
                let written = sf_write_short(file, block.baseAddress, sf_count_t(block.count))
                guard written == block.count else {
                    throw AudioFileError.writeFailed(path: path, reason: String(cString: sf_strerror(file)))
                }
            }
        } catch let error as AudioFileError {
            throw error
        } catch {
            throw .writeFailed(path: path, reason: error.localizedDescription)
        }
        closed = true
        let status = sf_close(file)
        guard status == 0 else { throw .writeFailed(path: path, reason: String(cString: sf_error_number(status))) }
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
