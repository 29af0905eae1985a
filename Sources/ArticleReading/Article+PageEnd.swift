extension Article {
    /// The article without the page's lines after its story: short lines that end no sentence
    /// ("Play right from this page", "Relevant PhysicsForums posts", "nypost" / "page six", a
    /// related story's title), which no story ends with — a heading with nothing under it —
    /// then an author bio (see ``removingAuthorBio()``), which such a line can hide.
    public func removingPageEnd() -> Article {
        var article = self
        while let last = article.paragraphs.last, article.paragraphs.count > 1, Self.isTrailingLine(last) {
            article.paragraphs.removeLast()
        }
        return article.removingAuthorBio()
    }

    /// Up to ten words, and no sentence's end: no full stop, question or exclamation mark,
    /// ellipsis, closing quotation mark or bracket — or a quiz's title ("Allergies: How Much Do
    /// You Know?"), or a teaser's cry of five words at most ("Millions of job openings!").
    package static func isTrailingLine(_ paragraph: String) -> Bool {
        let words = paragraph.split(separator: " ").count
        guard let last = paragraph.last else { return false }
        if last == "?", paragraph.contains(":"), words <= 8 { return true }
        if last == "!", words <= 5 { return true }
        return !".!?…\"”’)]".contains(last) && words <= 10
    }
}
