import CCurl

/// libcurl's easy interface, opened the first time a page is fetched (see the CCurl shim): nil
/// when libcurl is not installed.
struct CurlLibrary: @unchecked Sendable {
    let functions: briefcast_curl

    static let shared: CurlLibrary? = {
        var functions = briefcast_curl()
        guard briefcast_curl_open(&functions) != 0 else { return nil }
        return CurlLibrary(functions: functions)
    }()
}
