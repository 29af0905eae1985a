extension VoiceLibrary {
    /// The engine voice that speaks `language` ("fr", "pt-BR"): an exact match first, then one
    /// for the language without its region. Nil when the engine has none.
    public static func engineVoice(for language: String, among voices: [EngineVoice]) -> EngineVoice? {
        let tag = language.lowercased()
        let primary = String(tag.split(separator: "-").first ?? "")
        let candidates = voices.filter { !$0.isVariant }
        // "fr" is best read by fr-fr, not by the first voice that also lists fr (fr-be).
        return candidates.first { $0.identifier == tag }
            ?? candidates.first { $0.identifier == "\(primary)-\(primary)" || $0.identifier == primary }
            ?? candidates.first { $0.languages.contains(tag) }
            ?? candidates.first { $0.languages.contains(primary) }
    }

    /// The same profiles speaking another engine voice (variants, rates and pitches kept), for
    /// an article in another language.
    public func speaking(_ voice: String) -> VoiceLibrary {
        func switched(_ profile: VoiceProfile) -> VoiceProfile {
            var profile = profile
            profile.voice = voice
            return profile
        }
        var library = self
        library.narrator = switched(narrator)
        library.headline = switched(headline)
        library.quote = switched(quote)
        library.speakers = speakers.map(switched)
        return library
    }
}
