import DailyBriefing
import Foundation
import TestSupport
import Testing

@Suite struct RunLockTests {
    @Test("a second lock on the folder is refused at once, naming the holder; released, it can be taken again")
    func exclusive() throws {
        let folder = try TestFolder.make()
        var first: RunLock? = try RunLock(folder: folder)
        let error = try #require(throws: DailyError.self) { try RunLock(folder: folder) }
        let path = folder.appendingPathComponent(RunLock.fileName).path
        #expect(error == .lockHeld(path: path, pid: getpid()))
        #expect(error.errorDescription?.hasPrefix("\(path): another briefcast run (process \(getpid()))") == true)
        withExtendedLifetime(first) {}
        first = nil
        #expect(throws: Never.self) { _ = try RunLock(folder: folder) }
    }
}
