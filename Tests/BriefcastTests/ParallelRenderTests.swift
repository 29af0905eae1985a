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

    static func render(
        workers: Int?, cache: SegmentCache?, executable: URL = BriefcastBinary.url, stallSeconds: Double? = nil
    ) throws -> (Data, RenderedAudio) {
        let destination = try TestFolder.make().appendingPathComponent("seed.wav")
        var renderer = AudioRenderer(engine: try SpeechEngine.shared(), voices: try VoiceLibrary.load(from: voices))
        let pool = try workers.map { count in
            var workers = SynthesisWorkers(executable: executable, count: count)
            if let stallSeconds {
                workers.stallSeconds = stallSeconds
                workers.stallSecondsPerByte = 0
            }
            return try workers.start()
        }
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

    @Test("the first worker describes the engine as this process's own engine does; without it, this process's is used")
    func engineDescription() throws {
        let own = try SpeechEngine.shared().describe()
        #expect(own.voices.contains { $0.identifier == "en-gb" } && own.voices.contains { $0.isVariant })
        let pool = try SynthesisWorkers(executable: BriefcastBinary.url, count: 2).start()
        defer { pool.finish() }
        #expect(pool.engineDescription() == own)
        let engine = try SpeakingEngine(workers: pool)
        #expect(engine.description == own && !(engine.synthesizer is SpeechEngine))
        // A worker that cannot start says nothing: the render uses (and so reports on) its own.
        let broken = try SynthesisWorkers(executable: URL(fileURLWithPath: "/bin/false"), count: 1).start()
        defer { broken.finish() }
        #expect(broken.engineDescription() == nil)
        let fallback = try SpeakingEngine(workers: broken)
        #expect(fallback.description == own && fallback.synthesizer is SpeechEngine)
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
        let cache = SegmentCache(folder: try TestFolder.make())
        let (cold, _) = try Self.render(workers: 2, cache: cache)
        let (warm, _) = try Self.render(workers: 2, cache: cache, executable: URL(fileURLWithPath: "/bin/false"))
        let same = warm == cold
        #expect(same)
    }

    /// A stand-in worker: a shell script run as `SCRIPT worker` (`SCRIPT worker --describe`, the
    /// first).
    static func worker(_ name: String, _ body: String) throws -> URL {
        let script = try TestFolder.make().appendingPathComponent(name)
        try "#!/bin/sh\n\(body)\n".write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)
        return script
    }

    @Test("a worker that crashes has its segments spoken by a fresh one: the render succeeds, whole")
    func crashOnce() throws {
        let marker = try TestFolder.make().appendingPathComponent("crashed")
        let script = try Self.worker(
            "bcw-crash-once",
            """
            if [ ! -e '\(marker.path)' ]; then : > '\(marker.path)'; read setup; read job; kill -SEGV $$; fi
            exec '\(BriefcastBinary.url.path)' "$@"
            """)
        let (_, rendered) = try Self.render(workers: 2, cache: nil, executable: script)
        let (_, inProcess) = try Self.render(workers: nil, cache: nil)
        #expect(FileManager.default.fileExists(atPath: marker.path))
        #expect(rendered.chapters.map(\.label) == inProcess.chapters.map(\.label))
        #expect(abs(rendered.frameCount - inProcess.frameCount) < inProcess.frameCount / 100)
    }

    @Test(
        "a segment whose worker fails twice fails the render, naming the segment and what happened; no worker is left",
        arguments: [
            ("bcw-crash", "read setup; read job; kill -SEGV $$", "crashed (signal 11, SIGSEGV)", "bcw-crash"),
            ("bcw-exit", "exit 3", "exited with status 3", "bcw-exit"),
            ("bcw-hang", "exec sleep 600", "stopped answering (nothing in 1 s)", "sleep"),
        ])
    func failsTwice(name: String, body: String, problem: String, command: String) throws {
        let script = try Self.worker(name, body)
        do {
            _ = try Self.render(workers: 2, cache: nil, executable: script, stallSeconds: 1)
            Issue.record("the render succeeded")
        } catch {
            let message = error.localizedDescription
            #expect(message.contains("segment 1 (“"), "\(message)")
            #expect(message.contains(problem + ", and again on a second try"), "\(message)")
        }
        #expect(ProcessTable.children(of: getpid()).filter { $0.name == command }.isEmpty)
    }

    @Test("a damaged cache entry is noticed, removed and made again, never played")
    func damagedEntry() throws {
        let folder = try TestFolder.make()
        let cache = SegmentCache(folder: folder)
        let (cold, _) = try Self.render(workers: nil, cache: cache)
        let entries = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "seg" }
        // 26 spoken segments, two of them the same words in the same voice: one entry.
        #expect(entries.count == 25)
        // One entry cut short, one with a sample flipped.
        let cut = entries[0]
        try Data(try Data(contentsOf: cut).dropLast(100)).write(to: cut)
        var flipped = try Data(contentsOf: entries[1])
        flipped[flipped.count - 10] ^= 0xFF
        try flipped.write(to: entries[1])
        #expect(cache.audio(for: cut.deletingPathExtension().lastPathComponent) == nil)
        #expect(!FileManager.default.fileExists(atPath: cut.path))
        // The flipped one is found on the render's way, reported, and spoken again.
        let (again, rendered) = try Self.render(workers: nil, cache: cache)
        #expect(rendered.damagedCacheEntries == 1)
        #expect(abs(again.count - cold.count) < cold.count / 100)
        #expect(cache.audio(for: entries[1].deletingPathExtension().lastPathComponent) != nil)
    }

    @Test("segments are dealt in script order to the worker with the least (time to say) so far; each speaks in order")
    func deal() {
        let profile = VoiceProfile(name: "n", role: .narrator, voice: "en-us")
        let jobs = [30, 10, 25, 5, 20].enumerated().map {
            SynthesisWorkers.Job(index: $0.offset, text: String(repeating: "a", count: $0.element), profile: profile)
        }
        let shares = SynthesisWorkers.deal(jobs, among: 2).map { $0.map(\.index) }
        #expect(shares == [[0, 3, 4], [1, 2]])
        // A voice at half the rate takes twice as long to say as many bytes.
        let slow = VoiceProfile(name: "s", role: .headline, voice: "en-us", rate: 85)
        let timed = [slow, profile, profile].enumerated().map {
            SynthesisWorkers.Job(index: $0.offset, text: String(repeating: "a", count: 20), profile: $0.element)
        }
        #expect(SynthesisWorkers.deal(timed, among: 2).map { $0.map(\.index) } == [[0], [1, 2]])
    }
}

