import ArgumentParser
import Foundation

/// JSON Lines on standard input and output: one request object per line in, one response
/// object per line out, in order. A line that is not a valid request stops with an error
/// naming its line number.
enum JSONLines {
    static func map<Request: Decodable, Response: Encodable>(_ transform: (Request) throws -> Response) throws {
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var number = 0
        while let line = readLine(strippingNewline: true) {
            number += 1
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let request: Request
            do {
                request = try decoder.decode(Request.self, from: Data(line.utf8))
            } catch {
                throw ValidationError("standard input, line \(number): not a JSON request of the expected shape")
            }
            print(String(decoding: try encoder.encode(try transform(request)), as: UTF8.self))
        }
    }
}
