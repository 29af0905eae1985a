import ArticleReading
import Foundation
import Scripting
import Yams

/// Reads a YAML config file into a ``BriefingConfig``. Every key is checked: a wrong type, a
/// value out of range or an unknown key is an error naming the file, the line and the key.
/// Paths are relative to the config file's folder; `~` is the home folder.
public struct ConfigFile {
    public let url: URL
    private var path: String { url.path }

    public init(_ url: URL) {
        self.url = url
    }

    public static func load(_ url: URL) throws(ConfigError) -> BriefingConfig {
        try ConfigFile(url).load()
    }

    public func load() throws(ConfigError) -> BriefingConfig {
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        let yaml: String
        do {
            yaml = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: "not UTF-8 text, or not readable")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw Self.syntaxError(error, path: path)
        } catch {
            throw .syntax(path: path, line: nil, problem: "\(error)")
        }
        var config = BriefingConfig()
        config.outputFolder = folder.appendingPathComponent("Output")
        guard let root else { return config }
        guard case .mapping(let mapping) = root else {
            throw .invalid(path: path, line: root.mark?.line, key: "(top level)", problem: "must be a mapping of keys")
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "title": config.wording.title = try text(value, key)
            case "intro": config.wording.intro = try text(value, key)
            case "first_story": config.wording.firstStory = try text(value, key)
            case "next_story": config.wording.nextStories = try texts(value, key)
            case "last_story": config.wording.lastStory = try text(value, key)
            case "only_story": config.wording.onlyStory = try text(value, key)
            case "outro": config.wording.outro = try text(value, key)
            case "output_dir": config.outputFolder = URL(fileURLWithPath: resolved(try text(value, key)))
            case "file_name": config.fileName = try fileName(value, key)
            case "sources": config.sources = try sources(value, key)
            case "max_stories": config.maxStories = try whole(value, key, 1...500)
            case "per_source": config.perSource = try whole(value, key, 1...500)
            case "minutes": config.minutes = Double(try number(value, key, 1...600))
            case "depth": config.depth = try choice(value, key)
            case "summary_sentences": config.summarySentences = try whole(value, key, 1...3)
            case "voices": config.voicesFolder = resolved(try text(value, key))
            case "lexicon": config.lexicons = try texts(value, key).map(resolved)
            case "audio_format": config.audioFormat = try choice(value, key)
            case "rate": config.rate = try whole(value, key, 80...450)
            case "tones": config.tones = try flag(value, key)
            case "srt": config.subtitles = try flag(value, key)
            case "loudness":
                config.loudness = value.string == "off" ? nil : try number(value, key, -40 ... -5)
            case "keep_days": config.keepDays = try whole(value, key, 1...3650)
            case "feed": config.podcast = try podcast(value, key)
            default: throw unknown(keyNode, key)
            }
        }
        return config
    }

    /// The config file's folder, against which relative paths are read.
    private var folder: URL { url.deletingLastPathComponent() }

    private func resolved(_ location: String) -> String {
        if PageFetcher.isURL(location) { return location }
        let expanded = NSString(string: location).expandingTildeInPath
        return expanded.hasPrefix("/") ? expanded : folder.appendingPathComponent(expanded).standardizedFileURL.path
    }

    private func podcast(_ node: Node, _ key: String) throws(ConfigError) -> PodcastSettings {
        var settings = PodcastSettings()
        for (keyNode, value) in try mapping(node, key) {
            let name = "\(key).\(keyNode.string ?? "")"
            switch keyNode.string ?? "" {
            case "base_url":
                let base = try text(value, name)
                guard let scheme = URL(string: base)?.scheme, ["http", "https"].contains(scheme) else {
                    throw .invalid(
                        path: path, line: value.mark?.line, key: name, problem: "must be an http or https URL")
                }
                settings.baseURL = base.hasSuffix("/") ? base : base + "/"
            case "title": settings.title = try text(value, name)
            case "description": settings.description = try text(value, name)
            case "author": settings.author = try text(value, name)
            case "language": settings.language = try text(value, name)
            case "enabled": settings.enabled = try flag(value, name)
            default: throw unknown(keyNode, name)
            }
        }
        return settings
    }

    private func sources(_ node: Node, _ key: String) throws(ConfigError) -> [SourceSpec] {
        guard case .sequence(let items) = node else {
            throw .invalid(
                path: path, line: node.mark?.line, key: key, problem: "must be a list of paths, URLs or mappings")
        }
        var specs: [SourceSpec] = []
        for item in items {
            if item.scalar != nil {
                specs.append(SourceSpec(location: resolved(try text(item, key))))
                continue
            }
            var spec = SourceSpec(location: "")
            for (keyNode, value) in try mapping(item, key) {
                let name = "\(key).\(keyNode.string ?? "")"
                switch keyNode.string ?? "" {
                case "path", "url", "feed": spec.location = resolved(try text(value, name))
                case "name": spec.name = try text(value, name)
                case "priority": spec.priority = try whole(value, name, -1000...1000)
                case "limit": spec.limit = try whole(value, name, 1...500)
                default: throw unknown(keyNode, name)
                }
            }
            guard !spec.location.isEmpty else {
                throw .invalid(path: path, line: item.mark?.line, key: key, problem: "a source needs a path or url")
            }
            specs.append(spec)
        }
        return specs
    }

    private func fileName(_ node: Node, _ key: String) throws(ConfigError) -> String {
        let name = try text(node, key)
        guard !name.contains("/"), !name.hasPrefix("."), !name.contains("\0"), name.count <= 120 else {
            throw .invalid(
                path: path, line: node.mark?.line, key: key,
                problem: "must be a plain file name (no folders, not hidden, at most 120 characters)")
        }
        return name
    }

    private func mapping(_ node: Node, _ key: String) throws(ConfigError) -> Node.Mapping {
        guard case .mapping(let mapping) = node else {
            throw .invalid(path: path, line: node.mark?.line, key: key, problem: "must be a mapping of keys")
        }
        return mapping
    }

    private func text(_ node: Node, _ key: String) throws(ConfigError) -> String {
        guard let scalar = node.scalar, !scalar.string.isEmpty else {
            throw .invalid(path: path, line: node.mark?.line, key: key, problem: "must be a non-empty string")
        }
        return scalar.string
    }

    private func texts(_ node: Node, _ key: String) throws(ConfigError) -> [String] {
        if case .sequence(let items) = node {
            guard !items.isEmpty else {
                throw .invalid(
                    path: path, line: node.mark?.line, key: key, problem: "must be a string or a list of them")
            }
            var values: [String] = []
            for item in items { values.append(try text(item, key)) }
            return values
        }
        return [try text(node, key)]
    }

    private func whole(_ node: Node, _ key: String, _ range: ClosedRange<Int>) throws(ConfigError) -> Int {
        guard let value = node.scalar.flatMap({ Int($0.string) }), range.contains(value) else {
            throw .invalid(
                path: path, line: node.mark?.line, key: key,
                problem: "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    private func number(_ node: Node, _ key: String, _ range: ClosedRange<Double>) throws(ConfigError) -> Double {
        guard let value = node.scalar.flatMap({ Double($0.string) }), range.contains(value) else {
            throw .invalid(
                path: path, line: node.mark?.line, key: key,
                problem: "must be a number from \(Self.format(range.lowerBound)) to \(Self.format(range.upperBound))")
        }
        return value
    }

    private func flag(_ node: Node, _ key: String) throws(ConfigError) -> Bool {
        guard let value = node.bool else {
            throw .invalid(path: path, line: node.mark?.line, key: key, problem: "must be true or false")
        }
        return value
    }

    private func choice<Value: RawRepresentable & CaseIterable>(_ node: Node, _ key: String) throws(ConfigError)
        -> Value where Value.RawValue == String
    {
        guard let value = node.scalar.flatMap({ Value(rawValue: $0.string) }) else {
            let names = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalid(path: path, line: node.mark?.line, key: key, problem: "must be one of \(names)")
        }
        return value
    }

    private func unknown(_ keyNode: Node, _ key: String) -> ConfigError {
        .invalid(
            path: path, line: keyNode.mark?.line, key: key, problem: "unknown key (see `briefcast init` for the keys)")
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    private static func syntaxError(_ error: YamlError, path: String) -> ConfigError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            .syntax(path: path, line: mark.line, problem: problem)
        default: .syntax(path: path, line: nil, problem: "\(error)")
        }
    }
}
