extension Article {
    /// The article without an author bio at its end: paragraphs that open with the author's
    /// name ("Dan Goodin Dan is the Security Editor at …", "Jane is a reporter …").
    public func removingAuthorBio() -> Article {
        guard let byline, let firstName = byline.split(separator: " ").first else { return self }
        var article = self
        while let last = article.paragraphs.last, article.paragraphs.count > 1,
            last.hasPrefix(byline) || last.hasPrefix("\(firstName) is ") || last.hasPrefix("\(firstName) has ")
        {
            article.paragraphs.removeLast()
        }
        return article
    }
}
