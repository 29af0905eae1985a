import ArticleReading
import Foundation

/// Default file names for rendered articles: `<yyyy-mm-dd>-<slug-of-headline>.wav`.
public enum OutputName {
    /// The longest slug, in characters; cut at a word boundary.
    static let slugLimit = 60

    public static func fileName(for article: Article, today: Date = Date(), extension ext: String = "wav") -> String {
        let date = article.published?.description ?? isoDate(today)
        let slug = slug(article.headline)
        return "\(date)-\(slug.isEmpty ? "article" : slug).\(ext)"
    }

    /// Lower-case ASCII words joined by hyphens: "Trump Says He…" → "trump-says-he".
    public static func slug(_ text: String) -> String {
        let folded =
            text.applyingTransform(.toLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false) ?? text
        let words = folded.lowercased()
            .replacingOccurrences(of: "’", with: "")
            .replacingOccurrences(of: "'", with: "")
            .split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        var slug = ""
        for word in words {
            let candidate = slug.isEmpty ? String(word) : slug + "-" + word
            if candidate.count > slugLimit { break }
            slug = candidate
        }
        if slug.isEmpty, let first = words.first { slug = String(first.prefix(slugLimit)) }
        return slug
    }

    public static func isoDate(_ date: Date) -> String {
        let components = Calendar(identifier: .gregorian).dateComponents(in: .current, from: date)
        return PublicationDate(year: components.year ?? 2000, month: components.month ?? 1, day: components.day ?? 1)?
            .description ?? "2000-01-01"
    }
}
