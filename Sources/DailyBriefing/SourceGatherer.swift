import ArticleReading
import Foundation
import Logging
import Rendering

/// Reads the briefing's sources into stories, most important source first. A folder gives
/// every article file in it (by name), a feed its items (each read from its page, else from the
/// item's own text); one source that fails never stops the others.
public struct SourceGatherer {
    public var fetcher: PageFetcher
    /// Stories taken from one source unless the source says otherwise.
    public var perSource: Int
    public var logger: Logger
    /// Stories earlier briefings read: skipped as they are found (a feed item's page is not even
    /// fetched when its address is known), so a source's limit counts only new stories.
    public var seen: BriefingState?
    /// Pages read by earlier runs; nil reads every page afresh.
    public var readings: ReadingCache?

    /// File extensions read from a folder.
    public static let articleExtensions: Set<String> = ["txt", "text", "html", "htm", "md", "markdown"]
    public static let feedExtensions: Set<String> = ["xml", "rss", "atom"]
    /// A page with fewer words than this is read from the feed item's own text, when that is longer.
    static let shortPageWords = 80

    public init(
        fetcher: PageFetcher = PageFetcher(), perSource: Int = 5, logger: Logger, seen: BriefingState? = nil,
        readings: ReadingCache? = nil
    ) {
        self.fetcher = fetcher
        self.perSource = perSource
        self.logger = logger
        self.seen = seen
        self.readings = readings
    }

    public func gather(_ sources: [SourceSpec]) -> (stories: [GatheredStory], failures: [SourceFailure]) {
        var stories: [GatheredStory] = []
        var failures: [SourceFailure] = []
        let ordered = sources.enumerated().sorted {
            ($1.element.priority, $0.offset) < ($0.element.priority, $1.offset)
        }
        for source in ordered.map(\.element) {
            do {
                let (read, skipped) = try self.read(source)
                stories += read
                failures += skipped
                let note = skipped.isEmpty ? "" : ", \(skipped.count) unreadable"
                logger.info("\(source.location): \(read.count) \(read.count == 1 ? "story" : "stories")\(note)")
            } catch {
                let message = error.localizedDescription
                failures.append(SourceFailure(location: source.location, message: message))
                logger.error("\(message)")
            }
        }
        return (stories, failures)
    }

    private func read(_ source: SourceSpec) throws -> ([GatheredStory], [SourceFailure]) {
        let limit = source.limit ?? perSource
        if PageFetcher.isURL(source.location) {
            let data = try fetcher.fetch(source.location)
            if Self.looksLikeFeed(data) { return try feedStories(data, from: source, limit: limit) }
            let article = try readArticle(data, name: source.location)
            return ([story(article, url: source.location, source: source, origin: source.location)], [])
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source.location, isDirectory: &isFolder) else {
            throw ReadingError.missing(path: source.location)
        }
        guard isFolder.boolValue else {
            let (data, name) = try ArticleText.bytes(of: source.location)
            if Self.looksLikeFeed(data) { return try feedStories(data, from: source, limit: limit) }
            return ([story(try readArticle(data, name: name), url: nil, source: source, origin: name)], [])
        }
        return try folderStories(source, limit: limit)
    }

    /// The article in `data`, through the reading cache when there is one.
    private func readArticle(_ data: Data, name: String, format: InputFormat? = nil) throws(ReadingError) -> Article {
        try Self.readArticle(data, name: name, format: format, readings: readings)
    }

    private static func readArticle(
        _ data: Data, name: String, format: InputFormat? = nil, readings: ReadingCache?
    ) throws(ReadingError) -> Article {
        if let readings { return try readings.read(data, name: name, format: format) }
        return try ArticleReader.read(data, name: name, format: format)
    }

