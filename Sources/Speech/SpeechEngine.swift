import CEspeakNG
import Foundation

/// The espeak-ng library, opened and initialised once per process, on first use, and used by
/// one caller at a time.
///
/// The engine keeps all synthesis state in process globals and is not thread-safe, so every
/// call takes a lock; parallel speech needs worker processes, not threads.
public final class SpeechEngine: Synthesizer, @unchecked Sendable {
    /// The audio sample rate of the built-in voices (22,050 Hz).
    public let sampleRate: Int
    /// The library's version ("1.51"), which cached audio is keyed by.
    public let version: String
    private let espeak: briefcast_espeak
    private let lock = NSLock()

    private static let initialised: Result<SpeechEngine, SpeechError> = {
        guard let espeak = EspeakLibrary.shared?.functions else {
            return .failure(
                .engineUnavailable("the espeak-ng library cannot be opened (is the libespeak-ng1 package installed?)"))
        }
        let rate = espeak.Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nil, Int32(espeakINITIALIZE_DONT_EXIT))
        guard rate > 0 else {
            return .failure(.engineUnavailable("no voice data found (is the espeak-ng-data package installed?)"))
        }
        espeak.SetSynthCallback(synthesisCallback)
        // An <audio> element must never make the library open a file or run a program.
        espeak.SetUriCallback { _, _, _ in 1 }
        var path: UnsafePointer<CChar>?
        let version = espeak.Info(&path).map { String(cString: $0) } ?? "unknown"
        return .success(SpeechEngine(espeak: espeak, sampleRate: Int(rate), version: version))
    }()

    /// Voice files by the language names profiles use ("en-gb" → "gmw/en"): selecting a voice
    /// by its language alone fails in the library for some voices. Made from one listing of the
    /// voices, when first needed — a listing reads every one of espeak-ng's 360 voice files.
    private var files: [String: String]?
    /// Every voice and variant, for ``voices()``: a second listing, of the variants.
    private var installedVoices: [EngineVoice]?

    private init(espeak: briefcast_espeak, sampleRate: Int, version: String) {
        self.espeak = espeak
        self.sampleRate = sampleRate
        self.version = version
    }

    /// The process's engine, started on first use.
    public static func shared() throws(SpeechError) -> SpeechEngine {
        try initialised.get()
    }

    /// Starts the engine on a thread of its own (loading its data and listing its voices takes
    /// some 10 ms), so that it is ready when ``shared()`` is first called.
    public static func preload() {
        Thread { _ = try? shared().voices() }.start()
    }

    /// Every voice and variant espeak-ng has installed (mbrola voices, which need a separate
    /// engine Debian does not ship, are left out).
    public func voices() -> [EngineVoice] {
        lock.withLock {
            if let installedVoices { return installedVoices }
            // Listing by a spec replaces the library's voice list, which voice selection then
            // searches; listing everything afterwards puts the full list back.
            let variants = "variant".withCString { language in
                var spec = espeak_VOICE()
                spec.languages = language
                return list(&spec)
            }
            let voices = list(nil)
            if files == nil { files = Self.files(of: voices) }
            let all = voices.filter { !$0.isVariant } + variants.filter(\.isVariant)
            installedVoices = all
            return all
        }
    }

    /// The engine's version, sample rate and voices (two listings: voices, variants). Listing
    /// the voices makes selecting one need no listing later.
    public func describe() -> EngineDescription {
        EngineDescription(version: version, sampleRate: sampleRate, voices: voices())
    }

    /// Lists the voices now (once), so that selecting one needs no listing: a worker does this
    /// while it waits for its jobs, rather than in its first job, which the render waits for.
    public func prepareVoiceSelection() {
        lock.withLock { _ = voiceFiles() }
    }

    /// The voice files by language, listed on first use; called with `lock` held.
    private func voiceFiles() -> [String: String] {
        if let files { return files }
        let listed = Self.files(of: list(nil))
        files = listed
        return listed
    }

    private static func files(of voices: [EngineVoice]) -> [String: String] {
        var files: [String: String] = [:]
        for voice in voices where !voice.isVariant {
            for language in voice.languages where files[language] == nil { files[language] = voice.file }
        }
        return files
    }

    private func list(_ spec: UnsafeMutablePointer<espeak_VOICE>?) -> [EngineVoice] {
        var voices: [EngineVoice] = []
        guard var cursor = espeak.ListVoices(spec) else { return [] }
        while let voice = cursor.pointee {
            let identifier = voice.pointee.identifier.map { String(cString: $0) } ?? ""
            cursor += 1
            guard !identifier.hasPrefix("mb/") else { continue }
            let isVariant = identifier.hasPrefix("!v/")
            voices.append(
                EngineVoice(
                    identifier: isVariant
                        ? String(identifier.dropFirst(3)) : Self.firstLanguage(voice.pointee.languages),
                    file: identifier,
                    name: voice.pointee.name.map { String(cString: $0) } ?? identifier,
                    languages: Self.languages(voice.pointee.languages),
                    gender: ["-", "M", "F"][Int(min(voice.pointee.gender, 2))],
                    isVariant: isVariant
                )
            )
        }
        return voices
    }

    /// Speaks `text` in `profile`'s voice, streaming samples into `sink` as they are made.
    /// The text is escaped, so it is always spoken as text and never read as markup; only the
    /// lexicon's own entries can hand the engine phonemes.
    public func speak(
        _ text: String,
        as profile: VoiceProfile,
        lexicon: Lexicon,
        into sink: any SampleSink
    ) throws -> Utterance {
        let engineText = EngineText(text, lexicon: lexicon)
        return try lock.withLock {
            try select(profile)
            let context = SynthesisContext(sink: sink)
            let unmanaged = Unmanaged.passRetained(context)
            defer { unmanaged.release() }
            let status = engineText.escaped.withCString { pointer in
                espeak.Synth(
                    pointer, strlen(pointer) + 1, 0, POS_CHARACTER, 0,
                    // Phoneme input only when the lexicon put phonemes in: article brackets never
                    // reach the engine as a pair (see EngineText).
                    UInt32(espeakCHARS_UTF8) | UInt32(espeakSSML)
                        | (engineText.hasPhonemes ? UInt32(espeakPHONEMES) : 0),
                    nil, unmanaged.toOpaque()
                )
            }
            if let error = context.error { throw error }
            guard status == EE_OK else { throw SpeechError.synthesisFailed("status \(status.rawValue)") }
            let words = context.words.map {
                SpokenWord(
                    textOffset: engineText.originalOffset(ofEscaped: $0.textOffset),
                    length: engineText.originalOffset(ofEscaped: $0.textOffset + $0.length - 1)
                        - engineText.originalOffset(ofEscaped: $0.textOffset) + 1,
                    sample: $0.sample
                )
            }
            return Utterance(sampleCount: context.sampleCount, words: words)
        }
    }

    /// The engine's phonemes for `text` in `profile`'s voice, in espeak-ng's own notation (the
    /// one a lexicon entry's `[[…]]` takes).
    public func phonemes(for text: String, as profile: VoiceProfile) throws -> String {
        try lock.withLock {
            try select(profile)
            var pieces: [String] = []
            try text.withCString { start in
                var cursor: UnsafeRawPointer? = UnsafeRawPointer(start)
                while let current = cursor, current.load(as: UInt8.self) != 0 {
                    guard let phonemes = espeak.TextToPhonemes(&cursor, Int32(espeakCHARS_UTF8), 0) else {
                        throw SpeechError.synthesisFailed("no phonemes for \"\(text)\"")
                    }
                    pieces.append(String(cString: phonemes).trimmingCharacters(in: .whitespaces))
                }
            }
            return pieces.filter { !$0.isEmpty }.joined(separator: " ")
        }
    }

    /// The profile the engine is set to, so consecutive segments in one voice skip reloading it.
    private var selected: VoiceProfile?

    private func select(_ profile: VoiceProfile) throws(SpeechError) {
        guard profile != selected else { return }
        selected = nil
        let file = voiceFiles()[profile.voice] ?? profile.voice
        guard espeak.SetVoiceByName(profile.variant.map { "\(file)+\($0)" } ?? file) == EE_OK else {
            throw .unknownVoice(profile.engineVoiceName)
        }
        _ = espeak.SetParameter(espeakRATE, Int32(profile.rate), 0)
        _ = espeak.SetParameter(espeakPITCH, Int32(profile.pitch), 0)
        selected = profile
    }

    private static func languages(_ pointer: UnsafePointer<CChar>?) -> [String] {
        guard var cursor = pointer else { return [] }
        var result: [String] = []
        // Each entry is a priority byte, then a NUL-terminated name; an empty name ends the list.
        while cursor.pointee != 0 {
            cursor += 1
            let name = String(cString: cursor)
            guard !name.isEmpty else { break }
            result.append(name)
            cursor += name.utf8.count + 1
        }
        return result
    }

    private static func firstLanguage(_ pointer: UnsafePointer<CChar>?) -> String {
        languages(pointer).first ?? ""
    }
}

