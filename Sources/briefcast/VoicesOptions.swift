import ArgumentParser
import Foundation
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

    @Option(
        name: .customLong("lexicon"),
        help: ArgumentHelp("A pronunciation lexicon to add to Voices/lexicon (repeatable).", valueName: "file")
    )
    var lexicons: [String] = []

    func load() throws -> VoiceLibrary {
        try VoiceLibrary.load(from: VoicesFolder.locate(explicit: directory))
    }

    /// `Voices/lexicon` (when there is one) and the user's own, later ones winning.
    func lexicon() throws -> Lexicon {
        try VoicesFolder.lexicon(in: VoicesFolder.locate(explicit: directory), adding: lexicons)
    }
}
