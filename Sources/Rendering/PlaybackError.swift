import Foundation

/// Why a file could not be played.
public enum PlaybackError: LocalizedError, Equatable {
    case noPlayer
    case failed(player: String, status: Int32)

    public var errorDescription: String? {
        switch self {
        case .noPlayer:
            "no audio player found on PATH: install paplay (pulseaudio-utils), aplay (alsa-utils) or ffplay (ffmpeg)"
        case .failed(let player, let status): "\(player) failed (exit status \(status))"
        }
    }
}
