import Foundation
import Scripting
import Yams

/// The voice profiles in a `Voices/` folder: a narrator, a headline voice, a voice for
/// unattributed quotes and a pool that quoted people are given voices from.
public struct VoiceLibrary: Equatable, Sendable {
    public var directory: String
    public var narrator: VoiceProfile
    public var headline: VoiceProfile
    public var quote: VoiceProfile
    /// In file-name order; the n-th person quoted gets the n-th (wrapping round).
    public var speakers: [VoiceProfile]

    public var profiles: [VoiceProfile] { [narrator, headline, quote] + speakers }

    /// The profile that speaks a segment of `role`.
    public func profile(for role: VoiceRole) -> VoiceProfile {
        switch role {
        case .narrator: narrator
        case .headline: headline
        case .quote: quote
        case .speaker(let number): speakers[(max(number, 1) - 1) % speakers.count]
        }
    }

    /// Reads every `*.yml` profile in `directory`.
    public static func load(from directory: URL) throws(VoiceProfileError) -> VoiceLibrary {
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
                .filter { ["yml", "yaml"].contains($0.pathExtension) }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw .directoryMissing(path: directory.path)
        }
        var byRole: [VoiceProfile.Role: (VoiceProfile, String)] = [:]
        var speakers: [VoiceProfile] = []
        for file in files {
            let profile = try VoiceProfileFile.read(file)
            if profile.role == .speaker {
                speakers.append(profile)
            } else if let (_, other) = byRole[profile.role] {
                throw .duplicateRole(path: file.path, role: profile.role.rawValue, other: other)
            } else {
                byRole[profile.role] = (profile, file.lastPathComponent)
            }
        }
        func required(_ role: VoiceProfile.Role) throws(VoiceProfileError) -> VoiceProfile {
            guard let (profile, _) = byRole[role] else {
                throw .missingRole(directory: directory.path, role: role.rawValue)
            }
            return profile
        }
        guard !speakers.isEmpty else { throw .missingRole(directory: directory.path, role: "speaker") }
        return VoiceLibrary(
            directory: directory.path,
            narrator: try required(.narrator),
            headline: try required(.headline),
            quote: try required(.quote),
            speakers: speakers
        )
    }

    /// Checks that the engine has every voice and variant the profiles name.
    public func check(against voices: [EngineVoice]) throws(VoiceProfileError) {
        let languages = Set(voices.filter { !$0.isVariant }.flatMap { $0.languages + [$0.identifier] })
        let variants = Set(voices.filter(\.isVariant).map { $0.identifier.lowercased() })
        for profile in profiles {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(profile.name + ".yml").path
            guard languages.contains(profile.voice) else {
                throw .unknownEngineVoice(path: path, voice: profile.voice)
            }
            if let variant = profile.variant, !variants.contains(variant.lowercased()) {
                throw .unknownEngineVoice(path: path, voice: profile.engineVoiceName)
            }
        }
    }
}
