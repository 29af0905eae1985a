import Foundation

/// The tone that signposts a briefing's start, each story and its end: two soft sine notes a
/// fifth apart (A5 then E6), each with a raised-cosine rise and a long decay so it never
/// clicks — synthesised, so no sample file is needed.
public enum Chime {
    /// Peak level, in dBFS: well under speech, which is then normalised with it.
    static let level = -14.0

    /// How many samples a tone of `seconds` has.
    public static func count(seconds: Double, sampleRate: Int) -> Int {
        max(0, Int((seconds * Double(sampleRate)).rounded()))
    }

    public static func samples(seconds: Double, sampleRate: Int) -> [Int16] {
        let count = count(seconds: seconds, sampleRate: sampleRate)
        let amplitude = 32_767 * pow(10, level / 20)
        let half = count / 2
        return (0..<count).map { index in
            let inSecond = index >= half
            let local = Double(inSecond ? index - half : index) / Double(sampleRate)
            let length = Double(inSecond ? count - half : half) / Double(sampleRate)
            let frequency = inSecond ? 1318.5 : 880.0
            let rise = min(1, local / 0.01)
            let envelope =
                (0.5 - 0.5 * cos(.pi * rise)) * exp(-4 * local / max(length, 0.001)) * (1 - local / max(length, 0.001))
            return Int16((amplitude * envelope * sin(2 * .pi * frequency * local)).rounded())
        }
    }
}
