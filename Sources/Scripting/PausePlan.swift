/// How long to stay silent between two spoken segments: longer before the story and around
/// quotes, longest between the stories of a briefing, so a listener hears the structure.
public enum PausePlan {
    public static func seconds(after previous: Segment.Kind, before next: Segment.Kind) -> Double {
        switch (previous, next) {
        case (.tone, _): 0.35
        case (_, .tone): 1.0
        case (_, .transition), (_, .outro): 1.6
        case (.intro, _): 1.2
        case (.transition, _): 0.5
        case (.headline, _): 0.8
        case (.summary, .byline): 0.45
        case (.summary, _), (.byline, _): 1.0
        case (.cue, .quote): 0.25
        case (.quote, _): 0.55
        case (_, .cue): 0.45
        default: 0.6
        }
    }
}
