import Speech

/// What the renderer and its worker processes say to each other, one JSON object per line:
/// the setup, then one job per segment, in; the engine's ``EngineDescription``, then one result
/// per job, out, each result followed by its samples (`count` of them, 16-bit little-endian),
/// straight through the pipe — never through a file, whose fresh pages cost more than the copy.
enum WorkerMessage {
    struct Setup: Codable {
        /// The lexicon, as word–saying pairs.
        var lexicon: [[String]]
    }

    struct Job: Codable {
        var index: Int
        var text: String
        var name: String
        var role: String
        var voice: String
        var variant: String?
        var rate: Int
        var pitch: Int

        init(index: Int, text: String, profile: VoiceProfile) {
            self.index = index
            self.text = text
            name = profile.name
            role = profile.role.rawValue
            voice = profile.voice
            variant = profile.variant
            rate = profile.rate
            pitch = profile.pitch
        }

        var profile: VoiceProfile {
            VoiceProfile(
                name: name, role: VoiceProfile.Role(rawValue: role) ?? .narrator, voice: voice, variant: variant,
                rate: rate, pitch: pitch)
        }
    }

    struct Result: Codable {
        var index: Int
        /// The samples that follow the line (none when there is an error).
        var count: Int
        /// `[textOffset, length, sample]` per word.
        var words: [[Int]]
        var error: String?
    }
}
