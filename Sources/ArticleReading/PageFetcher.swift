import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

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
        let download = Download(byteLimit: byteLimit, redirectLimit: redirectLimit)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 3
        configuration.httpAdditionalHeaders = [
            "User-Agent": Self.userAgent, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
        ]
        let session = URLSession(configuration: configuration, delegate: download, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        session.dataTask(with: url).resume()
        download.finished.wait()
        switch download.outcome {
        case .success(let data): return data
        case .failure(let problem): throw .fetchFailed(url: address, reason: problem.description)
        case nil: throw .fetchFailed(url: address, reason: "no answer")
        }
    }
}

/// Collects one response, refusing bodies over the size cap and redirect chains over the limit.
private final class Download: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let byteLimit: Int
    let redirectLimit: Int
    let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var data = Data()
    private var redirects = 0
    private var problem: String?
    private(set) var outcome: Result<Data, FetchProblem>?

    struct FetchProblem: Error {
        var description: String
    }

    init(byteLimit: Int, redirectLimit: Int) {
        self.byteLimit = byteLimit
        self.redirectLimit = redirectLimit
    }

    func urlSession(
        _ session: URLSession,
        task: URLSessionTask,
        willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest,
        completionHandler: @escaping (URLRequest?) -> Void
    ) {
        lock.withLock { redirects += 1 }
        if lock.withLock({ redirects }) > redirectLimit {
            // Not following the redirect ends the task with the redirect as its response.
            lock.withLock { problem = "more than \(redirectLimit) redirects (a redirect loop?)" }
            completionHandler(nil)
        } else {
            completionHandler(request)
        }
    }

    func urlSession(
        _ session: URLSession,
        dataTask: URLSessionDataTask,
        didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        if lock.withLock({ problem != nil }) {
            completionHandler(.cancel)
        } else if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
            lock.withLock {
                problem =
                    "the server answered \(http.statusCode) \(HTTPURLResponse.localizedString(forStatusCode: http.statusCode))"
            }
            completionHandler(.cancel)
        } else if response.expectedContentLength > Int64(byteLimit) {
            lock.withLock { problem = tooLarge }
            completionHandler(.cancel)
        } else {
            completionHandler(.allow)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive received: Data) {
        let over = lock.withLock {
            data.append(received)
            return data.count > byteLimit
        }
        if over {
            lock.withLock { problem = tooLarge }
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.withLock {
            if let problem {
                outcome = .failure(FetchProblem(description: problem))
            } else if let error {
                let nsError = error as NSError
                let reason = nsError.code == NSURLErrorTimedOut ? "timed out" : nsError.localizedDescription
                outcome = .failure(FetchProblem(description: reason))
            } else {
                outcome = .success(data)
            }
        }
        finished.signal()
    }

    private var tooLarge: String { "the page is larger than \(byteLimit / 1_048_576) MB" }
}
