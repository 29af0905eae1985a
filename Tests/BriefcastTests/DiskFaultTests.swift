import Foundation
import TestSupport
import Testing

/// A full disk and a read-only folder (a small tmpfs, mounted by the test — it needs root, as
/// `make test` runs): a clear message naming the file, and every earlier output as it was.
@Suite(.serialized, .enabled(if: SmallDisk.canMount, "mounting a tmpfs needs root"))
struct DiskFaultTests {
    static let tiny = "Harbour reopens\n\nThe harbour reopened on Monday after the storm, officials said.\n"

    static func tinyStory() throws -> URL {
        let folder = try TestFolder.make().appendingPathComponent("tiny")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try tiny.write(to: folder.appendingPathComponent("tiny.txt"), atomically: true, encoding: .utf8)
        return folder
    }

    static let examples = Fixtures.packageRoot.appendingPathComponent("Examples")

    @Test("a full disk: the article and the briefing fail naming their file, and the earlier ones stay whole")
    func fullDisk() throws {
        let disk = try SmallDisk(kilobytes: 2400)
        defer { disk.unmount() }
        let story = disk.folder.appendingPathComponent("story.wav").path
        let tiny = try Self.tinyStory()
        #expect(
            try BriefcastBinary.run(["article", tiny.appendingPathComponent("tiny.txt").path, "-o", story]).status == 0)
        #expect(
            try BriefcastBinary.run(["daily", tiny.path, "--output-dir", disk.folder.path, "--date", "2026-11-27"])
                .status == 0)
        let before = try Faults.contents(of: disk.folder)

        let article = try BriefcastBinary.run([
            "article", Self.examples.appendingPathComponent("night-ferry.txt").path, "-o", story, "--no-cache",
        ])
        // The one line names the file being made and the reason (the workers write no files: what
        // they speak comes back through a pipe).
        #expect(article.status == 1)
        #expect(article.standardError.hasPrefix("Error: \(story): "), "\(article.standardError)")
        #expect(
            article.standardError.hasSuffix("(No space left on device)\n")
                || article.standardError.hasSuffix("(No space left on device), and again on a second try\n"),
            "\(article.standardError)")
        #expect(article.standardError.split(separator: "\n").count == 1)
        let daily = try BriefcastBinary.run([
            "daily", Self.examples.path, "--output-dir", disk.folder.path, "--date", "2026-11-28", "--no-cache",
        ])
        #expect(daily.status == 1)
        #expect(
            daily.standardError.hasPrefix("Error: \(disk.folder.path)/briefing-2026-11-28.wav: "),
            "\(daily.standardError)")
        #expect(daily.standardError.contains("(No space left on device)"), "\(daily.standardError)")
        #expect(try Faults.contents(of: disk.folder) == before)
    }

    @Test("a read-only folder: a clear refusal naming it, and nothing in it changes")
    func readOnly() throws {
        let disk = try SmallDisk(kilobytes: 4000)
        defer { disk.unmount() }
        let tiny = try Self.tinyStory()
        let story = disk.folder.appendingPathComponent("story.wav").path
        #expect(
            try BriefcastBinary.run(["article", tiny.appendingPathComponent("tiny.txt").path, "-o", story]).status == 0)
        #expect(try BriefcastBinary.run(["daily", tiny.path, "--output-dir", disk.folder.path]).status == 0)
        let before = try Faults.contents(of: disk.folder)
        try disk.remountReadOnly()

        let article = try BriefcastBinary.run([
            "article", tiny.appendingPathComponent("tiny.txt").path, "-o", story, "--no-cache",
        ])
        #expect(article.status == 1)
        #expect(article.standardError == "Error: \(disk.folder.path): writing failed (Read-only file system)\n")
        let daily = try BriefcastBinary.run(["daily", tiny.path, "--output-dir", disk.folder.path, "--include-seen"])
        #expect(daily.status == 1)
        #expect(
            daily.standardError
                == "Error: \(disk.folder.path)/.briefcast.lock: cannot take the lock (Read-only file system)\n")
        #expect(try Faults.contents(of: disk.folder) == before)
    }
}

/// A tmpfs of a given size, mounted on a fresh folder.
struct SmallDisk {
    let folder: URL

    static let canMount: Bool = {
        guard getuid() == 0, let disk = try? SmallDisk(kilobytes: 64) else { return false }
        disk.unmount()
        return true
    }()

    init(kilobytes: Int) throws {
        folder = try TestFolder.make()
        let mount = try Command.run("mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", folder.path])
        guard mount.status == 0 else { throw CocoaError(.fileWriteNoPermission) }
    }

    func remountReadOnly() throws {
        let mount = try Command.run("mount", ["-o", "remount,ro", folder.path])
        guard mount.status == 0 else { throw CocoaError(.fileWriteNoPermission) }
    }

    func unmount() {
        _ = try? Command.run("umount", [folder.path])
    }
}
