import CCurl
import Foundation

/// Downloads an article page over HTTP(S): a Briefcast User-Agent, timeouts, a cap on
/// redirects and on size, and an error naming the URL for every way it can fail.
public struct PageFetcher: Sendable {
    public var timeout: TimeInterval
    public var byteLimit: Int
    public var redirectLimit: Int
    public static let userAgent = "Briefcast/0.1 (offline news-to-audio reader)"

    public init(timeout: TimeInterval = 20, byteLimit: Int = 20 * 1_048_576, redirectLimit: Int = 10) {
        self.timeout = timeout
        self.byteLimit = byteLimit
        self.redirectLimit = redirectLimit
    }

    /// Whether `input` names a web address rather than a file.
    public static func isURL(_ input: String) -> Bool {
        let lower = input.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    public func fetch(_ address: String) throws(ReadingError) -> Data {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(),
            ["http", "https"].contains(scheme),
            url.host != nil
        else { throw .badURL(url: address) }
        guard let curl = CurlLibrary.shared else {
            throw .fetchFailed(url: address, reason: "libcurl is not installed (on Debian: apt install libcurl4)")
        }
        let download = Download(byteLimit: byteLimit)
        switch download.run(address, settings: self, curl: curl.functions) {
        case .success(let data): return data
        case .failure(let problem): throw .fetchFailed(url: address, reason: problem.description)
        }
    }
}

/// One transfer: the body as it arrives, refused past the size cap, and the status line of the
/// last response (after redirects), whose reason phrase the error quotes.
private final class Download {
    let byteLimit: Int
    var data = Data()
    var isTooLarge = false
    var statusLine = ""

    struct Problem: Error {
        var description: String
    }

    init(byteLimit: Int) {
        self.byteLimit = byteLimit
    }

    func run(_ address: String, settings: PageFetcher, curl: briefcast_curl) -> Result<Data, Problem> {
        guard let handle = curl.easy_init() else { return .failure(Problem(description: "libcurl could not start")) }
        defer { curl.easy_cleanup(handle) }
        var headers: UnsafeMutablePointer<curl_slist>?
        headers = curl.slist_append(headers, "Accept: text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
        defer { curl.slist_free_all(headers) }
        var curl = curl
        let context = Unmanaged.passUnretained(self).toOpaque()
        _ = briefcast_curl_set_string(&curl, handle, CURLOPT_URL, address)
        // Redirects followed, within the limit, and only to web addresses: never to file: or others.
        _ = briefcast_curl_set_long(&curl, handle, CURLOPT_FOLLOWLOCATION, 1)
        _ = briefcast_curl_set_long(&curl, handle, CURLOPT_MAXREDIRS, settings.redirectLimit)
        _ = briefcast_curl_set_string(&curl, handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = briefcast_curl_set_string(&curl, handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        _ = briefcast_curl_set_string(&curl, handle, CURLOPT_USERAGENT, PageFetcher.userAgent)
        _ = briefcast_curl_set_pointer(&curl, handle, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(headers))
        // Every encoding libcurl can undo (gzip, deflate, …).
        _ = briefcast_curl_set_string(&curl, handle, CURLOPT_ACCEPT_ENCODING, "")
        // `timeout` to connect, and as the longest wait for a byte; three times it for the whole.
        let milliseconds = Int(settings.timeout * 1000)
        _ = briefcast_curl_set_long(&curl, handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds)
        _ = briefcast_curl_set_long(&curl, handle, CURLOPT_TIMEOUT_MS, milliseconds * 3)
        _ = briefcast_curl_set_long(&curl, handle, CURLOPT_LOW_SPEED_LIMIT, 1)
        _ = briefcast_curl_set_long(&curl, handle, CURLOPT_LOW_SPEED_TIME, max(1, Int(settings.timeout.rounded())))
        _ = briefcast_curl_set_size(&curl, handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(byteLimit))
        // Timeouts without signals: the renderer's threads and signal handlers stay undisturbed.
        _ = briefcast_curl_set_long(&curl, handle, CURLOPT_NOSIGNAL, 1)
        _ = briefcast_curl_set_callback(&curl, handle, CURLOPT_WRITEFUNCTION) { bytes, size, count, context in
            let download = Unmanaged<Download>.fromOpaque(context!).takeUnretainedValue()
            let length = size * count
            guard download.data.count + length <= download.byteLimit else {
                download.isTooLarge = true
                return 0
            }
            if let bytes {
                download.data.append(UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self), count: length)
            }
            return length
        }
        _ = briefcast_curl_set_pointer(&curl, handle, CURLOPT_WRITEDATA, context)
        _ = briefcast_curl_set_callback(&curl, handle, CURLOPT_HEADERFUNCTION) { bytes, size, count, context in
            let download = Unmanaged<Download>.fromOpaque(context!).takeUnretainedValue()
            let length = size * count
            if let bytes {
                let line = String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
                if line.hasPrefix("HTTP/") {
                    download.statusLine = line.trimmingCharacters(in: .whitespacesAndNewlines)
                }
            }
            return length
        }
        _ = briefcast_curl_set_pointer(&curl, handle, CURLOPT_HEADERDATA, context)
        let code = withExtendedLifetime(self) { curl.easy_perform(handle) }
        switch code {
        case CURLE_OK:
            let status = briefcast_curl_response_code(&curl, handle)
            guard (200..<300).contains(status) else {
                return .failure(Problem(description: "the server answered \(status)\(reasonPhrase(status))"))
            }
            return .success(data)
        case CURLE_WRITE_ERROR where isTooLarge, CURLE_FILESIZE_EXCEEDED:
            return .failure(Problem(description: "the page is larger than \(byteLimit / 1_048_576) MB"))
        case CURLE_TOO_MANY_REDIRECTS:
            return .failure(Problem(description: "more than \(settings.redirectLimit) redirects (a redirect loop?)"))
        case CURLE_OPERATION_TIMEDOUT:
            return .failure(Problem(description: "timed out"))
        default:
            let reason = curl.easy_strerror(code).map { String(cString: $0) } ?? "error \(code.rawValue)"
            return .failure(Problem(description: reason.prefix(1).lowercased() + reason.dropFirst()))
        }
    }

    /// " Not Found", from the status line ("HTTP/1.1 404 Not Found"); HTTP/2 sends none.
    private func reasonPhrase(_ status: Int) -> String {
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count == 3, parts[1] == "\(status)" else { return "" }
        return " " + parts[2]
    }
}
