extension VoiceLibrary {
    /// The library at a listener's pace: the narrator at `wordsPerMinute`, every other voice
    /// scaled by the same factor, so a headline read slower than the story stays slower —
    /// each within what espeak-ng can do (80–450 words a minute).
    public func atRate(_ wordsPerMinute: Int) -> VoiceLibrary {
        let factor = Double(wordsPerMinute) / Double(max(narrator.rate, 1))
        func scaled(_ profile: VoiceProfile) -> VoiceProfile {
            var profile = profile
            let rate = Int((Double(profile.rate) * factor).rounded())
            profile.rate = min(max(rate, VoiceProfile.rates.lowerBound), VoiceProfile.rates.upperBound)
            return profile
        }
        var library = self
        library.narrator = scaled(narrator)
        library.headline = scaled(headline)
        library.quote = scaled(quote)
        library.speakers = speakers.map(scaled)
        return library
    }
}
