import ArgumentParser
import Speech

struct VoicesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "voices",
        abstract: "List the voice profiles and the voices espeak-ng offers."
    )

    @OptionGroup var voices: VoicesOptions

    @Flag(help: "Also list espeak-ng's voices for every language (default: English only).")
    var all = false

    func run() throws {
        let library = try voices.load()
        print("Voice profiles in \(library.directory):")
        for profile in library.profiles {
            print(
                "  \(profile.name.padded(to: 12)) \(profile.role.rawValue.padded(to: 9)) \(profile.engineVoiceName.padded(to: 22)) rate \(profile.rate), pitch \(profile.pitch)"
            )
        }
        let engineVoices = try SpeechEngine.shared().voices()
        let languages = engineVoices.filter { !$0.isVariant && (all || $0.identifier.hasPrefix("en")) }
        print("\nespeak-ng voices\(all ? "" : " (English; --all for every language)"):")
        for voice in languages {
            print("  \(voice.identifier.padded(to: 18)) \(voice.gender)  \(voice.name)")
        }
        print("\nespeak-ng variants (add to a voice as variant: NAME):")
        let variants = engineVoices.filter(\.isVariant).map(\.identifier)
        print("  " + variants.joined(separator: " "))
    }
}

extension String {
    func padded(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
