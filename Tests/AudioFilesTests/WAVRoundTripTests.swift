@testable import AudioFiles
import Foundation
import TestSupport
import Testing

@Suite struct WAVRoundTripTests {
    static func temporaryFolder() throws -> URL {
        try TestFolder.make("wav")
    }

    /// Writes `frames` samples of a ramp with the given chapters and returns the file.
    static func write(frames: Int, chapters: [Chapter], metadata: AudioMetadata = AudioMetadata()) throws -> URL {
        let folder = try temporaryFolder()
        let ramp = (0..<frames).map { Int16(truncatingIfNeeded: $0 * 7) }
        let url = folder.appendingPathComponent("out.wav")
        try WAVWriter.write(ramp, sampleRate: 22_050, chapters: chapters, metadata: metadata, to: url)
        return url
    }

    @Test("chapters, tags and length read back exactly")
    func roundTrip() throws {
        let chapters = [
            Chapter(label: "Headline", sample: 0), Chapter(label: "Quote: Dmitry Peskov", sample: 12_345),
            Chapter(label: "Story, continued", sample: 40_000),
        ]
        let metadata = AudioMetadata(
            title: "Port Reopens", artist: "Ana Ruiz", date: "2026-11-20", software: "Briefcast test")
        let url = try Self.write(frames: 50_000, chapters: chapters, metadata: metadata)
        let contents = try WAVContents.read(url)
        #expect(contents.chapters == chapters)
        #expect(contents.frameCount == 50_000 && contents.sampleRate == 22_050 && contents.channels == 1)
        #expect(contents.tags["INAM"] == "Port Reopens" && contents.tags["IART"] == "Ana Ruiz")
        #expect(contents.tags["ICRD"] == "2026-11-20" && contents.tags["ISFT"]?.hasPrefix("Briefcast test") == true)
    }

    @Test("labels of every length mod 4, and non-ASCII, survive (the padding pitfalls)", arguments: 1...8)
    func labelPadding(lastLabelLength: Int) throws {
        let chapters = [
            Chapter(label: "Ab", sample: 0), Chapter(label: "Zoë Kravitz’s “quote”", sample: 100),
            Chapter(label: String(repeating: "x", count: lastLabelLength), sample: 200),
        ]
        let contents = try WAVContents.read(try Self.write(frames: 300, chapters: chapters))
        #expect(contents.chapters == chapters)
        #expect(WAVWriter.labelList(chapters.map(\.label)).count % 4 == 0)
    }