    /// Every article (and feed) file in the folder, in name order, up to the limit.
    private func folderStories(_ source: SourceSpec, limit: Int) throws -> ([GatheredStory], [SourceFailure]) {
        let folder = URL(fileURLWithPath: source.location)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw ReadingError.unreadable(path: source.location, reason: "the folder cannot be listed")
        }
        let known = Self.articleExtensions.union(Self.feedExtensions)
        let paths = names.sorted()
            .filter { !$0.hasPrefix(".") && known.contains(($0 as NSString).pathExtension.lowercased()) }
            .map { folder.appendingPathComponent($0).path }
        var stories: [GatheredStory] = []
        var failures: [SourceFailure] = []
        var next = 0
        // The files are read as many at a time as stories are still wanted, in parallel, and
        // then taken in name order as before: reading is most of a briefing's work before its
        // first words can be spoken, and the worker processes wait on it.
        while next < paths.count && stories.count < limit {
            let batch = Array(paths[next..<min(paths.count, next + limit - stories.count)])
            next += batch.count
            for (path, read) in zip(batch, readConcurrently(batch)) {
                guard stories.count < limit else { break }
                do {
                    switch try read.get() {
                    case .feed(let data, let fileName):
                        let (found, skipped) = try feedStories(
                            data, from: source, limit: limit - stories.count, name: fileName)
                        stories += found
                        failures += skipped
                    case .article(let article, let fileName):
                        let found = story(article, url: nil, source: source, origin: fileName)
                        if isNew(found) { stories.append(found) }
                    }
                } catch {
                    failures.append(SourceFailure(location: path, message: error.localizedDescription))
                    logger.warning("\(error.localizedDescription)")
                }
            }
        }
        return (stories, failures)
    }

    /// What one file of a folder holds: a feed, read later with its source's limit in hand, or
    /// an article.
    private enum FolderFile: Sendable {
        case feed(Data, name: String)
        case article(Article, name: String)
    }

    /// Each file read (an article parsed, a feed only loaded), on as many threads as there are
    /// cores; the results in the order of `paths`.
    private func readConcurrently(_ paths: [String]) -> [Result<FolderFile, ReadingError>] {
        let results = ReadResults(count: paths.count)
        let readings = readings
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            results.set(
                index,
                Result { () throws(ReadingError) -> FolderFile in
                    let (data, fileName) = try ArticleText.bytes(of: paths[index])
                    if Self.looksLikeFeed(data) { return .feed(data, name: fileName) }
                    return .article(try Self.readArticle(data, name: fileName, readings: readings), name: fileName)
                })
        }
        return results.all
    }

    /// The results of reading files on several threads.
    private final class ReadResults: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result<FolderFile, ReadingError>?]

        init(count: Int) {
            results = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ result: Result<FolderFile, ReadingError>) {
            lock.withLock { results[index] = result }
        }

        var all: [Result<FolderFile, ReadingError>] {
            lock.withLock { results.map { $0! } }
        }
    }

    private func feedStories(
        _ data: Data, from source: SourceSpec, limit: Int, name: String? = nil
    ) throws -> ([GatheredStory], [SourceFailure]) {
        let feed = try FeedReader.read(data, name: name ?? source.location)
        let sourceName = source.name ?? feed.title.flatMap(Self.publisherName)
        var stories: [GatheredStory] = []
        var failures: [SourceFailure] = []
        for var item in feed.items {
            guard stories.count < limit else { break }
            // A link the feed left relative is relative to the feed's own address.
            if let link = item.link, URL(string: link)?.scheme == nil, PageFetcher.isURL(source.location),
                let absolute = URL(string: link, relativeTo: URL(string: source.location))
            {
                item.link = absolute.absoluteString
            }
            if let link = item.link, let address = StoryIdentity.canonical(link),
                seen?.stories.contains(where: { $0.url == address }) == true
            {
                logger.debug("\(link): already in an earlier briefing")
                continue
            }
            do {
                let found = try story(
                    from: item, feedName: name ?? source.location, sourceName: sourceName, source: source)
                if isNew(found) { stories.append(found) }
            } catch {
                failures.append(
                    SourceFailure(location: item.link ?? name ?? source.location, message: error.localizedDescription))
                logger.warning("\(error.localizedDescription)")
            }
        }
        return (stories, failures)
    }

    /// The item read from its page; from its own text when the page cannot be had or says less.
    private func story(
        from item: Feed.Item, feedName: String, sourceName: String?, source: SourceSpec
    ) throws -> GatheredStory {
        let title = item.title.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap {
            $0.isEmpty ? nil : $0
        }
        let itemName = "\(feedName) (item “\(title ?? item.link ?? "untitled")”)"
        var page: Article?
        var pageProblem: Error?
        if let link = item.link, PageFetcher.isURL(link) {
            do {
                page = try readArticle(try fetcher.fetch(link), name: link)
            } catch {
                pageProblem = error
            }
        }
        // The item's own text: read as a page, else — a summary too short to look like one —
        // its text under the item's title.
        let own = item.content.flatMap { content in
            (try? readArticle(Data(content.utf8), name: itemName, format: .html))
                ?? title.flatMap { title in
                    let text = FeedReader.plainText(content)
                    return text.contains(where: \.isLetter) ? Article(headline: title, paragraphs: [text]) : nil
                }
        }
        var article: Article
        if let page, let own, Self.wordCount(page) < Self.shortPageWords, Self.wordCount(own) > Self.wordCount(page) {
            article = own
        } else if let page {
            article = page
        } else if let own {
            if let pageProblem { logger.info("\(pageProblem.localizedDescription); reading the feed's own text") }
            article = own
        } else if let pageProblem {
            throw pageProblem
        } else {
            throw ReadingError.noArticle(path: itemName)
        }
        if let title { article.headline = title }
        if article.published == nil, let date = item.published {
            let day = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
            article.published = PublicationDate(year: day.year ?? 2000, month: day.month ?? 1, day: day.day ?? 1)
        }
        // Only a web address is linked from the chapter; a feed's "javascript:" or "file:" link is not.
        let url = item.link.flatMap { PageFetcher.isURL($0) ? $0 : nil }
        return story(article, url: url, source: source, sourceName: sourceName, origin: item.link ?? itemName)
    }

    private func story(
        _ article: Article, url: String?, source: SourceSpec, sourceName: String? = nil, origin: String
    ) -> GatheredStory {
        logger.debug("\(origin): “\(article.headline)”")
        return GatheredStory(
            article: article, url: url, source: source.name ?? sourceName, priority: source.priority, origin: origin)
    }

    private func isNew(_ story: GatheredStory) -> Bool {
        guard let seen, seen.hasSeen(story.identity) else { return true }
        logger.debug("\(story.origin): already in an earlier briefing")
        return false
    }

    private static func wordCount(_ article: Article) -> Int {
        article.paragraphs.reduce(0) { $0 + $1.split(separator: " ").count }
    }

    /// "BBC News - World" → "BBC News"; "NYT > Top Stories" → "NYT": the publisher, not the section.
    static func publisherName(_ title: String) -> String? {
        let separators = [" - ", " – ", " — ", " | ", " > ", " » ", ": "]
        var name = title
        for separator in separators {
            if let range = name.range(of: separator) { name = String(name[..<range.lowerBound]) }
        }
        name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        return name.isEmpty || name.count > 60 ? nil : name
    }

    /// An RSS, RDF or Atom document, judged by its first element.
    static func looksLikeFeed(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        guard let open = head.range(of: #"<(rss|feed|rdf:rdf|html|!doctype html)[\s>]"#, options: .regularExpression)
        else {
            return false
        }
        let tag = head[open]
        return !tag.hasPrefix("<html") && !tag.hasPrefix("<!doctype")
    }
}
