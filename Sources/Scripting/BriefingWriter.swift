import Foundation

/// Writes a briefing's script: the intro, then each story behind its transition line — read to
/// its depth, or to the depth that fits a target length — then the outro. One ``ScriptWriter``
/// reads every story, so a person quoted in two stories keeps one voice.
public struct BriefingWriter {
    public var wording: BriefingWording
    public var summarySentences: Int
    /// The narrator's speaking rate, for the length plan.
    public var wordsPerMinute: Double
    /// A chime before the intro, before each story and after the outro.
    public var tones = false

    public init(wording: BriefingWording = BriefingWording(), summarySentences: Int = 2, wordsPerMinute: Double = 170) {
        self.wording = wording
        self.summarySentences = summarySentences
        self.wordsPerMinute = wordsPerMinute
    }

    /// The briefing of `stories`, most important first, each read to its own depth; with
    /// `minutes`, the depths are chosen (never deeper than each story's own) so the whole
    /// takes about that long, and stories that do not fit even as headlines are left out.
    public func write(_ stories: [BriefingStory], on date: Date, minutes: Double? = nil) -> Briefing {
        let planned = minutes.map { plan(stories, seconds: $0 * 60, on: date) } ?? stories
        var writer = ScriptWriter(summarySentences: summarySentences)
        let scripts = writer.write(planned.map { ($0.article, $0.depth) })
        let segments = frame(planned, on: date) { scripts[$0].segments }
        return Briefing(
            title: wording.title,
            stories: planned,
            segments: segments,
            plannedSeconds: SpokenLength.seconds(of: segments, wordsPerMinute: wordsPerMinute)
        )
    }

    /// Every story at the shallowest depth first; then, most important first, each raised to a
    /// summary while the whole still fits, then to the full story while it fits.
    func plan(_ stories: [BriefingStory], seconds budget: Double, on date: Date) -> [BriefingStory] {
        var scratch = ScriptWriter(summarySentences: summarySentences)
        let depths = StoryDepth.allCases
        let scripts = scratch.write(stories.flatMap { story in depths.map { (story.article, $0) } })
        let lengths = stories.indices.map { index in
            Dictionary(
                uniqueKeysWithValues: depths.indices.map { depth in
                    (
                        depths[depth],
                        SpokenLength.seconds(
                            of: scripts[index * depths.count + depth].segments, wordsPerMinute: wordsPerMinute)
                    )
                })
        }
        var kept = stories.map { story in
            var story = story
            story.depth = .headline
            return story
        }
        var indices = Array(stories.indices)
        func total() -> Double {
            let frameSeconds = SpokenLength.seconds(
                of: frame(indices.map { kept[$0] }, on: date) { _ in [] }, wordsPerMinute: wordsPerMinute)
            return frameSeconds + indices.map { lengths[$0][kept[$0].depth]! }.reduce(0, +)
        }
        while indices.count > 1 && total() > budget { indices.removeLast() }
        for depth in [StoryDepth.summary, .full] {
            for index in indices where stories[index].depth >= depth {
                let before = kept[index].depth
                kept[index].depth = depth
                if total() > budget { kept[index].depth = before }
            }
        }
        return indices.map { kept[$0] }
    }

    /// Intro, each story's transition and segments (from `body`, given the story's place, its
    /// chapters dropped for one "N. Headline" chapter), outro, with the pauses between.
    private func frame(
        _ stories: [BriefingStory], on date: Date, body: (Int) -> [Segment]
    ) -> [Segment] {
        var blocks: [[Segment]] = [
            signposted([
                Segment(
                    kind: .intro, text: spoken(wording.intro(storyCount: stories.count, on: date)),
                    chapter: Briefing.introChapter)
            ])
        ]
        for (index, story) in stories.enumerated() {
            var block = body(index).map { segment in
                var segment = segment
                segment.chapter = nil
                return segment
            }
            let line = spoken(wording.transition(to: index, of: stories.count, source: story.source))
            if line.contains(where: \.isLetter) {
                let next =
                    block.first.map { [.pause(PausePlan.seconds(after: .transition, before: $0.kind)), $0] } ?? []
                block = [Segment(kind: .transition, text: line)] + next + block.dropFirst()
            }
            if !block.isEmpty {
                block[0].chapter = Briefing.chapter(index + 1, story)
                block[0].link = story.url
            }
            blocks.append(signposted(block))
        }
        let outro = Segment(kind: .outro, text: spoken(wording.outro), chapter: Briefing.outroChapter)
        blocks.append(tones ? [outro, .pause(PausePlan.seconds(after: .outro, before: .tone)), .tone()] : [outro])
        var segments: [Segment] = []
        for block in blocks where !block.isEmpty {
            if let previous = segments.last, let next = block.first {
                segments.append(.pause(PausePlan.seconds(after: previous.kind, before: next.kind)))
            }
            segments += block
        }
        return segments
    }

    /// With tones, the block opens with a chime, which takes over its chapter.
    private func signposted(_ block: [Segment]) -> [Segment] {
        guard tones, var first = block.first else { return block }
        var tone = Segment.tone()
        tone.chapter = first.chapter
        tone.link = first.link
        first.chapter = nil
        first.link = nil
        return [tone, .pause(PausePlan.seconds(after: .tone, before: first.kind)), first] + block.dropFirst()
    }

    private func spoken(_ text: String) -> String { TextNormalizer.spoken(text) }
}