    @Test("ffprobe, a reader not written here, sees the same chapters")
    func ffprobe() throws {
        let chapters = [Chapter(label: "Headline", sample: 0), Chapter(label: "Story", sample: 22_050)]
        let url = try Self.write(frames: 44_100, chapters: chapters)
        let output = try FFprobe.chapters(of: url)
        #expect(
            output == [
                FFprobe.Chapter(start: 0, end: 22_050, title: "Headline"),
                .init(start: 22_050, end: 44_100, title: "Story"),
            ])
    }

    @Test("the gain goes on every sample, in place, as the limiter gives it")
    func gainInPlace() throws {
        // Longer than the writer's blocks, and loud enough at +9 dB for the limiter to act.
        let samples = (0..<150_000).map { Int16(truncatingIfNeeded: Int(20_000 * sin(Double($0) / 40))) }
        let url = try Self.temporaryFolder().appendingPathComponent("gain.wav")
        try WAVWriter.write(
            samples, sampleRate: 22_050,
            chapters: [Chapter(label: "Start", sample: 0), Chapter(label: "Later", sample: 99_999)],
            metadata: AudioMetadata(), gain: 9, ceiling: -1, to: url)
        var limiter = PeakLimiter(gain: 9, ceiling: -1, sampleRate: 22_050)
        var expected = samples
        expected.withUnsafeMutableBufferPointer { limiter.process($0) }
        let descriptor = open(url.path, O_RDONLY)
        defer { close(descriptor) }
        let data = try #require(try RIFFChunks(descriptor: descriptor).body["data"])
        var written = [Int16](repeating: 0, count: data.size / 2)
        _ = written.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, data.size, off_t(data.offset)) }
        #expect(written == expected)
        #expect(try WAVContents.read(url).chapters.map(\.sample) == [0, 99_999])
    }

    @Test("a long file's limiter pass, in parts at once, gives the samples of one pass", arguments: [1, 2, 3])
    func limitInParts(parts: Int) throws {
        // The limiter held down at both places the file splits into three: a full-scale burst
        // just before each, in a signal that keeps it busy throughout.
        var samples = (0..<150_000).map { Int16(truncatingIfNeeded: Int(12_000 * sin(Double($0) / 9))) }
        for split in [50_000, 100_000] {
            for index in (split - 40)..<split { samples[index] = index % 2 == 0 ? .max : .min }
        }
        let url = try Self.temporaryFolder().appendingPathComponent("parts.wav")
        try WAVWriter.write(samples, sampleRate: 22_050, chapters: [], metadata: AudioMetadata(), to: url)
        let limiter = PeakLimiter(gain: 9, ceiling: -1, sampleRate: 22_050)
        #expect(limiter.settlingLength < 50_000)
        let descriptor = open(url.path, O_RDWR)
        defer { close(descriptor) }
        let data = try #require(try RIFFChunks(descriptor: descriptor).body["data"])
        try WAVWriter.limit(bytes: data, with: limiter, descriptor: descriptor, parts: parts)
        var written = [Int16](repeating: 0, count: data.size / 2)
        _ = written.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, data.size, off_t(data.offset)) }
        let expected = PeakLimiterTests.reference(samples, gain: 9, ceiling: -1, sampleRate: 22_050)
        // The first few samples that differ, rather than 150,000 printed on a failure.
        let differing = samples.indices.filter { written[$0] != expected[$0] }.prefix(5)
        #expect(differing.map { [$0, Int(written[$0]), Int(expected[$0])] } == [])
    }

    @Test("a WAV written over a longer file is only as long as its own samples")
    func overLongerFile() throws {
        let url = try Self.write(frames: 100_000, chapters: [Chapter(label: "Start", sample: 0)])
        let short = (0..<10).map { Int16($0) }
        try WAVWriter.write(
            short, sampleRate: 22_050, chapters: [Chapter(label: "Start", sample: 0)], metadata: AudioMetadata(),
            to: url)
        let contents = try WAVContents.read(url)
        #expect(contents.frameCount == 10)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        #expect(size < 1_000)
    }

    @Test("over-long labels are cut at 254 bytes on a character boundary")
    func longLabel() throws {
        let label = String(repeating: "é", count: 200)
        let contents = try WAVContents.read(try Self.write(frames: 10, chapters: [Chapter(label: label, sample: 0)]))
        #expect(contents.chapters.first?.label == String(repeating: "é", count: 127))
    }

    @Test("reading a file that is not a WAV says so")
    func notWAV() throws {
        let url = try Self.temporaryFolder().appendingPathComponent("x.wav")
        try Data("hello, this is not RIFF".utf8).write(to: url)
        #expect(throws: AudioFileError.notWAV(path: url.path)) { try WAVContents.read(url) }
    }

    @Test("an output file appears only when committed")
    func outputFile() throws {
        let destination = try Self.temporaryFolder().appendingPathComponent("final.wav")
        let output = OutputFile(destination)
        try Data("partial".utf8).write(to: output.temporary)
        #expect(!FileManager.default.fileExists(atPath: destination.path))
        try output.commit()
        #expect(FileManager.default.fileExists(atPath: destination.path))
        #expect(!FileManager.default.fileExists(atPath: output.temporary.path))
    }

    @Test(
        "parts written from where they are make one file, replacing the old one; a folder that cannot take it is named")
    func outputParts() throws {
        let folder = try Self.temporaryFolder()
        let destination = folder.appendingPathComponent("entry.seg")
        try OutputFile.write(Data("old".utf8), to: destination)
        let header: [UInt8] = Array("BRCSEG01".utf8)
        let samples: [Int16] = [1, -2, 300]
        try header.withUnsafeBytes { header in
            try samples.withUnsafeBytes { samples in try OutputFile.write([header, samples], to: destination) }
        }
        #expect(try Data(contentsOf: destination) == Data("BRCSEG01".utf8) + Data([1, 0, 0xFE, 0xFF, 0x2C, 0x01]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["entry.seg"])
        let missing = folder.appendingPathComponent("no such folder/entry.seg")
        #expect(throws: AudioFileError.cannotCreate(path: missing.path, reason: "No such file or directory")) {
            try OutputFile.write(Data("x".utf8), to: missing)
        }
    }
}
