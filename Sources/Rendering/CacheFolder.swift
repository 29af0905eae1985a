import Foundation

/// Where Briefcast keeps what it can make again — `$XDG_CACHE_HOME/briefcast/…`, else
/// `~/.cache/briefcast/…` — and how entries nobody used for a while are removed.
public enum CacheFolder {
    /// The folder `name` under the cache root.
    public static func named(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> URL
    {
        let base =
            environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        return base.appendingPathComponent("briefcast").appendingPathComponent(name)
    }

    /// Removes the entries (files ending in one of `extensions`, and temporaries of interrupted
    /// writes) under `folder` not used for `days` days — all of them when nil; returns how many.
    static func prune(_ folder: URL, extensions: Set<String>, olderThan days: Int?) -> (files: Int, bytes: Int) {
        let cutoff = days.map { Date().addingTimeInterval(-Double($0) * 86_400) }
        var removed = (files: 0, bytes: 0)
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return removed
        }
        for case let file as URL in walker where extensions.contains(file.pathExtension) || file.pathExtension == "tmp"
        {
            let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
            let used = attributes?[.modificationDate] as? Date ?? .distantPast
            if let cutoff, used >= cutoff { continue }
            if (try? FileManager.default.removeItem(at: file)) != nil {
                removed.files += 1
                removed.bytes += attributes?[.size] as? Int ?? 0
            }
        }
        return removed
    }
}
