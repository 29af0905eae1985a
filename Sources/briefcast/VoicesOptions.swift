import ArgumentParser
import Rendering
import Speech

/// Where the voice profiles are read from.
struct VoicesOptions: ParsableArguments {
    @Option(
        name: .customLong("voices"),
        help: ArgumentHelp(
            "The voice profiles folder.",
            discussion: "Default: $BRIEFCAST_VOICES, else ./Voices, else the Voices folder of the installation.",
            valueName: "dir"
        )
    )
    var directory: String?

    func load() throws -> VoiceLibrary {
        try VoiceLibrary.load(from: VoicesFolder.locate(explicit: directory))
    }
}
