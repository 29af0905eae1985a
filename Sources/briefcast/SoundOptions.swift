import ArgumentParser
import AudioFiles

/// What the rendered file sounds like and what goes beside it, for `article` and `daily`.
struct SoundOptions: ParsableArguments {
    @Option(
        name: .customLong("audio-format"),
        help: ArgumentHelp(
            "wav, mp3 or opus (default: the -o file's extension, or the config's; else wav).", valueName: "format")
    )
    var audioFormat: AudioFormat?

    @Option(help: ArgumentHelp("The narrator's words per minute (80-450); other voices keep pace.", valueName: "wpm"))
    var rate: Int?

    @Flag(help: "Also write SubRip subtitles (NAME.srt) beside the WebVTT transcript.")
    var srt = false

    func validate() throws {
        if let rate, !(80...450).contains(rate) {
            throw ValidationError("--rate must be between 80 and 450 words a minute")
        }
    }
}

extension AudioFormat: ExpressibleByArgument {}