/// An unchanged output is reused whole; any change renders it anew.
@Suite struct RenderReuseTests {
    @Test("a garbled or cut-short render record is not trusted: the file is made anew and the record rewritten")
    func damagedRecord() throws {
        let folder = try TestFolder.make()
        let output = folder.appendingPathComponent("seed.wav")
        let record = RenderRecord.url(for: output)
        let arguments = ["article", Fixtures.path("seed-article.txt"), "-o", output.path]
        #expect(try BriefcastBinary.run(arguments).status == 0)
        let whole = try Data(contentsOf: record)
        for damaged in [Data("{\"key\": 3, garbage".utf8), whole.prefix(whole.count / 2)] {
            try damaged.write(to: record)
            let before = try FileManager.default.attributesOfItem(atPath: output.path)[.modificationDate] as? Date
            Thread.sleep(forTimeInterval: 0.01)
            #expect(try BriefcastBinary.run(arguments).status == 0)
            #expect(try FileManager.default.attributesOfItem(atPath: output.path)[.modificationDate] as? Date != before)
            #expect((try? JSONDecoder().decode(RenderRecord.self, from: Data(contentsOf: record))) != nil)
        }
    }

    @Test("a second run with the same script reuses the file; another rate, a touched file or no cache do not")
    func reuse() throws {
        let folder = try TestFolder.make()
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
