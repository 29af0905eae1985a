import Foundation
import Scripting
import Yams

/// Reads one voice profile file and validates each key, so a mistake is reported with the file
/// and key it is in.
enum VoiceProfileFile {
    static let keys: Set<String> = ["role", "voice", "variant", "rate", "pitch", "gender", "description"]

    static func read(_ file: URL) throws(VoiceProfileError) -> VoiceProfile {
        let path = file.path
        let fields: [String: Any]
        do {
            let text = try String(contentsOf: file, encoding: .utf8)
            guard let mapping = try Yams.load(yaml: text) as? [String: Any] else {
                throw VoiceProfileError.unreadable(path: path, reason: "expected `key: value` lines")
            }
            fields = mapping
        } catch let error as VoiceProfileError {
            throw error
        } catch {
            throw .unreadable(
                path: path, reason: "not valid YAML (\(String(describing: error).split(separator: "\n").first ?? ""))")
        }
        if let unknown = fields.keys.sorted().first(where: { !keys.contains($0) }) {
            throw .invalid(
                path: path, key: unknown,
                reason: "unknown key (expected one of \(keys.sorted().joined(separator: ", ")))")
        }
        guard let roleName = fields["role"] as? String else {
            throw .invalid(path: path, key: "role", reason: "missing (narrator, headline, quote or speaker)")
        }
        guard let role = VoiceProfile.Role(rawValue: roleName) else {
            throw .invalid(
                path: path, key: "role", reason: "\"\(roleName)\" is not narrator, headline, quote or speaker")
        }
        guard let voice = fields["voice"] as? String, !voice.isEmpty, !voice.contains("+") else {
            throw .invalid(path: path, key: "voice", reason: "missing; give an espeak-ng voice such as en-us")
        }
        let variant = try optionalString(fields["variant"], key: "variant", path: path)
        let rate = try integer(fields["rate"], key: "rate", in: VoiceProfile.rates, default: 175, path: path)
        let pitch = try integer(fields["pitch"], key: "pitch", in: VoiceProfile.pitches, default: 50, path: path)
        let genderName = try optionalString(fields["gender"], key: "gender", path: path)
        var gender: Gender?
        if let genderName {
            guard let named = Gender(rawValue: genderName) else {
                throw .invalid(path: path, key: "gender", reason: "\"\(genderName)\" is not female or male")
            }
            gender = named
        }
        return VoiceProfile(
            name: file.deletingPathExtension().lastPathComponent,
            role: role,
            voice: voice,
            variant: variant,
            rate: rate,
            pitch: pitch,
            gender: gender
        )
    }

    private static func optionalString(_ value: Any?, key: String, path: String) throws(VoiceProfileError) -> String? {
        guard let value else { return nil }
        guard let text = value as? String, !text.isEmpty else {
            throw .invalid(path: path, key: key, reason: "expected a name such as m3 or f2")
        }
        return text
    }

    private static func integer(
        _ value: Any?,
        key: String,
        in range: ClosedRange<Int>,
        default fallback: Int,
        path: String
    ) throws(VoiceProfileError) -> Int {
        guard let value else { return fallback }
        guard let number = value as? Int, range.contains(number) else {
            throw .invalid(
                path: path, key: key,
                reason: "\(value) is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }
}
