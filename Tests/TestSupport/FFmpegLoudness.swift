import Foundation

/// Loudness as ffmpeg's ebur128 filter reads it: an independent check of Briefcast's meter.
public enum FFmpegLoudness {
    /// Integrated loudness (LUFS, mono as mono) and true peak (dBTP) of `file`.
    public static func measure(_ file: URL) throws -> (integrated: Double, truePeak: Double) {
        let output = try Command.run(
            "ffmpeg", ["-hide_banner", "-nostats", "-i", file.path, "-af", "ebur128=peak=true", "-f", "null", "-"]
        )
        let summary = output.standardError.components(separatedBy: "Summary:").last ?? ""
        guard let integrated = summary.firstMatch(of: /I:\s+(-?[\d.]+) LUFS/).flatMap({ Double($0.1) }),
            let peak = summary.firstMatch(of: /Peak:\s+(-?[\d.]+) dBFS/).flatMap({ Double($0.1) })
        else { throw CocoaError(.fileReadCorruptFile) }
        return (integrated, peak)
    }
}
