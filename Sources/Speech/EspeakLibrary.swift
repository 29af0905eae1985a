import CEspeakNG

/// espeak-ng's functions, opened the first time a process needs the engine (see the CEspeakNG
/// shim): nil when the library is not installed.
struct EspeakLibrary: @unchecked Sendable {
    let functions: briefcast_espeak

    static let shared: EspeakLibrary? = {
        var functions = briefcast_espeak()
        guard briefcast_espeak_open(&functions) != 0 else { return nil }
        return EspeakLibrary(functions: functions)
    }()
}
