import Scripting

/// Gives each person quoted in a script (or a briefing) a voice of their own from the speaker pool: a voice of
/// their gender when the article makes it clear and the pool has one free, no voice twice while
/// any is free, the narrator's never.
public struct VoiceCasting: Equatable, Sendable {
    /// Speaker number (from ``VoiceRole/speaker(_:)``) → profile.
    public private(set) var profiles: [Int: VoiceProfile] = [:]

    public init(segments: [Segment], library: VoiceLibrary) {
        var genders: [Int: Gender] = [:]
        var order: [Int] = []
        for segment in segments where segment.kind == .quote {
            guard case .speaker(let number) = segment.voice else { continue }
            if !order.contains(number) { order.append(number) }
            if genders[number] == nil, let gender = segment.gender { genders[number] = gender }
        }
        var used: Set<String> = []
        for number in order {
            let free = library.speakers.filter { !used.contains($0.name) }
            let profile =
                free.first { $0.gender != nil && $0.gender == genders[number] }
                ?? (genders[number] == nil ? free.first : nil)
                ?? free.first
                ?? library.speakers[(number - 1) % library.speakers.count]
            used.insert(profile.name)
            profiles[number] = profile
        }
    }

    /// The profile for a segment's voice role.
    public func profile(for role: VoiceRole, in library: VoiceLibrary) -> VoiceProfile {
        if case .speaker(let number) = role, let profile = profiles[number] { return profile }
        return library.profile(for: role)
    }
}
