import ArgumentParser
import AudioFiles
import ArticleReading
import Foundation
import Rendering
import Scripting
import Speech

struct ArticleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "article",
        abstract: "Render one article to a WAV file with chapter markers.",
        discussion: "Prints the path of the file written. Nothing is left behind if it fails."
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var scriptOptions: ScriptOptions

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Where to write the WAV.",
            discussion: """
                Default: Output/<yyyy-mm-dd>-<slug-of-headline>.wav (the article's date, else today's); \
                a folder puts that name inside it.
                """,
            valueName: "file.wav"
        )
    )
    var output: String?

    @OptionGroup var sound: SoundOptions

    @Flag(help: "Play the file afterwards with paplay, aplay or ffplay, whichever is installed first.")
    var play = false

    @Option(help: "Integrated loudness to normalise to, in LUFS (dual mono; -16 suits podcasts).")
    var loudness: Double = -16

    @Flag(name: .customLong("no-normalize"), help: "Keep the engine's own level instead of normalising loudness.")
    var keepLevel = false

    @OptionGroup var voices: VoicesOptions

    @OptionGroup var speed: SpeedOptions

    func validate() throws {
        if let audioFormat = sound.audioFormat, let output, let named = AudioFormat(fileName: output),
            named != audioFormat
        {
            throw ValidationError("--audio-format \(audioFormat.rawValue) does not match the file name \(output)")
        }
        guard (-40.0 ... -5.0).contains(loudness) else {
            throw ValidationError("--loudness must be between -40 and -5 LUFS")
        }
    }

    func run() throws {
        Interruption.handle()
        let player = play ? AudioPlayer.find() : nil
        if play && player == nil { throw PlaybackError.noPlayer }
        let workers = try speed.startWorkers()
        defer { workers?.finish() }
        if workers == nil { SpeechEngine.preload() }
        // The voices, the lexicon and the engine's description (which the first worker sends once
        // it has loaded the engine) are made ready beside the reading and the script.
        let voices = self.voices
        let ready = Background { () throws -> (VoiceLibrary, Lexicon, EngineDescription?) in
            (try voices.load(), try voices.lexicon(), workers?.engineDescription())
        }
        let article = try ArticleLoader.load(input.input, format: input.format, cache: speed.readings)
        let script = ScriptWriter.script(for: article, summarySentences: scriptOptions.summarySentences)
        var (library, lexicon, described) = try ready.value()
        let engine = try SpeakingEngine(described: described)
        try library.check(against: engine.description.voices)
        if let voice = LanguageWarning.check(article, from: input.input, voices: engine.description.voices) {
            library = library.speaking(voice)
        }
        let format = sound.audioFormat ?? output.flatMap(AudioFormat.init(fileName:)) ?? .wav
        let destination = try destination(for: article, format: format)
        // Temporaries of runs killed outright (nothing could remove them then).
        StaleTemporaries.remove(in: destination.deletingLastPathComponent())
        if let rate = sound.rate { library = library.atRate(rate) }
        var renderer = AudioRenderer(
            engine: engine.synthesizer, voices: library, lexicon: lexicon,
            loudness: keepLevel ? nil : loudness,
            format: format
        )
        renderer.subtitles = sound.srt
        renderer.workers = workers
        renderer.cache = speed.cache
        let rendered = try renderer.render(script, to: destination)
        if rendered.damagedCacheEntries > 0 {
            FileHandle.standardError.write(
                Data(
                    "warning: \(rendered.damagedCacheEntries) damaged segment-cache entries were removed and spoken again\n"
                        .utf8))
        }
        print(rendered.url)
        try player?.play(rendered.url)
    }

    /// `-o FILE`, or the default name inside `-o FOLDER` or `Output/`.
    private func destination(for article: Article, format: AudioFormat) throws -> URL {
        var isFolder: ObjCBool = false
        if let output, !(FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) && isFolder.boolValue) {
            let file = URL(fileURLWithPath: output)
            let folder = file.deletingLastPathComponent()
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                throw AudioFileError.cannotCreate(path: output, reason: "the folder \(folder.path) does not exist")
            }
            return file
        }
        let folder = URL(fileURLWithPath: output ?? "Output")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(OutputName.fileName(for: article, extension: format.fileExtension))
    }
}
