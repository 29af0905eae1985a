import Foundation

/// An RSS or Atom feed as read: its title and items in document order.
public struct Feed: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var title: String?
        /// The item's page, absolute when the feed gives a base to resolve against.
        public var link: String?
        public var published: Date?
        /// The item's own text (content, else summary or description), as HTML or text.
        public var content: String?

        public init(title: String?, link: String?, published: Date?, content: String?) {
            self.title = title
            self.link = link
            self.published = published
            self.content = content
        }
    }

    public var title: String?
    public var items: [Item]

    public init(title: String?, items: [Item]) {
        self.title = title
        self.items = items
    }
}
