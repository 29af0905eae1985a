import Foundation

/// The version `briefcast --version` prints and every output file is tagged with.
public enum BriefcastVersion {
    public static let number = "0.1.0"
    public static let software = "Briefcast \(number)"

    /// This build of the program — the running executable's size and modification time — for
    /// caches of what the code computes: the version number changes with releases, the code
    /// with every build.
    public static let build: String = {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "\(number)-unknown-build" }
        return "\(number)-\(status.st_size)-\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }()
}