/// What one synthesis call is collecting; reached from the C callback through `user_data`.
private final class SynthesisContext {
    let sink: any SampleSink
    var sampleCount = 0
    var words: [SpokenWord] = []
    var error: (any Error)?

    init(sink: any SampleSink) {
        self.sink = sink
    }
}

/// The engine's synth callback: must not capture, so it finds its context in the events.
private func synthesisCallback(
    _ samples: UnsafeMutablePointer<Int16>?,
    _ count: Int32,
    _ events: UnsafeMutablePointer<espeak_EVENT>?
) -> Int32 {
    guard let events, let userData = events.pointee.user_data else { return 0 }
    let context = Unmanaged<SynthesisContext>.fromOpaque(userData).takeUnretainedValue()
    var event = events
    while event.pointee.type != espeakEVENT_LIST_TERMINATED {
        if event.pointee.type == espeakEVENT_WORD {
            // text_position counts from 1.
            context.words.append(
                SpokenWord(
                    textOffset: Int(event.pointee.text_position) - 1,
                    length: Int(event.pointee.length),
                    sample: Int(event.pointee.sample)
                )
            )
        }
        event += 1
    }
    guard let samples, count > 0 else { return 0 }
    do {
        try context.sink.write(UnsafeBufferPointer(start: samples, count: Int(count)))
        context.sampleCount += Int(count)
        return 0
    } catch {
        context.error = error
        return 1
    }
}
