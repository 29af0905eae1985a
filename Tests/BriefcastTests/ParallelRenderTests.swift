import ArticleReading
import AudioFiles
import Foundation
import Rendering
import Scripting
import Speech
import TestSupport
import Testing

/// Speaking in worker processes and through the segment cache: the same sound, every time,
/// and nothing spoken twice.
@Suite(.serialized) struct ParallelRenderTests {
    static let voices = Fixtures.packageRoot.appendingPathComponent("Voices")

    static func script() throws -> Script {
        ScriptWriter.script(for: try ArticleLoader.load(Fixtures.path("seed-article.txt")))
    }

    static func render(workers: Int?, cache: SegmentCache?, executable: URL = BriefcastBinary.url) throws -> (
        Data, RenderedAudio
    ) {
        let destination = try BriefcastBinary.temporaryFolder().appendingPathComponent("seed.wav")
        var renderer = AudioRenderer(engine: try SpeechEngine.shared(), voices: try VoiceLibrary.load(from: voices))
        let pool = try workers.map { try SynthesisWorkers(executable: executable, count: $0).start() }
        defer { pool?.finish() }
        renderer.workers = pool
        renderer.cache = cache
        let rendered = try renderer.render(try script(), to: destination)
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: destination.deletingLastPathComponent().path
        )
        .filter { $0.hasPrefix(".") && !$0.hasSuffix(".render") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
        return (try Data(contentsOf: destination), rendered)
    }

    @Test("two runs with two workers give the same bytes; one worker or none, the same chapters and length")
    func deterministic() throws {
        let (first, twoWorkers) = try Self.render(workers: 2, cache: nil)
        let (second, _) = try Self.render(workers: 2, cache: nil)
        // (Compared as a Bool: a failing comparison of two 9 MB values would be diffed for ages.)
        let same = first == second
        #expect(same)
        let (_, inProcess) = try Self.render(workers: nil, cache: nil)
        #expect(twoWorkers.chapters.map(\.label) == inProcess.chapters.map(\.label))
        // espeak-ng carries a little waveform state from one utterance to the next in a process,
        // so a segment can differ by a few samples with what the same process spoke before it —
        // in this test process, after every other test's voices, by a little more.
        #expect(abs(twoWorkers.frameCount - inProcess.frameCount) < inProcess.frameCount / 100)
    }

    @Test("a warm cache speaks nothing: with workers that cannot even start, the output is the cold one")
    func warmCache() throws {
        let cache = SegmentCache(folder: try BriefcastBinary.temporaryFolder())
        let (cold, _) = try Self.render(workers: 2, cache: cache)
        let (warm, _) = try Self.render(workers: 2, cache: cache, executable: URL(fileURLWithPath: "/bin/false"))
        let same = warm == cold
        #expect(same)
    }

    @Test("workers that fail leave their segments to this process; the render still succeeds")
    func failingWorkers() throws {
        let (_, rendered) = try Self.render(workers: 2, cache: nil, executable: URL(fileURLWithPath: "/bin/false"))
        let (_, inProcess) = try Self.render(workers: nil, cache: nil)
        #expect(rendered.chapters.map(\.label) == inProcess.chapters.map(\.label))
        #expect(abs(rendered.frameCount - inProcess.frameCount) < inProcess.frameCount / 100)
    }

    @Test("a damaged cache entry is noticed, removed and made again, never played")
    func damagedEntry() throws {
        let folder = try BriefcastBinary.temporaryFolder()
        let cache = SegmentCache(folder: folder)
        let (cold, _) = try Self.render(workers: nil, cache: cache)
        let entries = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "seg" }
        // 25 spoken segments, two of them the same words in the same voice: one entry.
        #expect(entries.count == 24)
        // One entry cut short, one with a sample flipped.
        let cut = entries[0]
        try Data(try Data(contentsOf: cut).dropLast(100)).write(to: cut)
        var flipped = try Data(contentsOf: entries[1])
        flipped[flipped.count - 10] ^= 0xFF
        try flipped.write(to: entries[1])
        #expect(cache.audio(for: cut.deletingPathExtension().lastPathComponent) == nil)
        #expect(!FileManager.default.fileExists(atPath: cut.path))
        let (again, _) = try Self.render(workers: nil, cache: cache)
        #expect(abs(again.count - cold.count) < cold.count / 100)
        #expect(cache.audio(for: entries[1].deletingPathExtension().lastPathComponent) != nil)
    }

    @Test("segments are dealt longest first to the least loaded worker, each worker in script order")
    func deal() {
        let profile = VoiceProfile(name: "n", role: .narrator, voice: "en-us")
        let jobs = [30, 10, 25, 5, 20].enumerated().map {
            SynthesisWorkers.Job(index: $0.offset, text: String(repeating: "a", count: $0.element), profile: profile)
        }
        let shares = SynthesisWorkers.deal(jobs, among: 2).map { $0.map(\.index) }
        #expect(shares == [[0, 1, 3], [2, 4]])
    }
}

/// An unchanged output is reused whole; any change renders it anew.
@Suite struct RenderReuseTests {
    @Test("a second run with the same script reuses the file; another rate, a touched file or no cache do not")
    func reuse() throws {
        let folder = try BriefcastBinary.temporaryFolder()
        let output = folder.appendingPathComponent("seed.wav").path
        let seed = Fixtures.path("seed-article.txt")
        #expect(try BriefcastBinary.run(["article", seed, "-o", output]).status == 0)
        let first = try FileManager.default.attributesOfItem(atPath: output)[.modificationDate] as? Date
        #expect(try BriefcastBinary.run(["article", seed, "-o", output]).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: output)[.modificationDate] as? Date == first)
        #expect(try BriefcastBinary.run(["article", seed, "-o", output, "--rate", "200"]).status == 0)
        let faster = try FileManager.default.attributesOfItem(atPath: output)[.modificationDate] as? Date
        #expect(faster != first)
        #expect(try BriefcastBinary.run(["article", seed, "-o", output, "--rate", "200", "--no-cache"]).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: output)[.modificationDate] as? Date != faster)
    }
}
