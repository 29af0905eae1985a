/// How long segments take to say, estimated from their words at a speaking rate, plus their
/// pauses — close enough to plan a briefing's length before any audio exists.
public enum SpokenLength {
    public static func seconds(of segments: [Segment], wordsPerMinute: Double) -> Double {
        segments.reduce(0) { total, segment in
            total
                + (!segment.isSpoken ? segment.seconds : seconds(of: segment.text, wordsPerMinute: wordsPerMinute))
        }
    }

    public static func seconds(of text: String, wordsPerMinute: Double) -> Double {
        Double(text.split(whereSeparator: \.isWhitespace).count) / max(wordsPerMinute, 1) * 60
    }
}
