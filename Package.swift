// swift-tools-version: 6.0
import Foundation
import PackageDescription

// The pipeline, left to right: reading → scripting → speech → audio files → rendering → daily briefing → briefcast.
// Only the wrapper targets (CLibXML2, CCurl, CEspeakNG, CSndFile, CEbur128, CWriteback, CMalloc) hold C; each stage depends only on those before it.
let package = Package(
    name: "Briefcast",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "briefcast", targets: ["briefcast"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // Headers only: espeak-ng is opened with dlopen by the processes that speak.
        .systemLibrary(
            name: "CEspeakNG",
            providers: [.apt(["libespeak-ng-dev"])]
        ),
        .systemLibrary(
            name: "CSndFile",
            pkgConfig: "sndfile",
            providers: [.apt(["libsndfile1-dev"])]
        ),
        // Headers only: libcurl is opened with dlopen when a page is first fetched.
        .systemLibrary(
            name: "CCurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // Headers only: libxml2 is opened with dlopen when a page or feed is first parsed (its
        // pkg-config would have it linked; its header folder is given at the end of this file).
        .systemLibrary(
            name: "CLibXML2",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "ArticleReading",
            dependencies: ["CLibXML2", "CCurl", .product(name: "Ink", package: "Ink")]
        ),
        .target(name: "Scripting", dependencies: ["ArticleReading"]),
        .target(
            name: "Speech",
            dependencies: ["Scripting", "CEspeakNG", .product(name: "Yams", package: "Yams")]
        ),
        .systemLibrary(
            name: "CEbur128",
            pkgConfig: "libebur128",
            providers: [.apt(["libebur128-dev"])]
        ),
        .target(
            name: "AudioFiles",
            dependencies: ["Speech", "CSndFile", "CEbur128", "CWriteback"],
            // Sample loops (resampling, limiting) are optimised in debug builds too, so the tests stay quick.
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        // Linux's sync_file_range: the WAV writer starts its level pass's write-out as it goes.
        .systemLibrary(name: "CWriteback"),
        // glibc's malloc.h: how the renderer has the segments it holds given back when freed.
        .systemLibrary(name: "CMalloc"),
        .target(
            name: "Rendering", dependencies: ["ArticleReading", "Scripting", "Speech", "AudioFiles", "CMalloc"]),
        .target(
            name: "DailyBriefing",
            dependencies: [
                "ArticleReading", "Scripting", "Speech", "AudioFiles", "Rendering",
                .product(name: "Yams", package: "Yams"), .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "briefcast",
            dependencies: [
                "Rendering", "Scripting", "DailyBriefing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // Linked by the toolchain's lld with packed relative relocations (DT_RELR): the
            // program stays position-independent, but the dynamic loader's fix-ups at every start
            // — some 80,000 of them, each worker process pays them too — shrink to a bitmap.
            linkerSettings: [.unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"])]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ArticleReadingTests", dependencies: ["ArticleReading", "TestSupport"]),
        .testTarget(name: "ScriptingTests", dependencies: ["Scripting", "TestSupport"]),
        .testTarget(name: "SpeechTests", dependencies: ["Speech", "TestSupport"]),
        .testTarget(name: "AudioFilesTests", dependencies: ["AudioFiles", "TestSupport"]),
        .testTarget(name: "DailyBriefingTests", dependencies: ["DailyBriefing", "ArticleReading", "TestSupport"]),
        .testTarget(name: "BriefcastTests", dependencies: ["Rendering", "DailyBriefing", "briefcast", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// `make fuzz` only: the libFuzzer harness over the readers and script stages (built with
// `-sanitize=fuzzer`, which supplies its `main`).
if ProcessInfo.processInfo.environment["BRIEFCAST_FUZZ"] != nil {
    package.products.append(.executable(name: "briefcast-fuzz", targets: ["BriefcastFuzz"]))
    package.targets.append(
        .executableTarget(
            name: "BriefcastFuzz", dependencies: ["ArticleReading", "Scripting"], path: "Fuzz/BriefcastFuzz"))
}

// libxml2's headers live in a folder of their own (Debian's, as its pkg-config says), which is
// given to every Swift target: not only ArticleReading reads them — a build for testing has the
// targets that import ArticleReading load its C modules too.
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]
}
