import Foundation

/// Temporary files a killed process left in an output folder: ``OutputFile`` temporaries
/// (`.NAME.PID-XXXXXXXX.tmp`) and speech files (`.briefcast-PID-WHAT-XXXXXXXX.pcm`, see `PCMFile`) whose
/// process is no longer running. Files of running processes are never touched.
public enum StaleTemporaries {
    /// Removes them; returns the names removed.
    @discardableResult
    public static func remove(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { name in
            guard let pid = owner(of: name), !isRunning(pid) else { return false }
            return (try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))) != nil
        }
    }

    /// The process that made a temporary file, judged by its name.
    static func owner(of name: String) -> Int32? {
        guard name.hasPrefix(".") else { return nil }
        if name.hasSuffix(".tmp") {
            // .NAME.PID-XXXXXXXX.tmp
            let stem = name.dropLast(4)
            guard let dot = stem.lastIndex(of: "."), let dash = stem[dot...].firstIndex(of: "-") else { return nil }
            return Int32(stem[stem.index(after: dot)..<dash])
        }
        if name.hasPrefix(".briefcast-"), name.hasSuffix(".pcm") {
            return Int32(name.dropFirst(".briefcast-".count).prefix { $0.isNumber })
        }
        return nil
    }

    static func isRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
