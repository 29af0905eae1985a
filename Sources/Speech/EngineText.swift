/// Article text made safe to hand to the engine with SSML on: `& < > "` become entities, so no
/// markup, `<audio>` element or stray `<` in an article can act (see shared/notes/espeak-ng.md).
/// Keeps, for every scalar of the escaped text, the scalar of the original it came from, so the
/// engine's text positions can be mapped back.
struct EngineText {
    private(set) var escaped = ""
    /// `origin[i]` is the original scalar offset of escaped scalar `i`.
    private(set) var origin: [Int] = []

    init(_ text: String) {
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let replacement: String =
                switch scalar {
                case "&": "&amp;"
                case "<": "&lt;"
                case ">": "&gt;"
                case "\"": "&quot;"
                default: String(scalar)
                }
            escaped += replacement
            origin += Array(repeating: offset, count: replacement.unicodeScalars.count)
        }
    }

    /// The original offset of an escaped scalar offset (clamped to the text).
    func originalOffset(ofEscaped offset: Int) -> Int {
        guard !origin.isEmpty else { return 0 }
        return origin[min(max(offset, 0), origin.count - 1)]
    }
}
